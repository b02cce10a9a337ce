// Live-collaboration benchmark (issue #4): N editors on one 1,000-touchpoint map, each renaming a
// touchpoint every 2 s (staggered), against `waymark serve` (SQLite) in a child process. The clients
// run in two more processes (collabLiveClients.mjs: many protocol-level editors, a few real
// HocuspocusProviders timing arrival). Reported per N: propagation latency (edit sent → seen by
// another client) p50/p99, delivery, and the server's CPU (share of one core, and per edit) and RSS
// from /proc. The machine's load is printed too: the clients share its cores.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, setUpAdmin, startChildServer } from '../test/server/fixtures/childServer.mjs';
import { bigJourney } from './bigJourney.mjs';
import { round } from './stats.mjs';

const counts = (process.env.BENCH_COLLAB_EDITORS ?? '50,200,500').split(',').map(Number);
const seconds = Number(process.env.BENCH_COLLAB_SECONDS ?? 20);
const everyMs = 2000;
const clientProcesses = 2;
/** Real providers per client process that time every edit they receive. */
const receiversPerProcess = 2;
const targetP99Ms = 200;
const workspace = 'bench';
const journeyId = 'big';
const ticksPerSecond = 100;

export async function run() {
  if (!existsSync(fileURLToPath(new URL('../packages/server/dist/index.js', import.meta.url)))) buildServer();
  const results = [];
  for (const editors of counts) results.push(await runWith(editors));
  results.push({
    label: `method: ${seconds} s per N, an edit per editor every ${everyMs / 1000} s, ${clientProcesses} client processes, ${clientProcesses * receiversPerProcess} timing receivers`,
    note: true,
  });
  return results;
}

async function runWith(editors) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-live-'));
  const nodeArgs = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = await startChildServer({
    dataDir,
    nodeArgs,
    env: { WAYMARK_COLLAB_CONNECTIONS_PER_USER: String(editors + 100) },
  });
  const workers = [];
  try {
    const token = await setUpAdmin(child.url, child.setupUrl);
    await api(child.url, token, 'POST', '/api/v1/workspaces', { name: 'Bench', slug: workspace });
    await api(child.url, token, 'POST', `/api/v1/workspaces/${workspace}/journeys`, {
      ...bigJourney(),
      id: journeyId,
    });
    const per = Math.ceil(editors / clientProcesses);
    for (let w = 0; w < clientProcesses; w++)
      workers.push(
        startWorker({
          url: child.url,
          token,
          name: `${workspace}/${journeyId}`,
          firstEditor: w * per,
          editors: Math.min(per, editors - w * per),
          totalEditors: editors,
          receivers: receiversPerProcess,
          everyMs,
        }),
      );
    await Promise.all(workers.map((worker) => worker.ready));
    const startAt = Date.now() + 1000;
    const until = startAt + seconds * 1000;
    for (const worker of workers) worker.go({ startAt, until });
    await sleepUntil(startAt);
    const before = sample(child.pid);
    const load = loadavg()[0];
    await sleepUntil(until);
    const after = sample(child.pid);
    const reports = await Promise.all(workers.map((worker) => worker.result));
    const latencies = reports.flatMap((report) => report.latencies).sort((a, b) => a - b);
    const sent = reports.reduce((sum, report) => sum + report.sent, 0);
    const expected = sent * clientProcesses * receiversPerProcess;
    const cpuSeconds = (after.ticks - before.ticks) / ticksPerSecond;
    const at = (q) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
    const p50Ms = round(at(0.5));
    const p99Ms = round(at(0.99));
    const figures = {
      editors,
      edits: sent,
      p50Ms,
      p99Ms,
      delivered: round((latencies.length / Math.max(1, expected)) * 100),
      serverCpuPercent: round((cpuSeconds / ((after.at - before.at) / 1000)) * 100),
      serverCpuMsPerEdit: round((cpuSeconds * 1000) / Math.max(1, sent)),
      serverRssMb: after.rssMb,
      loadAverage: round(load),
      clientCpuPercent: reports.map((report) => round(report.cpuPercent)),
    };
    return {
      label: `${String(editors).padStart(3)} editors: p50 ${p50Ms} ms, p99 ${p99Ms} ms (target p99 < ${targetP99Ms} ms: ${p99Ms < targetP99Ms ? 'ok' : 'MISSED'}), ${figures.delivered}% of ${expected} deliveries timed; server CPU ${figures.serverCpuPercent}% of a core, ${figures.serverCpuMsPerEdit} ms per edit, RSS ${figures.serverRssMb} MB; client processes ${figures.clientCpuPercent.join('% + ')}% of a core; load average ${figures.loadAverage}`,
      note: true,
      ...figures,
      met: p99Ms < targetP99Ms,
    };
  } finally {
    for (const worker of workers) worker.kill();
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function startWorker(options) {
  const script = fileURLToPath(new URL('./collabLiveClients.mjs', import.meta.url));
  const worker = spawn(process.execPath, [script, JSON.stringify(options)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  let onReady;
  let onResult;
  const failed = new Promise((_, reject) =>
    worker.once('exit', (code) => reject(new Error(`a benchmark client process exited (code ${code})`))),
  );
  failed.catch(() => {});
  const ready = new Promise((resolve) => {
    onReady = resolve;
  });
  const result = new Promise((resolve) => {
    onResult = resolve;
  });
  worker.stdout.setEncoding('utf8');
  worker.stdout.on('data', (chunk) => {
    output += chunk;
    if (output.includes('READY\n')) onReady();
    const line = output.split('\n').find((l) => l.startsWith('RESULT '));
    if (line !== undefined && output.endsWith('\n')) onResult(JSON.parse(line.slice('RESULT '.length)));
  });
  return {
    ready: Promise.race([ready, failed]),
    result: Promise.race([result, failed]),
    go: (window) => worker.stdin.write(`${JSON.stringify(window)}\n`),
    kill: () => {
      if (worker.exitCode === null) worker.kill('SIGKILL');
    },
  };
}

/** The server process's CPU time so far (user + system, in clock ticks) and resident memory. */
function sample(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { at: Date.now(), ticks, rssMb: Math.round(Number(rss?.[1] ?? 0) / 1024) };
}

async function api(url, token, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

function sleepUntil(at) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
}
