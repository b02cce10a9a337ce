import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../test/arbitraries.js';
import { edited, exemplaryJourney } from '../../../../test/fixtures/journeys.js';
import { Gain, Insight, PainPoint } from '../model/findings.js';
import type { Journey } from '../model/journey.js';
import { Persona } from '../model/persona.js';
import { Action, Metric, Opportunity } from '../model/plan.js';
import { Path, Stage } from '../model/stage.js';
import { Step, Touchpoint } from '../model/step.js';
import { diffJourneys } from './diffJourneys.js';
import type { JourneyChange } from './journeyChange.js';

const base = exemplaryJourney();

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture shape changed');
  return value;
}
const stage = (j: Journey, id: string) => must(j.stages.find((s) => s.id === id));
const step = (j: Journey, id: string) => must(j.stages.flatMap((s) => s.steps).find((s) => s.id === id));

/** The changes from the exemplary journey to an edited copy, as [kind, element, id, summary]. */
function changes(edit: (j: Journey) => void): [string, string, string, string][] {
  return diffJourneys(base, edited(base, edit)).changes.map((c) => [c.kind, c.element, c.id, c.summary]);
}
function only(edit: (j: Journey) => void): JourneyChange {
  const all = diffJourneys(base, edited(base, edit)).changes;
  expect(all).toHaveLength(1);
  return must(all[0]);
}

