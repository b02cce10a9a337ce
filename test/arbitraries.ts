// Shared fast-check arbitraries: valid canonical journeys for property tests.
//
// `arbJourney()` builds a journey in two steps: first a skeleton where every reference is a
// random natural number, then a pure `map` that hands out unique ids (one namespace per journey)
// and resolves each number, modulo the number of possible targets, to a real element. That keeps
// every reference valid and lets fast-check shrink freely.
import type {
  Action,
  Emotion,
  Gain,
  Insight,
  Journey,
  Measurement,
  Metric,
  Opportunity,
  PainPoint,
  Path,
  Persona,
  Stage,
  Step,
  Touchpoint,
} from '@waymark/core';
import {
  actionStatuses,
  channels,
  evidenceLevels,
  findChannel,
  insightSources,
  metricKinds,
  opportunityStatuses,
  pathKinds,
  reservedIds,
  reviewCadences,
} from '@waymark/core';
import fc from 'fast-check';

/** Strings that break naive renderers, serialisers and parsers. All trimmed and non-empty. */
export const nastyTexts: readonly string[] = [
  '<script>alert(1)</script>',
  'Fish & chips',
  '"double" and \'single\' quotes',
  '# not a comment',
  'key: value',
  'price: $400–500',
  '- looks like a list item',
  '? a question mark',
  '*alias &anchor !tag',
  '%YAML 1.2',
  '@handle `code`',
  '{ "json": [1, 2] }',
  'yes',
  'null',
  '~',
  '0x1F',
  '1e3',
  '2024-01-01',
  '=SUM(A1:A9)',
  '+1 555 0100',
  '-42',
  'Emoji 😀👍🏽 🧥❄️',
  '春节快乐，买一件冬衣',
  'مرحبا بالعالم',
  'עברית RTL mixed with LTR',
  'Supercalifragilisticexpialidocious'.repeat(6),
  'line one\nline two',
  'tab\tinside',
  'back\\slash',
  'a]b[c}d{e',
  '<b>bold</b> & <i>italic</i>',
  '&amp; already escaped',
  ']]> CDATA end',
  '--> comment end',
];

const isTrimmedText = (text: string): boolean => text.length > 0 && text.trim() === text;

/** Trimmed, non-empty user text; sometimes one of the nasty strings. */
export function arbText(maxLength = 40): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 5, arbitrary: fc.lorem({ maxCount: 5 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength }) },
      { weight: 2, arbitrary: fc.constantFrom(...nastyTexts) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength }) },
    )
    .filter(isTrimmedText);
}

const idWords = ['shopper', 'checkout', 'search', 'price', 'a', 'x1', 'delivery', 'nps', 'Step.2', 'v_1'];

/** A syntactically valid id base (uniqueness is added later). */
const arbIdBase = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...idWords) },
  {
    weight: 1,
    arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,12}$/).filter((id) => !reservedIds.has(id)),
  },
);

const arbDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A finite number that survives JSON (no -0, NaN or infinities). */
const arbNumber = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .map((n) => (Object.is(n, -0) ? 0 : n)),
);
const arbShare = fc.constantFrom(0, 0.05, 0.1, 0.25, 0.333, 0.5, 0.6, 0.75, 1);
const arbRating = fc.integer({ min: 1, max: 5 });
const arbScore = fc.integer({ min: -4, max: 4 }).map((half) => (half === 0 ? 0 : half / 2));
const arbTexts = (max: number) => fc.array(arbText(), { maxLength: max });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const unknownChannels = ['fax', 'billboard', 'smart speaker', 'carrier pigeon', 'Podcast', 'tv'];
/** Known channel ids and words no channel knows; never an alias (the format would normalise it). */
const arbChannel = fc
  .oneof(fc.constantFrom(...channels.map((c) => c.id)), fc.constantFrom(...unknownChannels))
  .filter((word) => findChannel(word) === undefined || findChannel(word)?.id === word);

