import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../../test/arbitraries.js';
import { Journey } from '../../model/journey.js';
import type { ImportResult } from '../interchangeFormat.js';
import { exportUjm } from './exportUjm.js';
import { importUjm } from './importUjm.js';
import { channelFromUjm, ujmChannel } from './ujmVocabulary.js';

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}

const journey = Journey.parse({
  id: 'jacket',
  title: 'Buying a winter jacket',
  objective: 'Win the order',
  version: '2.0',
  tags: ['retail'],
  personas: [{ id: 'shopper', name: 'Budget shopper', share: 0.6 }],
  stages: [
    {
      id: 'consider',
      name: 'Consideration',
      steps: [
        {
          id: 'search',
          name: 'Searches the shop',
          touchpoints: [
            { id: 'search-page', channel: 'app', name: 'product search' },
            { id: 'friend', channel: 'word-of-mouth' },
          ],
          emotions: { shopper: { score: 1, thoughts: ['Nice'] } },
        },
        { id: 'compare', name: 'Compares prices', detail: './details/compare.yaml' },
      ],
    },
    { id: 'later', name: 'Later, no steps yet', loop: { to: 'consider' } },
  ],
  paths: [
    {
      id: 'gives-up',
      name: 'Gives up',
      kind: 'unhappy',
      from: 'search',
      steps: [{ id: 'leave', name: 'Leaves' }],
    },
  ],
  painPoints: [{ id: 'unclear', title: 'Price unclear', at: 'compare' }],
});

describe('UJM 1.0-draft export', () => {
  const document = JSON.parse(exportUjm(journey));

  it('writes a UJM Journey with its design-time terms', () => {
    expect(document['@context']['@vocab']).toBe('https://www.openuji.org/ns/ujm#');
    expect(document).toMatchObject({
      id: 'urn:waymark:journey:jacket',
      type: 'Journey',
      title: 'Buying a winter jacket',
      goal: 'Win the order',
      version: '2.0',
      tags: ['retail'],
      personas: ['urn:waymark:journey:jacket:shopper'],
      start: 'urn:waymark:journey:jacket:search',
      end: 'urn:waymark:journey:jacket:compare',
    });
    expect(document.steps.map((s: { type: string; name: string }) => [s.type, s.name])).toEqual([
      ['Step', 'Searches the shop'],
      ['CallStep', 'Compares prices'],
      ['Step', 'Leaves'],
    ]);
    expect(document.steps[0]).toMatchObject({
      touchpoint: 'urn:waymark:journey:jacket:search-page',
      channel: 'MobileApp',
    });
    expect(document.steps[1].calls).toBe('./details/compare.yaml');
    expect(document.phases).toEqual([
      {
        id: 'urn:waymark:journey:jacket:consider',
        type: 'Phase',
        name: 'Consideration',
        members: [
          { step: 'urn:waymark:journey:jacket:search', order: 0 },
          { step: 'urn:waymark:journey:jacket:compare', order: 1 },
        ],
      },
    ]);
    expect(document.transitions).toEqual([
      {
        type: 'Transition',
        from: 'urn:waymark:journey:jacket:search',
        to: 'urn:waymark:journey:jacket:compare',
      },
      {
        type: 'Transition',
        from: 'urn:waymark:journey:jacket:search',
        to: 'urn:waymark:journey:jacket:leave',
        label: 'unhappy',
      },
    ]);
  });

  it('keeps emotions and everything else without a UJM term in the extension fields, not in UJM terms', () => {
    expect(document.steps[0].emotions).toBeUndefined();
    expect(document.steps[0]['waymark:step'].emotions).toEqual({
      shopper: { score: 1, thoughts: ['Nice'], insights: [] },
    });
    expect(document['waymark:journey'].stages).toEqual([
      { id: 'consider' },
      { id: 'later', name: 'Later, no steps yet', loop: { to: 'consider' } },
    ]);
    expect(document['waymark:journey'].paths).toEqual([
      { id: 'gives-up', name: 'Gives up', kind: 'unhappy', from: 'search', steps: ['leave'] },
    ]);
  });

  it('maps channels to UJM terms and back', () => {
    expect(
      ['web', 'app', 'phone', 'in-person', 'email', 'sms', 'word-of-mouth', 'carrier pigeon'].map(ujmChannel),
    ).toEqual(['Web', 'MobileApp', 'Phone', 'InPerson', 'Email', 'SMS', 'WordOfMouth', 'CarrierPigeon']);
    expect(
      [
        'ujm:MobileApp',
        'InPerson',
        'WordOfMouth',
        'https://www.openuji.org/ns/ujm#Email',
        'Kiosk',
        'SmartSpeaker',
      ].map(channelFromUjm),
    ).toEqual(['app', 'in-person', 'word-of-mouth', 'email', 'kiosk', 'smart speaker']);
  });
});