describe('diffJourneys', () => {
  it('finds no differences between a journey and itself or a copy', () => {
    expect(diffJourneys(base, base)).toEqual({
      changes: [],
      counts: { added: 0, removed: 0, moved: 0, changed: 0 },
    });
    expect(diffJourneys(base, structuredClone(base)).changes).toEqual([]);
  });

  describe('journey', () => {
    it('reports renames, field changes and review changes', () => {
      expect(
        changes((j) => {
          j.title = 'Buying a coat';
          j.status = 'in-review';
          j.tags = ['retail'];
          j.review = { cadence: 'monthly', lastReviewed: '2026-05-01' };
          delete j.objective;
        }),
      ).toEqual([
        [
          'changed',
          'journey',
          'jacket',
          'Journey "Buying a winter jacket online" renamed to "Buying a coat"',
        ],
        [
          'changed',
          'journey',
          'jacket',
          'Journey: objective removed (was "Find why first-time buyers compare prices elsewhere and how…")',
        ],
        ['changed', 'journey', 'jacket', 'Journey: status changed from published to in-review'],
        ['changed', 'journey', 'jacket', 'Journey: tags: added "retail"'],
        ['changed', 'journey', 'jacket', 'Journey: review cadence changed from quarterly to monthly'],
      ]);
    });

    it('gives the field and both values of a change', () => {
      expect(only((j) => (j.status = 'draft'))).toEqual({
        kind: 'changed',
        element: 'journey',
        id: 'jacket',
        summary: 'Journey: status changed from published to draft',
        field: 'status',
        before: 'published',
        after: 'draft',
      });
    });
  });

  describe('personas', () => {
    it('reports added, removed and changed personas, without their emotions', () => {
      expect(changes((j) => j.personas.push(Persona.parse({ id: 'gift', name: 'Gift buyer' })))).toEqual([
        ['added', 'persona', 'gift', 'Persona "Gift buyer" added'],
      ]);
      expect(changes((j) => (j.personas = j.personas.filter((p) => p.id !== 'loyal')))).toEqual([
        ['removed', 'persona', 'loyal', 'Persona "Returning customer" removed'],
      ]);
      expect(
        changes((j) => {
          const shopper = must(j.personas[0]);
          shopper.name = 'Bargain hunter';
          shopper.goals = ['Pay less'];
          shopper.share = 0.7;
        }),
      ).toEqual([
        ['changed', 'persona', 'shopper', 'Persona "Budget shopper" renamed to "Bargain hunter"'],
        ['changed', 'persona', 'shopper', 'Persona "Bargain hunter": goals: added "Pay less"'],
        [
          'changed',
          'persona',
          'shopper',
          'Persona "Bargain hunter": share of customers changed from 0.6 to 0.7',
        ],
      ]);
    });
  });

  describe('stages', () => {
    it('reports an added stage once, counting its steps', () => {
      const usage = Stage.parse({ id: 'usage', name: 'Usage', steps: [{ id: 'wears', name: 'Wears it' }] });
      expect(changes((j) => j.stages.push(usage))).toEqual([
        ['added', 'stage', 'usage', 'Stage "Usage" added (with 1 step)'],
      ]);
    });

    it('reports a removed stage once, counting its steps', () => {
      expect(changes((j) => (j.stages = j.stages.filter((s) => s.id !== 'consideration')))).toEqual([
        ['removed', 'stage', 'consideration', 'Stage "Consideration" removed (with 2 steps)'],
      ]);
    });

    it('reports a reordered stage as one move', () => {
      const change = only((j) => {
        const awareness = must(j.stages.shift());
        j.stages.push(awareness);
      });
      expect(change).toEqual({
        kind: 'moved',
        element: 'stage',
        id: 'awareness',
        summary: 'Stage "Awareness" moved from position 1 to 3',
        before: { position: 1 },
        after: { position: 3 },
      });
    });

    it('reports one of two swapped stages as moved', () => {
      const change = only((j) => {
        const purchase = must(j.stages.pop());
        j.stages.splice(1, 0, purchase);
      });
      expect(change.summary).toBe('Stage "Consideration" moved from position 2 to 3');
    });

    it('reports a renamed stage as a change, not a removal and an addition', () => {
      expect(changes((j) => (stage(j, 'purchase').name = 'Checkout'))).toEqual([
        ['changed', 'stage', 'purchase', 'Stage "Purchase" renamed to "Checkout"'],
      ]);
    });
  });

  describe('steps', () => {
    it('reports added and removed steps with their stage', () => {
      expect(
        changes((j) =>
          stage(j, 'consideration').steps.push(Step.parse({ id: 'reviews', name: 'Reads reviews' })),
        ),
      ).toEqual([['added', 'step', 'reviews', 'Step "Reads reviews" added to Consideration']]);
      expect(changes((j) => (stage(j, 'consideration').steps = [step(j, 'searches')]))).toEqual([
        ['removed', 'step', 'compares', 'Step "Compares prices on other sites" removed from Consideration'],
      ]);
    });

    it('reports a step moved to another stage, and nothing else', () => {
      const change = only((j) => {
        const compares = must(stage(j, 'consideration').steps.pop());
        stage(j, 'purchase').steps.unshift(compares);
      });
      expect(change).toEqual({
        kind: 'moved',
        element: 'step',
        id: 'compares',
        summary: 'Step "Compares prices on other sites" moved from Consideration to Purchase',
        before: { in: 'consideration', position: 2 },
        after: { in: 'purchase', position: 1 },
      });
    });

    it('reports one moved step among many as one move', () => {
      const long = edited(base, (j) => {
        for (let n = 1; n <= 8; n++)
          stage(j, 'purchase').steps.push(Step.parse({ id: `s${n}`, name: `Step ${n}` }));
      });
      const moved = edited(long, (j) => {
        const steps = stage(j, 'purchase').steps;
        steps.push(must(steps.shift()));
      });
      const diff = diffJourneys(long, moved);
      expect(diff.changes.map((c) => c.summary)).toEqual([
        'Step "Orders the jacket" moved within Purchase from position 1 to 9',
      ]);
      expect(diff.counts).toEqual({ added: 0, removed: 0, moved: 1, changed: 0 });
    });

    it('does not report steps as moved when only their stage moved', () => {
      const all = diffJourneys(
        base,
        edited(base, (j) => j.stages.reverse()),
      ).changes;
      expect(all.every((c) => c.element === 'stage' && c.kind === 'moved')).toBe(true);
      expect(all).toHaveLength(2);
    });

    it('reports field changes of a step', () => {
      expect(
        changes((j) => {
          const checkout = step(j, 'checkout');
          checkout.name = 'Orders the coat';
          checkout.blueprint.backstage = ['Payment check'];
          delete checkout.momentOfTruth;
        }),
      ).toEqual([
        ['changed', 'step', 'checkout', 'Step "Orders the jacket" renamed to "Orders the coat"'],
        [
          'changed',
          'step',
          'checkout',
          'Step "Orders the coat": moment of truth removed (was "Price and delivery date are clear at checkout")',
        ],
        ['changed', 'step', 'checkout', 'Step "Orders the coat": backstage: added "Payment check"'],
      ]);
    });

    it('reports a step moved into a new alternative path', () => {
      expect(
        changes((j) => {
          const compares = must(stage(j, 'consideration').steps.pop());
          j.paths.push(Path.parse({ id: 'elsewhere', name: 'Buys elsewhere', from: 'searches' }));
          must(j.paths[0]).steps.push(compares);
        }),
      ).toEqual([
        [
          'moved',
          'step',
          'compares',
          'Step "Compares prices on other sites" moved from Consideration to path "Buys elsewhere"',
        ],
        ['added', 'path', 'elsewhere', 'Path "Buys elsewhere" added (with 1 step)'],
      ]);
    });
  });

  describe('touchpoints', () => {
    it('reports added, removed, moved and changed touchpoints', () => {
      expect(
        changes((j) =>
          step(j, 'searches').touchpoints.push(Touchpoint.parse({ id: 'app-search', channel: 'app' })),
        ),
      ).toEqual([['added', 'touchpoint', 'app-search', 'Touchpoint "app" added to "Searches the shop"']]);
      expect(
        changes((j) => (step(j, 'checkout').touchpoints = [must(step(j, 'checkout').touchpoints[0])])),
      ).toEqual([
        [
          'removed',
          'touchpoint',
          'confirmation',
          'Touchpoint "email: confirmation" removed from "Orders the jacket"',
        ],
      ]);
      expect(
        changes((j) => {
          const confirmation = must(step(j, 'checkout').touchpoints.pop());
          step(j, 'feels-cold').touchpoints.push(confirmation);
        }),
      ).toEqual([
        [
          'moved',
          'touchpoint',
          'confirmation',
          'Touchpoint "email: confirmation" moved from "Orders the jacket" to "Feels the cold, decides to buy a jacket"',
        ],
      ]);
      expect(changes((j) => (must(step(j, 'searches').touchpoints[0]).channel = 'app'))).toEqual([
        [
          'changed',
          'touchpoint',
          'search',
          'Touchpoint "app: product search": channel changed from web to app',
        ],
      ]);
    });

    it('does not list the touchpoints of an added or removed step', () => {
      const extra = Step.parse({ id: 'extra', name: 'Extra', touchpoints: [{ id: 'tp', channel: 'web' }] });
      expect(changes((j) => stage(j, 'purchase').steps.push(extra))).toEqual([
        ['added', 'step', 'extra', 'Step "Extra" added to Purchase'],
      ]);
    });
  });

  describe('emotions', () => {
    it('reports a score change with its direction', () => {
      expect(only((j) => (must(step(j, 'compares').emotions.shopper).score = 1))).toEqual({
        kind: 'changed',
        element: 'emotion',
        id: 'compares/shopper',
        summary:
          'Emotion of Budget shopper at "Compares prices on other sites" changed from -1 to +1 (better)',
        field: 'score',
        before: -1,
        after: 1,
      });
      expect(only((j) => (must(step(j, 'checkout').emotions.loyal).score = 0.5)).summary).toBe(
        'Emotion of Returning customer at "Orders the jacket" changed from +2 to +0.5 (worse)',
      );
    });

    it('reports added and removed emotions and their thoughts', () => {
      expect(
        changes((j) => {
          delete step(j, 'searches').emotions.loyal;
          must(step(j, 'checkout').emotions.shopper).thoughts = ['Finally!'];
        }),
      ).toEqual([
        [
          'removed',
          'emotion',
          'searches/loyal',
          'Emotion of Returning customer at "Searches the shop" removed (was +1)',
        ],
        [
          'changed',
          'emotion',
          'checkout/shopper',
          'Emotion of Budget shopper at "Orders the jacket": thoughts: added "Finally!"',
        ],
      ]);
      const back = diffJourneys(
        edited(base, (j) => delete step(j, 'searches').emotions.loyal),
        base,
      ).changes;
      expect(back.map((c) => c.summary)).toEqual([
        'Emotion of Returning customer at "Searches the shop" added: +1',
      ]);
    });
  });

  describe('journey-level lists', () => {
    it('reports added, removed and changed insights, pain points, gains, opportunities, actions and metrics', () => {
      expect(
        changes((j) => {
          j.insights.push(
            Insight.parse({ id: 'i-new', text: 'Delivery dates worry people', source: 'survey' }),
          );
          j.painPoints = [];
          j.gains.push(Gain.parse({ id: 'fits', title: 'Fits as promised' }));
          must(j.opportunities[0]).status = 'planned';
          must(j.actions[0]).owner = 'Cleo';
          must(j.metrics[0]).measurements.push({ date: '2026-06-01', value: 2.4 });
        }),
      ).toEqual([
        ['added', 'insight', 'i-new', 'Insight "Delivery dates worry people" added'],
        ['removed', 'painPoint', 'price-unclear', 'Pain point "Cannot tell if the price is fair" removed'],
        ['added', 'gain', 'fits', 'Gain "Fits as promised" added'],
        [
          'changed',
          'opportunity',
          'price-match',
          'Opportunity "Show a price-match promise next to the price": status changed from idea to planned',
        ],
        [
          'changed',
          'action',
          'badge',
          'Action "Design the price-match badge": owner changed from "Ben" to "Cleo"',
        ],
        [
          'changed',
          'metric',
          'conversion',
          'Metric "Checkout conversion": measurements: added 2026-06-01: 2.4',
        ],
      ]);
    });

    it('reports changed severity, renamed pain points, set and removed optional fields', () => {
      expect(
        changes((j) => {
          const pain = must(j.painPoints[0]);
          pain.title = 'Price feels unfair';
          pain.severity = 5;
          delete must(j.actions[0]).due;
          must(j.metrics[0]).direction = 'up';
        }),
      ).toEqual([
        [
          'changed',
          'painPoint',
          'price-unclear',
          'Pain point "Cannot tell if the price is fair" renamed to "Price feels unfair"',
        ],
        [
          'changed',
          'painPoint',
          'price-unclear',
          'Pain point "Price feels unfair": severity changed from 4 to 5',
        ],
        [
          'changed',
          'action',
          'badge',
          'Action "Design the price-match badge": due date removed (was 2026-07-01)',
        ],
        ['changed', 'metric', 'conversion', 'Metric "Checkout conversion": better direction set to up'],
      ]);
    });

    it('does not report reordered journey-level lists', () => {
      const two = edited(base, (j) => {
        j.opportunities.push(Opportunity.parse({ id: 'o2', title: 'Second' }));
        j.actions.push(Action.parse({ id: 'a2', title: 'Second' }));
        j.metrics.push(Metric.parse({ id: 'm2', name: 'Second' }));
        j.painPoints.push(PainPoint.parse({ id: 'p2', title: 'Second' }));
      });
      const swapped = edited(two, (j) => {
        j.opportunities.reverse();
        j.actions.reverse();
        j.metrics.reverse();
        j.painPoints.reverse();
      });
      expect(diffJourneys(two, swapped).changes).toEqual([]);
    });
  });

  it('counts the changes by kind', () => {
    const diff = diffJourneys(
      base,
      edited(base, (j) => {
        j.title = 'Coat';
        j.gains.push(Gain.parse({ id: 'g', title: 'Warm' }));
        j.stages.reverse();
      }),
    );
    expect(diff.counts).toEqual({ added: 1, removed: 0, moved: 2, changed: 1 });
  });
});

