import { applyCommands, type Journey, parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { addMeasurement, editMeasurement, removeMeasurement } from './measurements';

const parsed = parseJourney(`title: Buying a jacket
stages:
  - id: buy
    name: Buy
    steps: [{ id: pay, name: Pays }]
metrics:
  - id: conversion
    name: Conversion
    at: buy
    measurements:
      - { date: 2026-01-31, value: 2.1, source: analytics }
      - { date: 2026-03-31, value: 2.4 }
`);
if (!parsed.ok) throw new Error('the fixture does not parse');
const journey = parsed.journey;

/** The metric's measurements after the edit, applied by core. */
function after(
  edit: { ok: true; commands: unknown[] } | { ok: false; message: string },
): Journey['metrics'][number]['measurements'] {
  if (!edit.ok) throw new Error(edit.message);
  const result = applyCommands(journey, edit.commands as never);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.journey.metrics[0]?.measurements ?? [];
}

describe('a metric’s measurements', () => {
  it('adds one in date order, with its source; a decimal comma is a point', () => {
    expect(
      after(addMeasurement(journey, 'conversion', { date: '2026-02-28', value: '2,3', source: ' survey ' })),
    ).toEqual([
      { date: '2026-01-31', value: 2.1, source: 'analytics' },
      { date: '2026-02-28', value: 2.3, source: 'survey' },
      { date: '2026-03-31', value: 2.4 },
    ]);
  });

  it('refuses a new one without a date, with a date that is not one, or with a value that is not a number', () => {
    expect(addMeasurement(journey, 'conversion', { date: '', value: '1', source: '' })).toEqual({
      ok: false,
      message: 'Date: a measurement needs a date',
    });
    expect(addMeasurement(journey, 'conversion', { date: '31/01/2026', value: '1', source: '' })).toEqual({
      ok: false,
      message: 'Date: “31/01/2026” is not a date (YYYY-MM-DD)',
    });
    expect(addMeasurement(journey, 'conversion', { date: '2026-04-30', value: 'lots', source: '' })).toEqual({
      ok: false,
      message: 'Value: “lots” is not a number',
    });
    expect(addMeasurement(journey, 'gone', { date: '2026-04-30', value: '1', source: '' }).ok).toBe(false);
  });

  it('changes one field of one; a later date moves it, a blank source removes the source', () => {
    expect(after(editMeasurement(journey, 'conversion', 0, 'value', '2.2'))[0]).toEqual({
      date: '2026-01-31',
      value: 2.2,
      source: 'analytics',
    });
    expect(after(editMeasurement(journey, 'conversion', 0, 'date', '2026-04-30')).map((m) => m.date)).toEqual(
      ['2026-03-31', '2026-04-30'],
    );
    expect(after(editMeasurement(journey, 'conversion', 0, 'source', '  '))[0]).toEqual({
      date: '2026-01-31',
      value: 2.1,
    });
  });

  it('refuses a blank value or date for one, and sends nothing when nothing changes', () => {
    expect(editMeasurement(journey, 'conversion', 1, 'value', '')).toEqual({
      ok: false,
      message: 'Value: a measurement needs a value',
    });
    expect(editMeasurement(journey, 'conversion', 1, 'date', 'soon').ok).toBe(false);
    expect(editMeasurement(journey, 'conversion', 0, 'source', 'analytics')).toEqual({
      ok: true,
      commands: [],
    });
    expect(editMeasurement(journey, 'conversion', 5, 'value', '1').ok).toBe(false);
  });

  it('removes one', () => {
    expect(after({ ok: true, commands: removeMeasurement(journey, 'conversion', 0) })).toEqual([
      { date: '2026-03-31', value: 2.4 },
    ]);
    expect(removeMeasurement(journey, 'conversion', 9)).toEqual([]);
  });
});