describe('UJM 1.0-draft import', () => {
  it('gives back the exported journey, without loss', () => {
    expect(imported(importUjm(exportUjm(journey))).journey).toStrictEqual(journey);
    fc.assert(
      fc.property(arbJourney(), (generated) => {
        expect(imported(importUjm(exportUjm(generated))).journey).toStrictEqual(generated);
      }),
      { numRuns: 100 },
    );
  });

  it('reads a hand-written UJM document from another tool', () => {
    const sample = `{
  "@context": { "@vocab": "https://www.openuji.org/ns/ujm#", "id": "@id", "type": "@type" },
  "id": "https://example.org/journeys/signup",
  "type": "Journey",
  "title": "Account sign-up",
  "goal": "Get new users to their first project",
  "version": 3,
  "created": "2025-01-01T10:00:00Z",
  "personas": ["https://example.org/personas/new-user"],
  "steps": [
    { "id": "https://example.org/steps/confirm", "type": "Step", "name": "Confirms the e-mail address",
      "channel": "ujm:Email", "touchpoint": "https://example.org/touchpoints/welcome-mail" },
    { "id": "https://example.org/steps/landing", "type": "Step", "name": "Visits the landing page",
      "description": "Arrives from an ad", "channel": "Web", "persona": "https://example.org/personas/new-user",
      "preconditions": ["Has seen an ad"] },
    { "id": "https://example.org/steps/form", "type": "Step", "name": "Fills in the form" },
    { "id": "https://example.org/steps/pay", "type": "CallStep", "name": "Pays",
      "calls": "https://example.org/journeys/checkout" },
    { "id": "urn:uuid:6f1c", "type": "Step", "name": "Invites a colleague" }
  ],
  "transitions": [
    { "type": "Transition", "from": "https://example.org/steps/landing", "to": "https://example.org/steps/form" }
  ],
  "phases": [
    { "id": "https://example.org/phases/discover", "type": "Phase", "name": "Discover",
      "members": [ { "step": "https://example.org/steps/form", "order": 2 },
                   { "step": "https://example.org/steps/landing", "order": 1 } ] },
    { "id": "https://example.org/phases/activate", "type": "Phase", "name": "Activate",
      "members": [ { "step": "https://example.org/steps/confirm" }, { "step": "https://example.org/steps/form" },
                   { "step": "https://example.org/steps/pay" }, { "step": "https://example.org/steps/gone" } ] }
  ],
  "sessions": [ { "id": "https://example.org/sessions/first", "type": "Session", "members": [] } ]
}`;
    const { journey: j, notes } = imported(importUjm(sample, { fileName: 'signup.jsonld' }));
    expect(j.id).toBe('signup');
    expect(j.title).toBe('Account sign-up');
    expect(j.objective).toBe('Get new users to their first project');
    expect(j.version).toBe('3');
    expect(j.personas).toEqual([
      { id: 'new-user', name: 'New user', goals: [], needs: [], frustrations: [], behaviours: [] },
    ]);
    expect(j.stages.map((s) => [s.id, s.name, s.steps.map((step) => step.id)])).toEqual([
      ['discover', 'Discover', ['landing', 'form']],
      ['activate', 'Activate', ['confirm', 'pay']],
      ['other-steps', 'Other steps', ['6f1c']],
    ]);
    const steps = j.stages.flatMap((s) => s.steps);
    expect(steps.find((s) => s.id === 'landing')?.description).toBe(
      'Arrives from an ad\nPreconditions: Has seen an ad',
    );
    expect(steps.find((s) => s.id === 'landing')?.touchpoints).toEqual([
      { id: 'web', channel: 'web', insights: [] },
    ]);
    expect(steps.find((s) => s.id === 'confirm')?.touchpoints).toEqual([
      {
        id: 'welcome-mail',
        channel: 'email',
        name: 'https://example.org/touchpoints/welcome-mail',
        insights: [],
      },
    ]);
    expect(steps.find((s) => s.id === 'pay')?.detail).toBe('https://example.org/journeys/checkout');
    expect(notes).toEqual([
      'step preconditions and postconditions were added to the step descriptions',
      'a step\'s "persona" has no place in Waymark (emotions are per persona); not kept',
      'step "form" is in more than one phase; kept it in the first',
      'phases[1].members[3]: step "https://example.org/steps/gone" is not in "steps"; skipped',
      '1 step(s) in no phase are in a last stage "Other steps"',
      'sessions have no place in Waymark; not kept',
      'transitions are not imported; steps follow the order of the phases and of "steps"',
      'created/modified dates are not kept',
    ]);
  });

  it('finds the Journey inside an @graph and puts steps without phases in one stage', () => {
    const graph = JSON.stringify({
      '@context': { '@vocab': 'https://www.openuji.org/ns/ujm#' },
      '@graph': [
        { id: 'urn:x:run', type: 'JourneyRun', journey: 'urn:x:j' },
        {
          id: 'urn:x:j',
          type: ['ujm:Journey'],
          title: 'Graph',
          steps: [{ id: 'urn:x:a', type: 'Step', name: 'A' }],
        },
      ],
    });
    const { journey: j, notes } = imported(importUjm(graph));
    expect(j.stages.map((s) => [s.name, s.steps.map((step) => step.name)])).toEqual([['Steps', ['A']]]);
    expect(notes).toEqual(['no phases; all steps are in one stage "Steps"']);
  });

  it('reports bad documents with their lines', () => {
    const broken = importUjm('{\n  "type": "Journey",\n  "title": "x",\n  oops\n}', { fileName: 'a.json' });
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.errors[0]?.line).toBe(4);
      expect(broken.errors[0]?.message).toMatch(/^not valid JSON/);
    }
    const noJourney = importUjm('{ "type": "Persona" }');
    expect(!noJourney.ok && noJourney.errors[0]?.message).toContain('no UJM Journey found');
    const missing = importUjm(
      '{\n  "type": "Journey",\n  "steps": [\n    { "id": "urn:a", "type": "Step" }\n  ]\n}',
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.errors.map((e) => [e.line, e.path, e.message])).toEqual([
        [1, 'title', 'a UJM Journey needs a "title"'],
        [4, 'steps.0', 'a UJM Step needs a "name"'],
      ]);
    }
  });

  it('locates problems inside the extension fields', () => {
    const document = JSON.parse(exportUjm(journey));
    document.steps[0]['waymark:step'].emotions.shopper.score = 5;
    const result = importUjm(JSON.stringify(document, null, 2));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe('stages[0].steps[0].emotions.shopper.score');
      const lines = JSON.stringify(document, null, 2).split('\n');
      expect(result.errors[0]?.line).toBe(lines.findIndex((line) => line.includes('"score": 5')) + 1);
    }
  });
});
