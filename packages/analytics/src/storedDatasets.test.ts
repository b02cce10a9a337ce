import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from './analyzeJourney.js';
import { analyzeDatasets, storeDataset } from './storedDatasets.js';
import { smallJourney } from './testing/smallJourney.js';
import { smallFeedbackCsv, smallLogCsv } from './testing/smallLog.js';
import { csv, tempFiles } from './testing/tempFiles.js';

const files = tempFiles();
afterAll(() => files.cleanup());
const now = new Date('2024-02-01T00:00:00Z');

describe('stored datasets', () => {
  it('analyses stored events and feedback exactly as analyzeJourney analyses the files', async () => {
    const events = files.put('events.csv', smallLogCsv);
    const feedback = files.put('feedback.csv', smallFeedbackCsv);
    const stored = {
      events: {
        path: join(files.dir, 'e.duckdb'),
        summary: await storeDataset({ kind: 'events', source: events, target: join(files.dir, 'e.duckdb') }),
      },
      feedback: {
        path: join(files.dir, 'f.duckdb'),
        summary: await storeDataset({
          kind: 'feedback',
          source: feedback,
          target: join(files.dir, 'f.duckdb'),
        }),
      },
    };
    const direct = await analyzeJourney({ journey: smallJourney(), events, feedback, now });
    const fromStore = await analyzeDatasets({ journey: smallJourney(), ...stored, now });
    expect(fromStore).toEqual(direct);
    expect(fromStore.funnel?.stages.length).toBeGreaterThan(0);
    expect(fromStore.feedback?.scores.length).toBeGreaterThan(0);
  });

  it('names the input as asked and leaves nothing behind when the file is refused', async () => {
    const bad = files.put(
      'bad.csv',
      csv('user_id,event,timestamp', ['a,visit,2024-01-01T10:00:00Z', 'b,visit,not a time']),
    );
    const target = join(files.dir, 'bad.duckdb');
    await expect(storeDataset({ kind: 'events', source: bad, target, strict: true })).rejects.toThrow(
      /bad\.csv:3/,
    );
    expect(readdirSync(files.dir).filter((name) => name.startsWith('bad.duckdb'))).toEqual([]);
    const summary = await storeDataset({ kind: 'events', source: bad, target, name: 'upload.csv' });
    expect(summary).toMatchObject({
      file: 'upload.csv',
      rowsTaken: 1,
      rowsSkipped: 1,
      skipped: [{ line: 3 }],
    });
    expect(existsSync(target)).toBe(true);
    expect(existsSync(`${target}.loading`)).toBe(false);
  });
});
