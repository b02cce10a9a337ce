// Core benchmark: parse + validate the 1,000-touchpoint map from YAML text, lint it, diff it.
import { diffJourneys, lintJourney, parseJourney, writeJourney } from '@waymark/core';
import { bigJourney } from './bigJourney.mjs';
import { measure } from './stats.mjs';

export async function run() {
  const journey = bigJourney();
  const yaml = writeJourney(journey, 'yaml');
  const changed = structuredClone(journey);
  changed.stages.reverse();
  return [
    {
      ...(await measure('parse + validate (YAML, 1,000 touchpoints)', () =>
        parseJourney(yaml, { fileName: 'bench.yaml' }),
      )),
      target: '< 50 ms',
      targetMs: 50,
    },
    await measure('lint + health score', () => lintJourney(journey, { today: '2026-11-25' })),
    await measure('semantic diff (stages reordered)', () => diffJourneys(journey, changed)),
  ];
}
