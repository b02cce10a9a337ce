import { InputError } from './InputError.js';

/** What a column of an input means. */
export interface ColumnRole {
  readonly role: string;
  readonly required: boolean;
  /** Header names that mean this role, compared without case, spaces, '-' or '_'. */
  readonly headers: readonly string[];
  readonly description: string;
}

/** The columns of an event log: one row per event. */
export const eventRoles: readonly ColumnRole[] = [
  {
    role: 'customer',
    required: true,
    headers: [
      'customer_id',
      'customer',
      'user_id',
      'userid',
      'user',
      'distinct_id',
      'anonymous_id',
      'visitor_id',
      'client_id',
      'account_id',
      'person_id',
      'case_id',
      'id',
    ],
    description: 'who did it',
  },
  {
    role: 'timestamp',
    required: true,
    headers: [
      'timestamp',
      'time',
      'ts',
      'created_at',
      'event_time',
      'datetime',
      'date_time',
      'occurred_at',
      'sent_at',
      'date',
    ],
    description: 'when',
  },
  {
    role: 'event',
    required: true,
    headers: ['event', 'event_name', 'action', 'event_type', 'name', 'activity', 'type'],
    description: 'what happened',
  },
  {
    role: 'channel',
    required: false,
    headers: ['channel', 'source', 'medium', 'platform'],
    description: 'where',
  },
  {
    role: 'segment',
    required: false,
    headers: ['segment', 'persona', 'cohort', 'customer_segment', 'plan', 'tier'],
    description: 'which segment the customer is in',
  },
];

/** The columns of a survey or feedback export: one row per response. */
export const feedbackRoles: readonly ColumnRole[] = [
  {
    role: 'respondent',
    required: false,
    headers: [
      'respondent',
      'respondent_id',
      'response_id',
      'customer_id',
      'user_id',
      'distinct_id',
      'email',
      'id',
    ],
    description: 'who answered',
  },
  {
    role: 'date',
    required: true,
    headers: [
      'date',
      'submitted_at',
      'timestamp',
      'created_at',
      'responded_at',
      'time',
      'response_date',
      'ts',
    ],
    description: 'when',
  },
  {
    role: 'at',
    required: false,
    headers: ['stage', 'touchpoint', 'step', 'at', 'stage_or_touchpoint', 'question_about', 'topic'],
    description: 'the stage, step or touchpoint asked about (id or name)',
  },
  {
    role: 'nps',
    required: false,
    headers: ['nps', 'nps_score', 'likelihood_to_recommend', 'recommend'],
    description: 'NPS answer 0–10',
  },
  {
    role: 'csat',
    required: false,
    headers: ['csat', 'csat_score', 'satisfaction'],
    description: 'CSAT answer 1–5',
  },
  {
    role: 'ces',
    required: false,
    headers: ['ces', 'ces_score', 'effort', 'customer_effort'],
    description: 'CES answer 1–7',
  },
  {
    role: 'comment',
    required: false,
    headers: ['comment', 'comments', 'feedback', 'text', 'verbatim', 'free_text', 'answer', 'response'],
    description: 'free text',
  },
  {
    role: 'segment',
    required: false,
    headers: ['segment', 'persona', 'cohort', 'customer_segment'],
    description: 'the respondent’s segment',
  },
];

const squash = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Which column holds each role: the overrides first (`{customer: 'uid'}`), then the first
 * header that commonly means it. A required role without a column, or an override naming a
 * column the file lacks, is an error that lists the file's columns.
 */
export function detectColumns(
  file: string,
  headers: readonly string[],
  roles: readonly ColumnRole[],
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const known = new Set(roles.map((role) => role.role));
  for (const role of Object.keys(overrides)) {
    if (!known.has(role))
      throw new InputError(file, `unknown column role '${role}'; expected one of ${[...known].join(', ')}`);
  }
  const taken = new Set<string>();
  const mapping: Record<string, string> = {};
  const listed = headers.length > 0 ? headers.join(', ') : '(none)';
  for (const role of roles) {
    const chosen = overrides[role.role];
    if (chosen === undefined) continue;
    const header = headers.find((h) => h === chosen) ?? headers.find((h) => squash(h) === squash(chosen));
    if (header === undefined)
      throw new InputError(
        file,
        `column '${chosen}' (for ${role.role}) is not in the file; its columns are ${listed}`,
      );
    mapping[role.role] = header;
    taken.add(header);
  }
  for (const role of roles) {
    if (mapping[role.role] !== undefined) continue;
    for (const candidate of role.headers) {
      const header = headers.find((h) => !taken.has(h) && squash(h) === squash(candidate));
      if (header !== undefined) {
        mapping[role.role] = header;
        taken.add(header);
        break;
      }
    }
  }
  const missing = roles.filter((role) => role.required && mapping[role.role] === undefined);
  if (missing.length > 0) {
    const what = missing.map(
      (role) => `${role.role} (${role.description}; e.g. ${role.headers.slice(0, 3).join(', ')})`,
    );
    throw new InputError(
      file,
      `missing required column${missing.length > 1 ? 's' : ''}: ${what.join('; ')}. The file's columns are ${listed}; name one with --map ${missing[0]?.role}=COLUMN`,
    );
  }
  return mapping;
}
