import type { Journey } from '@waymark/core';
import { createRandom, type Random } from './random.js';

/** One event row as written to the sample log. */
export interface SampleEvent {
  readonly customer: string;
  readonly timestamp: string;
  readonly event: string;
  readonly channel: string;
  readonly segment: string;
}

/** One survey response as written to the sample export. */
export interface SampleResponse {
  readonly respondent: string;
  readonly date: string;
  readonly touchpoint: string;
  readonly nps: number;
  readonly csat: number;
  readonly ces: number;
  readonly comment: string;
  readonly segment: string;
}

/** What the data was made to show; the analyses should find it again. */
export interface GroundTruth {
  readonly journey: string;
  readonly customers: number;
  readonly seed: number;
  /** Designed probability of leaving after each stage (the last stage: none). */
  readonly designedDropOff: readonly { readonly stage: string; readonly dropOff: number }[];
  /** The stage after which most customers leave. */
  readonly biggestDropAfter: string;
  /** Customers who reached each stage, counted while generating. */
  readonly reached: readonly { readonly stage: string; readonly customers: number }[];
  /** The pain point written into negative comments. */
  readonly painPoint: {
    readonly step: string;
    readonly touchpoints: readonly string[];
    readonly phrase: string;
  };
  readonly events: number;
  readonly responses: number;
}

const PHRASES = ['delivery charge', 'error message', 'payment form', 'phone queue', 'service fee'];
const NEGATIVE = [
  'The {p} was a nasty surprise, really frustrating.',
  'Terrible experience: the {p} made me want to give up.',
  'Awful {p}. I almost cancelled.',
  'Annoyed by the {p} again, very disappointing.',
  'Bad {p} and nobody helped.',
];
const POSITIVE = [
  'Great service, quick and easy.',
  'Lovely experience, thank you!',
  'Very helpful and simple.',
  'Excellent, everything worked.',
];
const NEUTRAL = ['It was okay.', 'Fine, nothing special.', ''];

/** Event name of a touchpoint in the sample log: its id with `_` (matched by id, see journeyDesign). */
const eventName = (id: string) => id.replace(/-/g, '_');

interface Plan {
  readonly journey: Journey;
  readonly steps: readonly {
    readonly stage: number;
    readonly id: string;
    readonly touchpoints: readonly { id: string; channel: string }[];
  }[];
  readonly dropOff: readonly number[];
  readonly painStep: string;
  readonly phrase: string;
}

function plan(journey: Journey, random: Random): Plan {
  const steps = journey.stages.flatMap((stage, k) =>
    stage.steps.map((step) => ({
      stage: k,
      id: step.id,
      touchpoints: step.touchpoints.map((t) => ({ id: t.id, channel: t.channel })),
    })),
  );
  const n = journey.stages.length;
  // The designed drop: after the stage holding the most severe pain point (else the middle one).
  const worst = [...journey.painPoints].sort((a, b) => b.severity - a.severity)[0];
  const worstStage = journey.stages.findIndex((s) =>
    s.steps.some((st) => st.id === worst?.at || st.touchpoints.some((t) => t.id === worst?.at)),
  );
  const big = Math.min(
    Math.max(0, worstStage === -1 ? Math.floor((n - 1) / 2) : worstStage),
    Math.max(0, n - 2),
  );
  const dropOff = journey.stages.map((_, k) => (k === n - 1 ? 0 : k === big ? 0.45 : 0.12));
  const withTouchpoints = steps.filter((s) => s.touchpoints.length > 0);
  const worstStep = withTouchpoints.find(
    (s) => s.id === worst?.at || s.touchpoints.some((t) => t.id === worst?.at),
  );
  const painStep =
    worstStep?.id ?? withTouchpoints.find((s) => s.stage === big)?.id ?? withTouchpoints[0]?.id ?? journey.id;
  return { journey, steps, dropOff, painStep, phrase: random.pick(PHRASES) };
}

