import {
  Action,
  elementKinds,
  Gain,
  Insight,
  Metric,
  Opportunity,
  PainPoint,
  Path,
  Persona,
  Stage,
  Step,
  Touchpoint,
} from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { kindFields, parseField } from './kindFields';

const schemas = {
  persona: Persona,
  stage: Stage,
  step: Step,
  touchpoint: Touchpoint,
  path: Path,
  insight: Insight,
  painPoint: PainPoint,
  gain: Gain,
  opportunity: Opportunity,
  action: Action,
  metric: Metric,
} as const;

describe('the details panel’s fields per kind', () => {
  it('edits only fields the kind’s schema has', () => {
    for (const kind of elementKinds)
      for (const field of kindFields[kind]) expect(Object.keys(schemas[kind].shape)).toContain(field.key);
  });

  it('reads blank as “remove”, numbers with a comma too, and names the field of text that is no number', () => {
    const reach = kindFields.painPoint.find((field) => field.key === 'reach')!;
    expect(parseField(reach, '  ')).toEqual({ ok: true, value: null });
    expect(parseField(reach, '0,25')).toEqual({ ok: true, value: 0.25 });
    expect(parseField(reach, 'lots')).toEqual({
      ok: false,
      message: 'Reach (share of customers, 0–1): “lots” is not a number',
    });
    expect(parseField(kindFields.stage[0]!, ' Why ')).toEqual({ ok: true, value: 'Why' });
  });
});

describe('the evidence field', () => {
  it('offers core’s evidence levels and a blank that removes the level', () => {
    const evidence = kindFields.painPoint.find((field) => field.key === 'evidence')!;
    expect(evidence.type === 'choice' && evidence.options).toEqual([
      '',
      'assumed',
      'reported',
      'observed',
      'measured',
    ]);
    expect(parseField(evidence, '')).toEqual({ ok: true, value: null });
  });
});
