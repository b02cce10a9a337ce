// Analytics benchmark (issue #6): sample data of 1M and 10M events (the retail template's journey,
// seeded; `ANALYTICS_BENCH_EVENTS=1000000,10000000` to choose), then, each in its own process so
// peak memory is its own:
// - DuckDB's own read_csv of the events file (the ceiling for any ingest);
// - Waymark end to end, as `waymark analyze` runs it (CSV events + survey, every analysis), and the
//   same on current ClickHouse embedded (chdb);
// - Waymark step by step, beside (a) the same analyses in hand-written DuckDB SQL and (b) a
//   straightforward streaming JavaScript program (bench/analyticsBaselines.mjs).
// The three must agree on the figures they share (funnel, paths, directly-follows, conformance,
// response counts) or the run fails. Targets: 10M events end to end < 15 s with peak RSS < 2 GiB,
// and no analysis more than 20% slower than the hand-written SQL.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSample } from '@waymark/analytics';
import { benchJourney } from './analyticsBaselines.mjs';

const sizes = (process.env.ANALYTICS_BENCH_EVENTS ?? '1000000,10000000').split(',').map(Number);
const baselines = fileURLToPath(new URL('./analyticsBaselines.mjs', import.meta.url));
/** Analyses compared with the hand-written SQL, by the step names the implementations share. */
const compared = ['funnel', 'paths', 'dfg', 'conformance', 'feedback scores'];
const endToEndTargetMs = 15_000;
const rssTargetMb = 2048;

function child(kind, dir) {
  const out = execFileSync(process.execPath, [baselines, kind, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out);
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rate = (events, ms) => `${(events / (ms / 1000) / 1e6).toFixed(2)}M events/s`;

export async function run() {
  const journey = benchJourney();
  const results = [];
  for (const target of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-analytics-'));
    try {
      // About 8.2 events per customer on this journey.
      const customers = Math.max(1000, Math.round(target / 8.2));
      const start = performance.now();
      const { truth } = await writeSample(journey, dir, { customers, seed: 1, formats: ['csv'] });
      const megabytes = statSync(join(dir, 'events.csv')).size / 1e6;
      const events = truth.events;
      results.push({
        label: `${events} events (${customers} customers, ${megabytes.toFixed(0)} MB CSV), ${truth.responses} survey responses — written in ${seconds(performance.now() - start)}`,
        note: true,
      });

      const ceiling = child('read-csv', dir).steps['read_csv into a table'];
      results.push({
        label: `  DuckDB read_csv (ceiling): ${seconds(ceiling)}, ${(megabytes / (ceiling / 1000)).toFixed(0)} MB/s, ${rate(events, ceiling)}`,
        note: true,
      });

      const end = child('waymark-end-to-end', dir);
      const endMs = end.steps['end to end'];
      const met = endMs < endToEndTargetMs && end.peakRssMb < rssTargetMb;
      results.push({
        label: `  Waymark end to end: ${seconds(endMs)} (${rate(events, endMs)}), peak RSS ${end.peakRssMb} MB${target >= 10_000_000 ? `   target < 15 s, < 2 GiB${met ? '  ok' : '  MISSED'}` : ''}`,
        note: true,
      });

      const chdb = child('waymark-chdb', dir);
      results.push({
        label: `  Waymark end to end on ClickHouse (chdb, embedded current release): ${seconds(chdb.steps['end to end'])}, peak RSS ${chdb.peakRssMb} MB`,
        note: true,
      });

      const ours = child('waymark', dir);
      const sql = child('sql', dir);
      const js = child('js', dir);
      for (const [name, other] of [
        ['hand-written SQL', sql],
        ['streaming JS', js],
      ]) {
        const mismatched = Object.keys(ours.summary).filter(
          (key) => JSON.stringify(ours.summary[key]) !== JSON.stringify(other.summary[key]),
        );
        if (mismatched.length > 0)
          throw new Error(`${name} disagrees with Waymark on ${mismatched.join(', ')} (${events} events)`);
      }
      results.push({
        label: '  (all three agree on funnel, paths, DFG, conformance, responses)',
        note: true,
      });
      const oursIngest = ours.steps.ingest + ours.steps.map;
      results.push({
        label: `  ingest + map: Waymark ${seconds(oursIngest)} (incl. column checks and skipped-row report) | SQL ${seconds(sql.steps.ingest + sql.steps.map)} | JS ${seconds(js.steps['ingest + map'])}; peak RSS Waymark ${ours.peakRssMb} MB | SQL ${sql.peakRssMb} MB | JS ${js.peakRssMb} MB`,
        note: true,
      });
      for (const step of compared) {
        const ratio = ours.steps[step] / Math.max(1, sql.steps[step]);
        const verdict = ratio <= 1.2 ? 'ok' : 'SLOWER THAN SQL +20%';
        results.push({
          label: `  ${step.padEnd(16)} Waymark ${String(ours.steps[step]).padStart(6)} ms | SQL ${String(sql.steps[step]).padStart(6)} ms | JS ${String(js.steps[step]).padStart(6)} ms   ×${ratio.toFixed(2)} of SQL  ${verdict}`,
          note: true,
        });
      }
      results.push({
        label: `  Waymark only: feedback ingest ${ours.steps['ingest feedback']} ms, comments (wink-nlp) ${ours.steps['comments (wink-nlp)']} ms, emotion curve ${ours.steps.emotionCurve} ms, unmatched ${ours.steps.unmatchedEvents} ms`,
        note: true,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}