/** The item whose cumulative weight first passes `point`. */
function pickWeighted<T>(items: readonly T[], weights: readonly number[], point: number): T | undefined {
  let left = point;
  for (const [index, item] of items.entries()) {
    left -= weights[index] ?? 0;
    if (left < 0) return item;
  }
  return items[0];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const clamp = (x: number, low: number, high: number) => Math.max(low, Math.min(high, Math.round(x)));

/**
 * Synthetic customers travelling a journey, one at a time (so a million never sit in memory):
 * each starts at the first stage, walks its steps (sometimes skipping one or going back one)
 * and leaves after a stage with the designed probability; about a third answer a survey about a
 * touchpoint they used, and those at the pain point complain about one phrase.
 */
export function* generateSample(
  journey: Journey,
  options: { readonly customers: number; readonly seed: number; readonly start?: string },
): Generator<{ readonly events: readonly SampleEvent[]; readonly response?: SampleResponse }, GroundTruth> {
  const random = createRandom(options.seed);
  const design = plan(journey, random);
  const personas: readonly { readonly id: string; readonly share?: number }[] =
    journey.personas.length > 0 ? journey.personas : [{ id: 'everyone', share: 1 }];
  const weights = personas.map((p) => p.share ?? 1 / personas.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const base = Date.parse(`${options.start ?? '2024-01-01'}T00:00:00Z`);
  const reached = journey.stages.map(() => 0);
  let events = 0;
  let responses = 0;
  for (let c = 0; c < options.customers; c++) {
    const customer = `c${String(c + 1).padStart(7, '0')}`;
    const persona = pickWeighted(personas, weights, random.next() * total);
    const segment = persona?.id ?? 'everyone';
    let time = base + random.int(0, 60 * 24 * 60) * 60_000;
    const rows: SampleEvent[] = [];
    const used: { step: string; touchpoint: string; time: number }[] = [];
    for (let k = 0; k < journey.stages.length; k++) {
      const stageSteps = design.steps.filter((s) => s.stage === k && s.touchpoints.length > 0);
      for (let i = 0; i < stageSteps.length; i++) {
        const step = stageSteps[i];
        if (step === undefined) continue;
        if (i > 0 && random.chance(0.05)) continue; // skips a step
        const touchpoint = random.pick(step.touchpoints);
        time += random.int(1, 20) * 60_000;
        rows.push({
          customer,
          timestamp: iso(time),
          event: eventName(touchpoint.id),
          channel: touchpoint.channel,
          segment,
        });
        used.push({ step: step.id, touchpoint: touchpoint.id, time });
        const back = stageSteps[i - 1];
        if (back !== undefined && random.chance(0.03)) {
          const again = random.pick(back.touchpoints);
          time += random.int(1, 10) * 60_000;
          rows.push({
            customer,
            timestamp: iso(time),
            event: eventName(again.id),
            channel: again.channel,
            segment,
          });
        }
      }
      if (stageSteps.length > 0) reached[k] = (reached[k] ?? 0) + 1;
      if (random.chance(design.dropOff[k] ?? 0)) break;
      time += random.int(1, 48) * 3_600_000;
    }
    events += rows.length;
    let response: SampleResponse | undefined;
    if (used.length > 0 && random.chance(0.3)) {
      const atPain = used.find((u) => u.step === design.painStep);
      const about = atPain !== undefined && random.chance(0.7) ? atPain : random.pick(used);
      const unhappy = about.step === design.painStep && random.chance(0.8);
      const mood = unhappy ? -1.5 + random.next() : 0.3 + random.next() * 1.5;
      const comment = unhappy
        ? random.pick(NEGATIVE).replace('{p}', design.phrase)
        : mood > 1
          ? random.pick(POSITIVE)
          : random.pick(NEUTRAL);
      response = {
        respondent: customer,
        date: iso(about.time + 3_600_000).slice(0, 10),
        touchpoint: about.touchpoint,
        nps: clamp(5 + mood * 2.5 + (random.next() - 0.5) * 2, 0, 10),
        csat: clamp(3 + mood + (random.next() - 0.5), 1, 5),
        ces: clamp(4 + mood * 1.5 + (random.next() - 0.5), 1, 7),
        comment,
        segment,
      };
      responses++;
    }
    yield { events: rows, ...(response ? { response } : {}) };
  }
  const pain = design.steps.find((s) => s.id === design.painStep);
  const drops = journey.stages.map((stage, k) => ({ stage: stage.id, dropOff: design.dropOff[k] ?? 0 }));
  const biggest = [...drops].sort((a, b) => b.dropOff - a.dropOff)[0];
  return {
    journey: journey.id,
    customers: options.customers,
    seed: options.seed,
    designedDropOff: drops,
    biggestDropAfter: biggest?.stage ?? '',
    reached: journey.stages.map((stage, k) => ({ stage: stage.id, customers: reached[k] ?? 0 })),
    painPoint: {
      step: design.painStep,
      touchpoints: pain?.touchpoints.map((t) => t.id) ?? [],
      phrase: design.phrase,
    },
    events,
    responses,
  };
}
