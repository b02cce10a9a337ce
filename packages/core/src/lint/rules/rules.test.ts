import { describe, expect, it } from 'vitest';
import { edited, exemplaryJourney, TODAY } from '../../../../../test/fixtures/journeys.js';
import { Insight } from '../../model/findings.js';
import type { Journey } from '../../model/journey.js';
import { Persona } from '../../model/persona.js';
import { Stage } from '../../model/stage.js';
import { createLintContext } from '../lintContext.js';
import { lintRules } from '../lintRules.js';

/** Direct access into the fixture: fails loudly instead of returning undefined. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture shape changed');
  return value;
}
const stage = (j: Journey, i: number) => must(j.stages[i]);
const step = (j: Journey, s: number, i: number) => must(stage(j, s).steps[i]);

interface Case {
  /** What the case shows. */
  readonly name: string;
  /** Breaks the exemplary journey (or, with `silent`, changes it without breaking the rule). */
  readonly edit: (j: Journey) => void;
  /** The findings of the rule: message fragment, path and element id. */
  readonly expect?: { message: string; path?: string; elementId?: string }[];
  /** The rule must stay silent after the edit. */
  readonly silent?: true;
}

const cases: Record<string, Case[]> = {
  'journey-without-personas': [
    {
      name: 'no personas',
      edit: (j) => (j.personas = []),
      expect: [{ message: 'no personas', path: 'personas' }],
    },
  ],
  'journey-without-stages': [
    { name: 'no stages', edit: (j) => (j.stages = []), expect: [{ message: 'no stages', path: 'stages' }] },
  ],
  'journey-without-objective': [
    { name: 'no objective', edit: (j) => delete j.objective, expect: [{ message: 'no objective' }] },
  ],
  'future-without-current': [
    {
      name: 'future state alone',
      edit: (j) => (j.state = 'future'),
      expect: [{ message: 'future', path: 'state' }],
    },
    {
      name: 'future state that names its current map',
      edit: (j) => {
        j.state = 'future';
        j.redesigns = 'jacket-current';
      },
      silent: true,
    },
  ],
  'stage-without-steps': [
    {
      name: 'an empty stage',
      edit: (j) => j.stages.push(Stage.parse({ id: 'usage', name: 'Usage' })),
      expect: [{ message: 'Stage "Usage" has no steps', path: 'stages[3]', elementId: 'usage' }],
    },
  ],
  'step-without-touchpoint': [
    {
      name: 'a step without touchpoints',
      edit: (j) => (step(j, 1, 0).touchpoints = []),
      expect: [
        {
          message: 'Step "Searches the shop" has no touchpoint',
          path: 'stages[1].steps[0]',
          elementId: 'searches',
        },
      ],
    },
  ],
  'unknown-channel': [
    {
      name: 'a channel nobody knows',
      edit: (j) => (must(step(j, 0, 0).touchpoints[0]).channel = 'fax'),
      expect: [
        {
          message: 'unknown channel "fax"',
          path: 'stages[0].steps[0].touchpoints[0].channel',
          elementId: 'wom',
        },
      ],
    },
    {
      name: 'an alias of a known channel',
      edit: (j) => (must(step(j, 0, 0).touchpoints[0]).channel = 'Website'),
      silent: true,
    },
  ],
  'pain-point-without-evidence': [
    {
      name: 'no insight and no evidence level',
      edit: (j) => (must(j.painPoints[0]).insights = []),
      expect: [{ message: 'has no evidence level', path: 'painPoints[0]', elementId: 'price-unclear' }],
    },
    {
      name: 'no insight and assumed',
      edit: (j) => {
        must(j.painPoints[0]).insights = [];
        must(j.painPoints[0]).evidence = 'assumed';
      },
      expect: [{ message: 'is assumed', path: 'painPoints[0]' }],
    },
    {
      name: 'observed without a linked insight',
      edit: (j) => {
        must(j.painPoints[0]).insights = [];
        must(j.painPoints[0]).evidence = 'observed';
      },
      silent: true,
    },
  ],
  'assumed-heavy': [
    {
      name: 'emotions and steps with no evidence',
      edit: (j) => {
        for (const s of j.stages.flatMap((st) => st.steps)) {
          s.insights = [];
          delete s.evidence;
          for (const emotion of Object.values(s.emotions)) {
            emotion.insights = [];
            delete emotion.evidence;
          }
        }
      },
      expect: [{ message: '8 of 9 pain points and emotions are only assumed' }],
    },
    {
      name: 'exactly half assumed',
      edit: (j) => {
        // 9 elements: the pain point and 8 emotions; leave 5 backed (pain point + 4 emotions).
        for (const s of [step(j, 0, 0), step(j, 1, 0)]) {
          s.insights = [];
          delete s.evidence;
          for (const emotion of Object.values(s.emotions)) {
            emotion.insights = [];
            delete emotion.evidence;
          }
        }
      },
      silent: true,
    },
  ],
  'insight-unused': [
    {
      name: 'an insight nothing links',
      edit: (j) => j.insights.push(Insight.parse({ id: 'i-extra', text: 'Nobody reads the size guide' })),
      expect: [{ message: 'Insight i-extra', path: 'insights[2]', elementId: 'i-extra' }],
    },
    {
      name: 'an insight linked only from a touchpoint',
      edit: (j) => {
        j.insights.push(Insight.parse({ id: 'i-extra', text: 'Nobody reads the size guide' }));
        must(step(j, 2, 0).touchpoints[0]).insights = ['i-extra'];
      },
      silent: true,
    },
  ],
  'persona-without-emotions': [
    {
      name: 'a persona who feels nothing anywhere',
      edit: (j) => j.personas.push(Persona.parse({ id: 'gift', name: 'Gift buyer' })),
      expect: [{ message: 'Persona "Gift buyer" has no emotion', path: 'personas[2]', elementId: 'gift' }],
    },
  ],
  'moment-of-truth-without-emotion': [
    {
      name: 'a step moment of truth missing a persona',
      edit: (j) => delete step(j, 2, 0).emotions.loyal,
      expect: [
        {
          message: 'Moment of truth "Orders the jacket" has no emotion for Returning customer',
          path: 'stages[2].steps[0]',
        },
      ],
    },
    {
      name: 'a touchpoint moment of truth with no emotions',
      edit: (j) => {
        must(step(j, 1, 0).touchpoints[0]).momentOfTruth = { reason: 'First impression of the range' };
        step(j, 1, 0).emotions = {};
      },
      expect: [
        {
          message: 'no emotion for Budget shopper, Returning customer',
          path: 'stages[1].steps[0]',
          elementId: 'searches',
        },
      ],
    },
  ],
  'journey-without-moments-of-truth': [
    {
      name: 'no moment of truth',
      edit: (j) => delete step(j, 2, 0).momentOfTruth,
      expect: [{ message: 'No step or touchpoint is marked as a moment of truth' }],
    },
    {
      name: 'only a touchpoint moment of truth',
      edit: (j) => {
        delete step(j, 2, 0).momentOfTruth;
        must(step(j, 2, 0).touchpoints[0]).momentOfTruth = { reason: 'Price is clear' };
      },
      silent: true,
    },
  ],
  'emotion-gap': [
    {
      name: 'a step with no emotions',
      edit: (j) => (step(j, 1, 1).emotions = {}),
      expect: [
        { message: 'Step "Compares prices on other sites" has no emotions', path: 'stages[1].steps[1]' },
      ],
    },
  ],
  'pain-point-not-addressed': [
    {
      name: 'the only opportunity was dropped',
      edit: (j) => (must(j.opportunities[0]).status = 'dropped'),
      expect: [
        {
          message: 'No opportunity addresses pain point "Cannot tell if the price is fair"',
          path: 'painPoints[0]',
        },
      ],
    },
    {
      name: 'no opportunities at all',
      edit: (j) => (j.opportunities = []),
      expect: [{ message: 'No opportunity addresses', elementId: 'price-unclear' }],
    },
  ],
  'opportunity-without-pain-point': [
    {
      name: 'an opportunity addressing nothing',
      edit: (j) => (must(j.opportunities[0]).addresses = []),
      expect: [{ message: 'addresses no pain point', path: 'opportunities[0]', elementId: 'price-match' }],
    },
  ],
  'opportunity-without-owner': [
    {
      name: 'an open opportunity without owner',
      edit: (j) => delete must(j.opportunities[0]).owner,
      expect: [
        {
          message: 'Opportunity "Show a price-match promise next to the price" has no owner',
          path: 'opportunities[0]',
        },
      ],
    },
    {
      name: 'a done opportunity without owner',
      edit: (j) => {
        delete must(j.opportunities[0]).owner;
        must(j.opportunities[0]).status = 'done';
      },
      silent: true,
    },
  ],
  'opportunity-without-metric': [
    {
      name: 'an open opportunity without metric',
      edit: (j) => (must(j.opportunities[0]).metrics = []),
      expect: [{ message: 'names no metric', path: 'opportunities[0]', elementId: 'price-match' }],
    },
  ],
  'action-without-owner': [
    {
      name: 'an open action without owner',
      edit: (j) => delete must(j.actions[0]).owner,
      expect: [
        {
          message: 'Action "Design the price-match badge" has no owner',
          path: 'actions[0]',
          elementId: 'badge',
        },
      ],
    },
    {
      name: 'a cancelled action without owner',
      edit: (j) => {
        delete must(j.actions[0]).owner;
        must(j.actions[0]).status = 'cancelled';
      },
      silent: true,
    },
  ],
  'action-overdue': [
    {
      name: 'an action past its due date',
      edit: (j) => (must(j.actions[0]).due = '2026-06-01'),
      expect: [{ message: 'was due on 2026-06-01 (14 days ago) and is in-progress', path: 'actions[0].due' }],
    },
    { name: 'an action due today', edit: (j) => (must(j.actions[0]).due = TODAY), silent: true },
    {
      name: 'a done action past its due date',
      edit: (j) => {
        must(j.actions[0]).due = '2026-01-01';
        must(j.actions[0]).status = 'done';
      },
      silent: true,
    },
  ],
  'metric-without-target': [
    {
      name: 'a metric without target',
      edit: (j) => delete must(j.metrics[0]).target,
      expect: [
        {
          message: 'Metric "Checkout conversion" has no target',
          path: 'metrics[0]',
          elementId: 'conversion',
        },
      ],
    },
  ],
  'metric-without-measurements': [
    {
      name: 'a metric never measured',
      edit: (j) => (must(j.metrics[0]).measurements = []),
      expect: [{ message: 'has no measurements', path: 'metrics[0]', elementId: 'conversion' }],
    },
  ],
  'review-overdue': [
    {
      name: 'a quarterly review last done in January',
      edit: (j) => (j.review = { cadence: 'quarterly', lastReviewed: '2026-01-31' }),
      // due 2026-04-30 (end of month clamped), 46 days before 2026-06-15
      expect: [
        { message: 'last reviewed 2026-01-31, due 2026-04-30 (46 days ago)', path: 'review.lastReviewed' },
      ],
    },
    {
      name: 'a cadence but never reviewed',
      edit: (j) => (j.review = { cadence: 'monthly' }),
      expect: [{ message: 'monthly review cadence but was never reviewed', path: 'review' }],
    },
    {
      name: 'a review due today',
      edit: (j) => (j.review = { cadence: 'weekly', lastReviewed: '2026-06-08' }),
      silent: true,
    },
  ],
  'review-cadence-missing': [
    {
      name: 'a published map without cadence',
      edit: (j) => delete j.review,
      expect: [{ message: 'published but has no review cadence', path: 'status' }],
    },
    {
      name: 'a draft without cadence',
      edit: (j) => {
        delete j.review;
        j.status = 'draft';
      },
      silent: true,
    },
  ],
};

