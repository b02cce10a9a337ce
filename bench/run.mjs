#!/usr/bin/env node
// `npm run bench`: runs each benchmark section in its own process (so peak memory is per section)
// and prints a table; `--json` prints the figures as JSON. Targets are from the issues.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { peakRssMb } from './stats.mjs';

/** Each section runs in its own process: [module, exported function]. */
const sections = {
  core: ['./core.bench.mjs', 'run'],
  svg: ['./render.bench.mjs', 'runSvg'],
  png: ['./render.bench.mjs', 'runPng'],
  pdf: ['./render.bench.mjs', 'runPdf'],
  server: ['./server.bench.mjs', 'run'],
  collab: ['./collab.bench.mjs', 'run'],
  'collab-live': ['./collabLive.bench.mjs', 'run'],
  analytics: ['./analytics.bench.mjs', 'run'],
  web: ['./web.bench.mjs', 'run'],
};
const [, , mode, name] = process.argv;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

if (mode === '--section') {
  const [module, exported] = sections[name];
  const results = await (await import(module))[exported]();
  process.stdout.write(JSON.stringify({ section: name, results, peakRssMb: peakRssMb() }));
} else {
  const self = fileURLToPath(import.meta.url);
  const report = Object.keys(sections)
    .filter((section) => only === undefined || section === only)
    .map((section) =>
      JSON.parse(
        execFileSync(process.execPath, [self, '--section', section], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        }),
      ),
    );
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const { section, results, peakRssMb: peak } of report) {
      console.log(`\n## ${section} (peak RSS ${peak} MB)`);
      for (const r of results) {
        if (r.note) {
          console.log(`  ${r.label}`);
          continue;
        }
        if (r.requestsPerSecond !== undefined) {
          console.log(
            `  ${r.label.padEnd(48)} ${String(r.requestsPerSecond).padStart(6)} req/s   p50 ${String(r.p50Ms).padStart(4)} ms   p99 ${String(r.p99Ms).padStart(4)} ms${r.non2xx ? `   ${r.non2xx} not 2xx` : ''}   target ${r.target}${r.met ? '  ok' : '  MISSED'}`,
          );
          continue;
        }
        // Most targets are on the median; the browser's repaint targets are on the p95 (`targetOn`).
        const judged = r.targetOn === 'p95' ? r.p95Ms : r.medianMs;
        const verdict = r.targetMs === undefined ? '' : judged < r.targetMs ? '  ok' : '  OVER TARGET';
        console.log(
          `  ${r.label.padEnd(48)} median ${String(r.medianMs).padStart(8)} ms   p95 ${String(r.p95Ms).padStart(8)} ms${r.target ? `   target ${r.target}${verdict}` : ''}`,
        );
      }
    }
  }
}