/** A reference: a number resolved modulo the number of targets at build time. */
const ref = fc.nat({ max: 1000 });
const refs = (max: number) => fc.array(ref, { maxLength: max });

const arbBackedRaw = fc.record({ evidence: opt(fc.constantFrom(...evidenceLevels)), insights: refs(2) });

const arbTouchpointRaw = fc.record({
  id: arbIdBase,
  channel: arbChannel,
  name: opt(arbText()),
  online: opt(fc.boolean()),
  department: opt(arbText()),
  momentOfTruth: opt(arbText()),
  backed: arbBackedRaw,
});

const arbEmotionRaw = fc.record({
  persona: ref,
  score: arbScore,
  thoughts: arbTexts(2),
  backed: arbBackedRaw,
});

const arbStepRaw = (maxTouchpoints: number) =>
  fc.record({
    id: arbIdBase,
    name: arbText(),
    description: opt(arbText(80)),
    touchpoints: fc.array(arbTouchpointRaw, { maxLength: maxTouchpoints }),
    emotions: fc.array(arbEmotionRaw, { maxLength: 4 }),
    thoughts: arbTexts(2),
    momentOfTruth: opt(arbText()),
    blueprint: fc.record({
      frontstage: arbTexts(2),
      backstage: arbTexts(2),
      support: arbTexts(1),
      systems: arbTexts(1),
      physical: arbTexts(1),
    }),
    detail: opt(fc.constantFrom('./details/checkout.yaml', 'checkout-detail')),
    backed: arbBackedRaw,
  });

type Unwrap<A> = A extends fc.Arbitrary<infer T> ? T : never;
type StepRaw = Unwrap<ReturnType<typeof arbStepRaw>>;
type BackedRaw = Unwrap<typeof arbBackedRaw>;
type FindingRaw = Unwrap<typeof arbFindingRaw>;

const arbFindingRaw = fc.record({
  id: arbIdBase,
  title: arbText(),
  description: opt(arbText(80)),
  at: opt(ref),
  severity: arbRating,
  reach: opt(arbShare),
  personas: refs(2),
  backed: arbBackedRaw,
});

/** Options of `arbJourney`. */
export interface ArbJourneyOptions {
  /** Most personas (at least 1). Default 4. */
  readonly maxPersonas?: number;
  /** Most stages (at least 1). Default 6. */
  readonly maxStages?: number;
  /** Most steps per stage. Default 5. */
  readonly maxSteps?: number;
  /** Most touchpoints per step. Default 3. */
  readonly maxTouchpoints?: number;
  /** Most elements in each journey-level list (insights, pain points, …). Default 4. */
  readonly maxItems?: number;
}