describe('diffJourneys on any valid journeys', () => {
  it('finds no differences between a journey and its copy', () => {
    fc.assert(
      fc.property(arbJourney(), (journey) => {
        expect(diffJourneys(journey, structuredClone(journey)).changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('what one direction adds the other removes, and changes and move counts agree', () => {
    // The journey's own changes carry the later version's id, which differs when the id changed.
    const key = (c: JourneyChange) => `${c.element} ${c.element === 'journey' ? '' : c.id} ${c.field ?? ''}`;
    fc.assert(
      fc.property(arbJourney(), arbJourney(), (a, b) => {
        const forth = diffJourneys(a, b).changes;
        const back = diffJourneys(b, a).changes;
        const keys = (list: JourneyChange[], kind: JourneyChange['kind']) =>
          list
            .filter((c) => c.kind === kind)
            .map(key)
            .sort();
        expect(keys(forth, 'added')).toEqual(keys(back, 'removed'));
        expect(keys(forth, 'removed')).toEqual(keys(back, 'added'));
        expect(keys(forth, 'changed')).toEqual(keys(back, 'changed'));
        expect(keys(forth, 'moved').length).toBe(keys(back, 'moved').length);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a removed step as exactly one removal', () => {
    fc.assert(
      fc.property(arbJourney(), fc.nat(), (journey, pick) => {
        const places = journey.stages.flatMap((s, si) => s.steps.map((_, i) => [si, i] as const));
        fc.pre(places.length > 0);
        const [si, i] = must(places[pick % places.length]);
        const after = edited(journey, (j) => must(j.stages[si]).steps.splice(i, 1));
        const diff = diffJourneys(journey, after);
        expect(diff.changes.map((c) => [c.kind, c.element])).toEqual([['removed', 'step']]);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a step moved anywhere else as exactly one move', () => {
    fc.assert(
      fc.property(arbJourney(), fc.nat(), fc.nat(), fc.nat(), (journey, pick, toStage, toIndex) => {
        const places = journey.stages.flatMap((s, si) => s.steps.map((_, i) => [si, i] as const));
        fc.pre(places.length > 0);
        const [si, i] = must(places[pick % places.length]);
        const after = edited(journey, (j) => {
          const [moved] = must(j.stages[si]).steps.splice(i, 1);
          const target = must(j.stages[toStage % j.stages.length]);
          target.steps.splice(toIndex % (target.steps.length + 1), 0, must(moved));
        });
        const changes = diffJourneys(journey, after).changes;
        const same = JSON.stringify(journey) === JSON.stringify(after);
        expect(changes.map((c) => [c.kind, c.element])).toEqual(same ? [] : [['moved', 'step']]);
      }),
      { numRuns: 200 },
    );
  });
});