function run(ruleId: string, journey: Journey) {
  const rule = lintRules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const context = createLintContext(journey, TODAY);
  return { hits: [...rule.check(journey, context)], subjects: rule.subjects(journey, context) };
}

describe('lint rules', () => {
  it('has a test case for every registered rule, and no case for a rule that does not exist', () => {
    expect(Object.keys(cases).sort()).toEqual(lintRules.map((r) => r.id).sort());
  });

  it('every rule is described: unique kebab-case id, a description and advice', () => {
    const ids = lintRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of lintRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.advice.length).toBeGreaterThan(10);
    }
  });

  for (const rule of lintRules) {
    describe(rule.id, () => {
      it('stays silent on the exemplary journey', () => {
        expect(run(rule.id, exemplaryJourney()).hits).toEqual([]);
      });

      for (const c of cases[rule.id] ?? []) {
        it(c.silent ? `stays silent on ${c.name}` : `fires on ${c.name}`, () => {
          const journey = edited(exemplaryJourney(), c.edit);
          const { hits, subjects } = run(rule.id, journey);
          if (c.silent) {
            expect(hits).toEqual([]);
            return;
          }
          expect(hits).toHaveLength(c.expect?.length ?? 0);
          expect(subjects).toBeGreaterThanOrEqual(hits.length);
          for (const [index, want] of (c.expect ?? []).entries()) {
            const hit = hits[index];
            expect(hit?.message).toContain(want.message);
            if (want.path !== undefined) expect(hit?.path).toBe(want.path);
            if (want.elementId !== undefined) expect(hit?.elementId).toBe(want.elementId);
          }
        });
      }
    });
  }
});
