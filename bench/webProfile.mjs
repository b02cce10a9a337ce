#!/usr/bin/env node
// Where the web bench's time goes (issue #5): the same server, seed and waits as web.bench.mjs, one
// Chromium trace of a warm editor load and one of a warm library load, summarised as the renderer
// main thread's time by kind (script, style, layout, paint, …), its longest tasks, and when each
// request started and ended. `node bench/webProfile.mjs [traceDir] [editor|library]` (WAYMARK_WEB_DIR
// picks the build). "main thread CPU" is the main thread's own CPU time, which the machine's load
// distorts far less than the wall clock does.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/support/chromium.mjs';
import { mapShown, seed, serve } from './web.bench.mjs';

const traceDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'waymark-trace-'));
const only = process.argv[3];
const kinds = {
  script: [
    'EvaluateScript',
    'v8.compile',
    'FunctionCall',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'v8.run',
    'V8.GCScavenger',
    'MajorGC',
    'MinorGC',
    'ParseHTML',
    'XHRReadyStateChange',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayer', 'Layerize'],
  paint: ['Paint', 'PrePaint', 'PaintImage', 'CompositeLayers', 'Commit', 'RasterTask'],
};
const kindOf = new Map(Object.entries(kinds).flatMap(([kind, names]) => names.map((n) => [n, kind])));

const dataDir = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
const server = await serve(dataDir);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await seed(context, server, only === 'editor' ? 1 : undefined);
  const page = await context.newPage();
  const editor = `${server.url}/w/bench/j/big`;
  const library = `${server.url}/w/bench`;
  const editorDone = mapShown;
  const libraryDone = () => document.querySelectorAll('.journey-card').length >= 500;
  for (const [name, url, done] of [
    ['editor', editor, editorDone],
    ['library', library, libraryDone],
  ].filter(([name]) => only === undefined || name === only)) {
    for (let i = 0; i < 2; i++) await load(page, url, done);
    const path = join(traceDir, `${name}.json`);
    await browser.startTracing(page, {
      path,
      categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'],
    });
    const { total, resources } = await load(page, url, done);
    await browser.stopTracing();
    console.log(`\n## ${name}: ${Math.round(total)} ms to done (trace ${path})`);
    for (const r of resources) console.log(`  ${r}`);
    summarise(JSON.parse(readFileSync(path, 'utf8')));
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

async function load(page, url, done) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(done, null, { polling: 'raf', timeout: 120_000 });
  return page.evaluate(() => ({
    total: performance.now(),
    resources: performance
      .getEntriesByType('resource')
      .map(
        (r) =>
          `${Math.round(r.startTime).toString().padStart(5)}–${Math.round(r.responseEnd).toString().padStart(5)} ms  ${r.name.replace(location.origin, '')}`,
      ),
  }));
}

/** The renderer main thread's complete events: time by kind (self time) and the longest tasks. */
function summarise(trace) {
  const events = trace.traceEvents ?? trace;
  // The page's main thread: the renderer main thread with the most events; time from its last navigation.
  const threadOf = (e) => `${e.pid}:${e.tid}`;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf),
  );
  const counts = new Map();
  for (const e of events)
    if (e.ph === 'X' && mains.has(threadOf(e))) counts.set(threadOf(e), (counts.get(threadOf(e)) ?? 0) + 1);
  const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (busiest === undefined) return console.log('  no renderer main thread in the trace');
  const [pid, tid] = busiest.split(':').map(Number);
  const main = { pid, tid };
  const navigations = events.filter((e) => e.name === 'navigationStart' && e.pid === pid);
  const start =
    navigations.at(-1)?.ts ??
    Math.min(...events.filter((e) => threadOf(e) === busiest && e.ts > 0).map((e) => e.ts));
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of complete) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const kind = kindOf.get(e.name);
    if (kind) {
      // Count each kind once, at its outermost event (script inside script is the same script).
      if (!stack.some((s) => kindOf.get(s.name) === kind)) self.set(kind, (self.get(kind) ?? 0) + e.dur);
      const outer = stack.find((s) => kindOf.has(s.name) && kindOf.get(s.name) !== kind);
      if (outer && !stack.some((s) => kindOf.get(s.name) === kind))
        self.set(kindOf.get(outer.name), (self.get(kindOf.get(outer.name)) ?? 0) - e.dur);
    }
    if (parent === undefined || e.ts + e.dur <= parent.ts + parent.dur) stack.push(e);
  }
  const tasks = [];
  for (const e of complete)
    if (tasks.length === 0 || e.ts >= tasks.at(-1).ts + tasks.at(-1).dur) tasks.push(e);
  const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  console.log(
    `  main thread CPU ${Math.round(cpu / 1000)} ms; by kind: ${[...self].map(([k, us]) => `${k} ${Math.round(us / 1000)} ms`).join(', ')}`,
  );
  for (const task of tasks.filter((e) => e.dur > 30_000)) {
    const inside = complete.filter(
      (e) =>
        e !== task &&
        e.ts >= task.ts &&
        e.ts + e.dur <= task.ts + task.dur &&
        e.dur > 10_000 &&
        kindOf.has(e.name),
    );
    const what = inside
      .slice(0, 6)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${Math.round(e.dur / 1000)}`,
      )
      .join(', ');
    console.log(
      `  task at ${Math.round((task.ts - start) / 1000)
        .toString()
        .padStart(5)} ms: ${Math.round(task.dur / 1000)} ms — ${what}`,
    );
  }
}
