// A metric's measurements as the details panel edits them: add one (core's measurement.add keeps
// them in date order), change one field of one, remove one (an update of the list). What is typed
// is checked here first so the error names the field ("Value: “lots” is not a number"); core
// checks again. Pure.
import { IsoDate, type Journey, type JourneyCommand, type Measurement } from '@waymark/core';
import { updateFields } from './cellIntents';

/** A measurement as typed: every field text. */
export interface MeasurementDraft {
  readonly date: string;
  readonly value: string;
  readonly source: string;
}

export type MeasurementField = keyof MeasurementDraft;

export type Edit =
  | { readonly ok: true; readonly commands: JourneyCommand[] }
  | { readonly ok: false; readonly message: string };

const fieldNames: Readonly<Record<MeasurementField, string>> = {
  date: 'Date',
  value: 'Value',
  source: 'Source',
};

/** A typed field read, or what is wrong with it (named by the field). */
type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** A typed value: a finite number (a decimal comma is read as a point), or why not. */
function parseValue(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: false, message: `${fieldNames.value}: a measurement needs a value` };
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value)
    ? { ok: true, value }
    : { ok: false, message: `${fieldNames.value}: “${text}” is not a number` };
}

function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text === '') return { ok: false, message: `${fieldNames.date}: a measurement needs a date` };
  return IsoDate.safeParse(text).success
    ? { ok: true, value: text }
    : { ok: false, message: `${fieldNames.date}: “${text}” is not a date (YYYY-MM-DD)` };
}

/** The measurements of a metric, if there is one with this id. */
function measurementsOf(journey: Journey, metric: string): readonly Measurement[] | undefined {
  return journey.metrics.find((m) => m.id === metric)?.measurements;
}

/** A new measurement of a metric from what was typed. */
export function addMeasurement(journey: Journey, metric: string, draft: MeasurementDraft): Edit {
  if (measurementsOf(journey, metric) === undefined) return { ok: false, message: 'The metric is gone' };
  const date = parseDate(draft.date);
  if (!date.ok) return date;
  const value = parseValue(draft.value);
  if (!value.ok) return value;
  const source = draft.source.trim();
  const measurement = { date: date.value, value: value.value, ...(source === '' ? {} : { source }) };
  return { ok: true, commands: [{ op: 'measurement.add', metric, measurement }] };
}

/** The metric with its measurements replaced (nothing when they are the same). */
function setMeasurements(journey: Journey, metric: string, next: Measurement[]): JourneyCommand[] {
  const found = journey.metrics.find((m) => m.id === metric);
  if (found === undefined) return [];
  return updateFields(journey, metric, { measurements: found.measurements }, { measurements: next });
}

/** One field of one measurement changed; a blank source removes it, a blank date or value is refused. */
export function editMeasurement(
  journey: Journey,
  metric: string,
  index: number,
  field: MeasurementField,
  raw: string,
): Edit {
  const list = measurementsOf(journey, metric);
  const old = list?.[index];
  if (list === undefined || old === undefined) return { ok: false, message: 'The measurement is gone' };
  let changed: Measurement;
  if (field === 'date') {
    const date = parseDate(raw);
    if (!date.ok) return date;
    changed = { ...old, date: date.value };
  } else if (field === 'value') {
    const value = parseValue(raw);
    if (!value.ok) return value;
    changed = { ...old, value: value.value };
  } else {
    const { source: _, ...rest } = old;
    const source = raw.trim();
    changed = source === '' ? rest : { ...rest, source };
  }
  // A changed date keeps the list in date order (sort is stable: same dates keep their order).
  const next = list.map((m, i) => (i === index ? changed : m)).sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, commands: setMeasurements(journey, metric, next) };
}

/** One measurement removed. */
export function removeMeasurement(journey: Journey, metric: string, index: number): JourneyCommand[] {
  const list = measurementsOf(journey, metric);
  if (list?.[index] === undefined) return [];
  return setMeasurements(
    journey,
    metric,
    list.filter((_, i) => i !== index),
  );
}
