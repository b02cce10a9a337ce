// Which fields the details panel edits for each kind of element, besides its name (the label
// field) and the kind-specific editors (a touchpoint's channel, a step's lines). The fields and
// their choices are core's: the test checks each one against the kind's schema.
import {
  actionStatuses,
  type ElementKind,
  evidenceLevels,
  insightSources,
  metricKinds,
  opportunityStatuses,
} from '@waymark/core';

export type FieldSpec =
  | { readonly key: string; readonly label: string; readonly type: 'text' | 'multiline' | 'date' }
  | {
      readonly key: string;
      readonly label: string;
      readonly type: 'number';
      /** Whether a blank field removes the value (false: the schema gives it a default). */
      readonly clearable?: boolean;
    }
  | {
      readonly key: string;
      readonly label: string;
      readonly type: 'choice';
      readonly options: readonly string[];
    };

const description: FieldSpec = { key: 'description', label: 'Description', type: 'multiline' };
// Ranges (1–5, 0–1) are in the labels; core checks them and the screen shows its refusal.
const rating = (key: string, label: string): FieldSpec => ({ key, label, type: 'number', clearable: false });
const share = (key: string, label: string, clearable = true): FieldSpec => ({
  key,
  label,
  type: 'number',
  clearable,
});
/** How well the element is backed (assumed … measured); blank: not said. */
const evidence: FieldSpec = {
  key: 'evidence',
  label: 'Evidence',
  type: 'choice',
  options: ['', ...evidenceLevels],
};
const finding: readonly FieldSpec[] = [
  description,
  rating('severity', 'Severity (1–5)'),
  share('reach', 'Reach (share of customers, 0–1)'),
  evidence,
];

export const kindFields: Readonly<Record<ElementKind, readonly FieldSpec[]>> = {
  persona: [
    { key: 'segment', label: 'Segment', type: 'text' },
    description,
    { key: 'quote', label: 'Quote', type: 'text' },
    share('share', 'Share of the customer base (0–1)'),
  ],
  stage: [description],
  step: [description, evidence],
  touchpoint: [{ key: 'department', label: 'Department', type: 'text' }, evidence],
  path: [description],
  insight: [
    { key: 'source', label: 'Source', type: 'choice', options: insightSources },
    { key: 'date', label: 'Date', type: 'date' },
    { key: 'reference', label: 'Reference', type: 'text' },
  ],
  painPoint: finding,
  gain: finding,
  opportunity: [
    description,
    { key: 'status', label: 'Status', type: 'choice', options: opportunityStatuses },
    rating('impact', 'Impact (1–5)'),
    rating('effort', 'Effort (1–5)'),
    share('confidence', 'Confidence (0–1)', false),
    share('reach', 'Reach (0–1)'),
    { key: 'owner', label: 'Owner', type: 'text' },
    evidence,
  ],
  action: [
    description,
    { key: 'status', label: 'Status', type: 'choice', options: actionStatuses },
    { key: 'owner', label: 'Owner', type: 'text' },
    { key: 'department', label: 'Department', type: 'text' },
    { key: 'due', label: 'Due', type: 'date' },
  ],
  metric: [
    { key: 'kind', label: 'Kind', type: 'choice', options: metricKinds },
    { key: 'unit', label: 'Unit', type: 'text' },
    { key: 'baseline', label: 'Baseline', type: 'number', clearable: true },
    { key: 'target', label: 'Target', type: 'number', clearable: true },
    evidence,
  ],
};

/** A field's value as the form shows it. */
export function fieldText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * What a field's typed text means: a value, `null` (blank: remove the field or put its default
 * back), or a specific error for text that is not a number. Ranges are core's to check.
 */
export function parseField(
  spec: FieldSpec,
  raw: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (spec.type !== 'number') return { ok: true, value: text };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: `${spec.label}: “${text}” is not a number` };
  return { ok: true, value };
}
