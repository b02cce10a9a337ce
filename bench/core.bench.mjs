// Core benchmark: parse + validate the 1,000-touchpoint map from YAML text, validate it as an API
// payload (parsed JSON, canonical form), lint it, diff it.
import { diffJourneys, lintJourney, parseJourney, validateJourney, writeJourney } from '@waymark/core';
import { bigJourney } from './bigJourney.mjs';
import { measure } from './stats.mjs';

export async function run() {
  const journey = bigJourney();
  const yaml = writeJourney(journey, 'yaml');
  const payload = JSON.parse(JSON.stringify(journey));
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
    {
      ...(await measure('validate (API payload)', () => {
        if (!validateJourney(payload).ok) throw new Error('the benchmark payload does not validate');
      })),
      target: '< 8 ms',
      targetMs: 8,
    },
    await measure('lint + health score', () => lintJourney(journey, { today: '2026-11-25' })),
    await measure('semantic diff (stages reordered)', () => diffJourneys(journey, changed)),
  ];
}
