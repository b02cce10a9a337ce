import { Persona, slugify } from '@waymark/core';

// The persona form's fields as people type them (lists one item a line, share as a percentage)
// and the Persona document core checks. Pure, so the rules are tested without a browser.

export interface PersonaFormValues {
  readonly id: string;
  readonly name: string;
  readonly segment: string;
  readonly description: string;
  readonly goals: string;
  readonly needs: string;
  readonly frustrations: string;
  readonly behaviours: string;
  readonly quote: string;
  /** Share of the customer base in percent, '' when unknown. */
  readonly share: string;
  readonly color: string;
  /** Initials, or the URL of an uploaded image. */
  readonly avatar: string;
}

export const listFields = ['goals', 'needs', 'frustrations', 'behaviours'] as const;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The form's values for a persona (an empty form for a new one). */
export function formValues(persona: Persona | undefined): PersonaFormValues {
  return {
    id: persona?.id ?? '',
    name: persona?.name ?? '',
    segment: persona?.segment ?? '',
    description: persona?.description ?? '',
    goals: (persona?.goals ?? []).join('\n'),
    needs: (persona?.needs ?? []).join('\n'),
    frustrations: (persona?.frustrations ?? []).join('\n'),
    behaviours: (persona?.behaviours ?? []).join('\n'),
    quote: persona?.quote ?? '',
    share: persona?.share === undefined ? '' : String(Math.round(persona.share * 1000) / 10),
    color: persona?.color ?? '',
    avatar: persona?.avatar ?? '',
  };
}

export type PersonaFormResult =
  | { readonly ok: true; readonly persona: Persona }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * The persona the form describes, checked by core's schema, or what is wrong by field.
 * `base` keeps the fields the form does not show (data segments) as they were.
 */
export function readPersonaForm(values: PersonaFormValues, base?: Persona): PersonaFormResult {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Give the persona a name.';
  const id = values.id.trim() || slugify(name);
  let share: number | undefined;
  if (values.share.trim() !== '') {
    const percent = Number(values.share.replace(',', '.').replace('%', '').trim());
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
      errors.share = 'Share of the base is a percentage from 0 to 100.';
    else share = percent / 100;
  }
  const candidate = {
    ...(base ?? {}),
    id,
    name,
    segment: optional(values.segment),
    description: optional(values.description),
    goals: lines(values.goals),
    needs: lines(values.needs),
    frustrations: lines(values.frustrations),
    behaviours: lines(values.behaviours),
    quote: optional(values.quote),
    share,
    color: optional(values.color),
    avatar: optional(values.avatar),
  };
  const parsed = Persona.safeParse(withoutUndefined(candidate));
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'name');
      errors[field] ??= issue.message;
    }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, persona: parsed.data };
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Is the avatar an uploaded image (a URL), rather than initials? */
export const isImageAvatar = (avatar: string | undefined): avatar is string =>
  avatar !== undefined && /^(\/|https?:)/.test(avatar);
