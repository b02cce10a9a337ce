// Analytics benchmark: sample data of about 1M events (a template's journey, seeded), then
// ingest (CSV and Parquet) and each analysis alone on the embedded DuckDB engine — seconds and
// events per second; the same end to end on current ClickHouse embedded (chdb). The 10M run and
// the hand-written SQL / streaming JS baselines come later.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  analysisRegistry,
  analyzeJourney,
  ClickHouseEngine,
  DuckDbEngine,
  journeyDesign,
  loadEvents,
  loadFeedback,
  mapEvents,
  readComments,
  writeSample,
} from '@waymark/analytics';
import { findTemplate, parseJourney } from '@waymark/core';
import { round } from './stats.mjs';

const EVENTS = Number(process.env.ANALYTICS_BENCH_EVENTS ?? 1_000_000);

async function timed(label, events, work) {
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  return {
    label,
    runs: 1,
    medianMs: round(ms),
    p95Ms: round(ms),
    eventsPerSecond: Math.round(events / (ms / 1000)),
  };
}

export async function run() {
  const parsed = parseJourney(findTemplate('retail-winter-jacket').source);
  if (!parsed.ok) throw new Error('template does not parse');
  const journey = parsed.journey;
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-analytics-'));
  try {
    // About 8 events per customer on this journey.
    const customers = Math.max(1000, Math.round(EVENTS / 8.2));
    let truth;
    const results = [];
    results.push(
      await timed(`write sample data (${customers} customers, CSV + Parquet)`, EVENTS, async () => {
        ({ truth } = await writeSample(journey, dir, { customers, seed: 1, formats: ['csv', 'parquet'] }));
      }),
    );
    const events = truth.events;
    results.push({ label: `${events} events, ${truth.responses} survey responses`, note: true });
    const design = journeyDesign(journey);
    for (const format of ['csv', 'parquet']) {
      const engine = await DuckDbEngine.open();
      results.push(
        await timed(`ingest events.${format}`, events, () =>
          loadEvents(engine, join(dir, `events.${format}`)),
        ),
      );
      await engine.close();
    }
    const engine = await DuckDbEngine.open();
    await loadEvents(engine, join(dir, 'events.parquet'));
    await loadFeedback(engine, join(dir, 'survey.csv'), design);
    results.push(await timed('map events to the journey (signals)', events, () => mapEvents(engine, design)));
    results.push(
      await timed(`read ${truth.responses} survey comments (wink-nlp)`, events, () => readComments(engine)),
    );
    const context = { engine, design, scope: {}, options: {} };
    for (const analysis of analysisRegistry) {
      if (analysis.id === 'comparison') continue;
      results.push(await timed(`analysis: ${analysis.id}`, events, () => analysis.run(context)));
    }
    await engine.close();
    results.push(
      await timed('end to end: analyzeJourney (Parquet + survey, all analyses)', events, () =>
        analyzeJourney({ journey, events: join(dir, 'events.parquet'), feedback: join(dir, 'survey.csv') }),
      ),
    );
    // The SQL the ClickHouse engine sends a server, on current ClickHouse in this process (chdb,
    // a dev dependency): the engine's cost without the network (files are read by DuckDB either way).
    const { chdbTransport } = await import('../packages/analytics/dist/testing/chdbTransport.js');
    results.push(
      await timed('end to end on ClickHouse (chdb, embedded current release)', events, async () => {
        const engine = new ClickHouseEngine(chdbTransport());
        try {
          await analyzeJourney({
            journey,
            events: join(dir, 'events.parquet'),
            feedback: join(dir, 'survey.csv'),
            engine,
          });
        } finally {
          await engine.close();
        }
      }),
    );
    for (const r of results) {
      if (r.eventsPerSecond !== undefined)
        r.label = `${r.label} (${(r.eventsPerSecond / 1e6).toFixed(2)}M events/s)`;
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