/** The skeleton: elements with id bases, references as numbers. */
function arbRawJourney(options: ArbJourneyOptions) {
  const maxPersonas = Math.max(1, options.maxPersonas ?? 4);
  const maxStages = Math.max(1, options.maxStages ?? 6);
  const maxSteps = Math.max(0, options.maxSteps ?? 5);
  const maxItems = Math.max(0, options.maxItems ?? 4);
  const stepRaw = arbStepRaw(Math.max(0, options.maxTouchpoints ?? 3));

  const raw = fc.record({
    head: fc.record({
      id: arbIdBase,
      title: arbText(),
      objective: opt(arbText(80)),
      description: opt(arbText(120)),
      scope: fc.constantFrom('high-level', 'interaction'),
      state: fc.constantFrom('current', 'future'),
      redesigns: opt(arbText()),
      status: fc.constantFrom('draft', 'in-review', 'published'),
      owner: opt(arbText()),
      version: opt(fc.constantFrom('1.0', 'v2', '2024-Q3')),
      tags: arbTexts(3),
      review: opt(
        fc.record(
          { cadence: fc.constantFrom(...reviewCadences), lastReviewed: arbDate },
          { requiredKeys: [] },
        ),
      ),
    }),
    personas: fc.array(
      fc.record({
        id: arbIdBase,
        name: arbText(),
        segment: opt(arbText()),
        description: opt(arbText(80)),
        goals: arbTexts(2),
        needs: arbTexts(2),
        frustrations: arbTexts(2),
        behaviours: arbTexts(2),
        quote: opt(arbText()),
        share: opt(arbShare),
        color: opt(fc.stringMatching(/^#[0-9a-fA-F]{6}$/)),
        avatar: opt(fc.constantFrom('BS', 'https://example.com/a.png', '🧥')),
      }),
      { minLength: 1, maxLength: maxPersonas },
    ),
    stages: fc.array(
      fc.record({
        id: arbIdBase,
        name: arbText(),
        description: opt(arbText(80)),
        steps: fc.array(stepRaw, { maxLength: maxSteps }),
        loop: opt(fc.record({ to: ref, reason: opt(arbText()) })),
        backed: arbBackedRaw,
      }),
      { minLength: 1, maxLength: maxStages },
    ),
    paths: fc.array(
      fc.record({
        id: arbIdBase,
        name: arbText(),
        kind: fc.constantFrom(...pathKinds),
        from: ref,
        rejoin: opt(ref),
        share: opt(arbShare),
        description: opt(arbText()),
        steps: fc.array(stepRaw, { maxLength: 2 }),
        backed: arbBackedRaw,
      }),
      { maxLength: 2 },
    ),
    insights: fc.array(
      fc.record({
        id: arbIdBase,
        text: arbText(120),
        source: fc.constantFrom(...insightSources),
        date: opt(arbDate),
        reference: opt(fc.constantFrom('https://example.com/survey?id=1&x=2', 'TICKET-42', 'notes.md')),
        personas: refs(2),
      }),
      { maxLength: maxItems },
    ),
    painPoints: fc.array(arbFindingRaw, { maxLength: maxItems }),
    gains: fc.array(arbFindingRaw, { maxLength: maxItems }),
    opportunities: fc.array(
      fc.record({
        id: arbIdBase,
        title: arbText(),
        description: opt(arbText(80)),
        addresses: refs(3),
        impact: arbRating,
        effort: arbRating,
        confidence: arbShare,
        reach: opt(arbShare),
        status: fc.constantFrom(...opportunityStatuses),
        owner: opt(arbText()),
        metrics: refs(2),
        backed: arbBackedRaw,
      }),
      { maxLength: maxItems },
    ),
    actions: fc.array(
      fc.record({
        id: arbIdBase,
        title: arbText(),
        description: opt(arbText(80)),
        opportunity: opt(ref),
        owner: opt(arbText()),
        department: opt(arbText()),
        due: opt(arbDate),
        status: fc.constantFrom(...actionStatuses),
        kpi: opt(fc.record({ metric: ref, change: opt(arbNumber) })),
      }),
      { maxLength: maxItems },
    ),
    metrics: fc.array(
      fc.record({
        id: arbIdBase,
        name: arbText(),
        kind: fc.constantFrom(...metricKinds),
        at: opt(ref),
        unit: opt(fc.constantFrom('%', 'points', 'min', '€', 'score')),
        direction: opt(fc.constantFrom('up', 'down')),
        baseline: opt(arbNumber),
        target: opt(arbNumber),
        measurements: fc.array(
          fc.record({ date: arbDate, value: arbNumber, source: opt(arbText()), note: opt(arbText()) }),
          { maxLength: 3 },
        ),
        backed: arbBackedRaw,
      }),
      { maxLength: maxItems },
    ),
  });

  return raw;
}

type RawJourney = Unwrap<ReturnType<typeof arbRawJourney>>;

/** A valid canonical journey (the zod output type): `Journey.parse(j)` deep-equals `j`. */
export function arbJourney(options: ArbJourneyOptions = {}): fc.Arbitrary<Journey> {
  return arbRawJourney(options).map(build);
}

/** Drops keys whose value is undefined, so optional fields are absent as zod leaves them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Hands out unique ids from the generated bases: `a`, `a-2`, … */
function idMaker(): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

const pick = <T>(items: readonly T[], n: number | undefined): T | undefined =>
  n === undefined || items.length === 0 ? undefined : items[n % items.length];
const pickMany = (items: readonly string[], ns: readonly number[]): string[] =>
  items.length === 0 ? [] : [...new Set(ns.map((n) => items[n % items.length] as string))];

/** Turns the skeleton into a journey: unique ids first, then every reference resolved. */
function build(raw: RawJourney): Journey {
  const nextId = idMaker();
  const withId = <T extends { id: string }>(items: readonly T[]) =>
    items.map((item) => ({ ...item, id: nextId(item.id) }));

  const personas = withId(raw.personas);
  const insights = withId(raw.insights);
  const stages = withId(raw.stages).map((stage) => ({ ...stage, steps: withStepIds(stage.steps) }));
  const paths = withId(raw.paths).map((path) => ({ ...path, steps: withStepIds(path.steps) }));
  const painPoints = withId(raw.painPoints);
  const gains = withId(raw.gains);
  const opportunities = withId(raw.opportunities);
  const actions = withId(raw.actions);
  const metrics = withId(raw.metrics);
  const journeyId = nextId(raw.head.id);

  function withStepIds(steps: readonly StepRaw[]) {
    return withId(steps).map((step) => ({ ...step, touchpoints: withId(step.touchpoints) }));
  }

  const personaIds = personas.map((p) => p.id);
  const insightIds = insights.map((i) => i.id);
  const mainSteps = stages.flatMap((stage) => stage.steps);
  const everySteps = [...mainSteps, ...paths.flatMap((path) => path.steps)];
  const stepIds = everySteps.map((s) => s.id);
  const touchpointIds = everySteps.flatMap((s) => s.touchpoints.map((t) => t.id));
  const stepOrTouchpoint = [...stepIds, ...touchpointIds];
  const painIds = painPoints.map((p) => p.id);
  const opportunityIds = opportunities.map((o) => o.id);
  const metricIds = metrics.map((m) => m.id);
  const metricTargets = [...stages.map((s) => s.id), ...stepOrTouchpoint];

  const backed = (b: BackedRaw) =>
    compact({ evidence: b.evidence, insights: pickMany(insightIds, b.insights) });
  const moment = (reason: string | undefined) => (reason === undefined ? undefined : { reason });

  const toStep = (step: (typeof everySteps)[number]): Step => {
    const emotions: Record<string, Emotion> = {};
    for (const emotion of step.emotions) {
      const persona = pick(personaIds, emotion.persona) as string;
      emotions[persona] = { score: emotion.score, thoughts: emotion.thoughts, ...backed(emotion.backed) };
    }
    return compact({
      id: step.id,
      name: step.name,
      description: step.description,
      touchpoints: step.touchpoints.map(
        (t): Touchpoint =>
          compact({
            id: t.id,
            channel: t.channel,
            name: t.name,
            online: t.online,
            department: t.department,
            momentOfTruth: moment(t.momentOfTruth),
            ...backed(t.backed),
          }),
      ),
      emotions,
      thoughts: step.thoughts,
      momentOfTruth: moment(step.momentOfTruth),
      blueprint: { ...step.blueprint },
      detail: step.detail,
      ...backed(step.backed),
    });
  };

  const toFinding = (f: FindingRaw): PainPoint & Gain =>
    compact({
      id: f.id,
      title: f.title,
      description: f.description,
      at: pick(stepOrTouchpoint, f.at),
      severity: f.severity,
      reach: f.reach,
      personas: pickMany(personaIds, f.personas),
      ...backed(f.backed),
    });

  const stageList: Stage[] = stages.map((stage, index) => {
    const earlier = stages.slice(0, index).map((s) => s.id);
    const to = stage.loop === undefined ? undefined : pick(earlier, stage.loop.to);
    return compact({
      id: stage.id,
      name: stage.name,
      description: stage.description,
      steps: stage.steps.map(toStep),
      loop: to === undefined ? undefined : compact({ to, reason: stage.loop?.reason }),
      ...backed(stage.backed),
    });
  });

  const mainStepIds = mainSteps.map((s) => s.id);
  const pathList: Path[] =
    mainStepIds.length === 0
      ? []
      : paths.map((path) =>
          compact({
            id: path.id,
            name: path.name,
            kind: path.kind,
            from: pick(mainStepIds, path.from) as string,
            rejoin: pick(mainStepIds, path.rejoin),
            share: path.share,
            description: path.description,
            steps: path.steps.map(toStep),
            ...backed(path.backed),
          }),
        );
  // Findings may point into paths only when the paths survive.
  const validTargets = new Set([
    ...stageList.flatMap((s) => s.steps.flatMap((st) => [st.id, ...st.touchpoints.map((t) => t.id)])),
    ...pathList.flatMap((p) => p.steps.flatMap((st) => [st.id, ...st.touchpoints.map((t) => t.id)])),
  ]);
  const inJourney = <T extends { at?: string }>(item: T): T =>
    item.at === undefined || validTargets.has(item.at) ? item : compact({ ...item, at: undefined });
  const validMetricTargets = new Set([...stageList.map((s) => s.id), ...validTargets]);

  const head = raw.head;
  return compact({
    formatVersion: 1 as const,
    id: journeyId,
    title: head.title,
    objective: head.objective,
    description: head.description,
    scope: head.scope,
    state: head.state,
    redesigns: head.redesigns,
    status: head.status,
    owner: head.owner,
    version: head.version,
    tags: head.tags,
    review: head.review === undefined ? undefined : compact(head.review),
    personas: personas.map((p): Persona => compact(p)),
    stages: stageList,
    paths: pathList,
    insights: insights.map(
      (i): Insight =>
        compact({
          id: i.id,
          text: i.text,
          source: i.source,
          date: i.date,
          reference: i.reference,
          personas: pickMany(personaIds, i.personas),
        }),
    ),
    painPoints: painPoints.map(toFinding).map(inJourney),
    gains: gains.map(toFinding).map(inJourney),
    opportunities: opportunities.map(
      (o): Opportunity =>
        compact({
          id: o.id,
          title: o.title,
          description: o.description,
          addresses: pickMany(painIds, o.addresses),
          impact: o.impact,
          effort: o.effort,
          confidence: o.confidence,
          reach: o.reach,
          status: o.status,
          owner: o.owner,
          metrics: pickMany(metricIds, o.metrics),
          ...backed(o.backed),
        }),
    ),
    actions: actions.map((a): Action => {
      const metric = a.kpi === undefined ? undefined : pick(metricIds, a.kpi.metric);
      return compact({
        id: a.id,
        title: a.title,
        description: a.description,
        opportunity: pick(opportunityIds, a.opportunity),
        owner: a.owner,
        department: a.department,
        due: a.due,
        status: a.status,
        kpi: metric === undefined ? undefined : compact({ metric, change: a.kpi?.change }),
      });
    }),
    metrics: metrics.map((m): Metric => {
      const at = pick(metricTargets, m.at);
      return compact({
        id: m.id,
        name: m.name,
        kind: m.kind,
        at: at !== undefined && validMetricTargets.has(at) ? at : undefined,
        unit: m.unit,
        direction: m.direction,
        baseline: m.baseline,
        target: m.target,
        measurements: m.measurements.map((x): Measurement => compact(x)),
        ...backed(m.backed),
      });
    }),
  });
}
