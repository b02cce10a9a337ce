import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommands } from '../commands/applyCommands.js';
import type { JourneyCommand } from '../commands/journeyCommand.js';
import { templates } from '../templates/index.js';
import { parseJourney } from './parseJourney.js';
import { rewriteJourneyText } from './rewriteJourneyText.js';
import { compactJourney } from './writeJourney.js';

function journeyOf(text: string) {
  const parsed = parseJourney(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.journey;
}

function edited(text: string, commands: JourneyCommand[]) {
  const before = journeyOf(text);
  const applied = applyCommands(before, commands);
  if (!applied.ok) throw new Error(applied.errors.map((e) => e.message).join('; '));
  return { before, after: applied.journey };
}

const sketch = readFileSync(
  new URL('../../../../test/fixtures/winter-jacket.sketch.yaml', import.meta.url),
  'utf8',
);

describe('rewriteJourneyText', () => {
  it('appends a pain point to a hand-written file and keeps every line the person wrote', () => {
    const { before, after } = edited(sketch, [
      { op: 'add', kind: 'painPoint', item: { title: 'Delivery date unclear', severity: 4 } },
    ]);
    const result = rewriteJourneyText(sketch, before, after);
    expect(result.keptLayout).toBe(true);
    expect(compactJourney(journeyOf(result.text))).toEqual(compactJourney(after));
    const lines = new Set(result.text.split('\n'));
    for (const line of sketch.split('\n')) expect(lines, line).toContain(line);
    expect(result.text).toContain('# severity defaults to 3');
  });

  it('changes one field in place and leaves the rest of the text alone', () => {
    const { before, after } = edited(sketch, [
      { op: 'journey.set', set: { objective: 'Win first-time buyers at checkout' } },
    ]);
    const result = rewriteJourneyText(sketch, before, after);
    expect(result.keptLayout).toBe(true);
    const changed = result.text.split('\n').filter((line) => !sketch.split('\n').includes(line));
    expect(changed).toEqual(['objective: Win first-time buyers at checkout']);
  });

  it('keeps every line of every template through an added insight and a new measurement', () => {
    for (const template of templates) {
      const before = journeyOf(template.source);
      const metric = before.metrics[0];
      const commands: JourneyCommand[] = [
        { op: 'add', kind: 'insight', item: { text: 'Measured: most customers stop after the first stage' } },
      ];
      if (metric !== undefined)
        commands.push({
          op: 'measurement.add',
          metric: metric.id,
          measurement: { date: '2026-12-01', value: 42, source: 'waymark analyze' },
        });
      const applied = applyCommands(before, commands);
      if (!applied.ok) throw new Error(`${template.id}: ${applied.errors.map((e) => e.message).join('; ')}`);
      const result = rewriteJourneyText(template.source, before, applied.journey);
      expect(result.keptLayout, template.id).toBe(true);
      expect(compactJourney(journeyOf(result.text)), template.id).toEqual(compactJourney(applied.journey));
      // Lines outside the metrics field (rewritten whole when a measurement is added) are all kept.
      const metricsAt = template.source.search(/^metrics:/m);
      const untouched = metricsAt === -1 ? template.source : template.source.slice(0, metricsAt);
      const lines = new Set(result.text.split('\n'));
      for (const line of untouched.split('\n')) expect(lines, `${template.id}: ${line}`).toContain(line);
    }
  });

  it('writes the journey anew, and says so, when the text is not a journey mapping', () => {
    const { before, after } = edited(sketch, [{ op: 'journey.set', set: { owner: 'CX team' } }]);
    const result = rewriteJourneyText('- just\n- a list\n', before, after);
    expect(result.keptLayout).toBe(false);
    expect(compactJourney(journeyOf(result.text))).toEqual(compactJourney(after));
  });
});
