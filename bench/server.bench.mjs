// Server benchmark (issue #3): autocannon on loopback against a Waymark server in a child process
// (so the load generator does not share its event loop), on SQLite and, when its binaries are
// installed, on a throwaway PostgreSQL cluster. Scenarios on the 1,000-touchpoint map: GET with an
// API token, PUT with If-Match (every request at the right revision), and search over 1,000 journeys.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildServer, setUpAdmin, startChildServer } from '../test/server/fixtures/childServer.mjs';
import { startThrowawayPostgres } from '../test/server/fixtures/throwawayPostgres.mjs';
import { bigJourney } from './bigJourney.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;
const searchedJourneys = 1000;
/** More big journeys than connections, so a connection lost mid-request cannot starve the others. */
const bigJourneys = connections * 2;
const scenarios = ['get', 'put', 'search'];
const workspace = 'bench';

export async function run() {
  if (!existsSync(fileURLToPath(new URL('../packages/server/dist/index.js', import.meta.url)))) buildServer();
  const engines = enginesToRun();
  const results = engines.has('sqlite') ? await runOn('sqlite') : [];
  if (!engines.has('postgres')) return results;
  let postgres;
  try {
    postgres = await startThrowawayPostgres();
  } catch (error) {
    console.error(`PostgreSQL skipped: ${error.message.split('\n')[0]}`);
    results.push({ label: 'PostgreSQL skipped (no binaries; see stderr)', note: true });
  }
  if (postgres !== undefined) {
    try {
      results.push(...(await runOn('postgres', await postgres.createDatabase())));
    } finally {
      await postgres.stop();
    }
  }
  return results;
}

async function runOn(kind, databaseUrl) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const nodeArgs = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = await startChildServer({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), nodeArgs });
  if (databaseUrl !== undefined) child.transactions = transactionCounter(databaseUrl);
  try {
    const token = await setUpAdmin(child.url, child.setupUrl);
    const api = client(child.url, token);
    await api('POST', '/api/v1/workspaces', { name: 'Bench', slug: workspace });
    const big = bigJourney();
    const base = `/api/v1/workspaces/${workspace}/journeys`;
    // The big journeys the PUT scenario writes (see putRequest); big-0 is also the one GET reads.
    for (let c = 0; c < bigJourneys; c++) await api('POST', base, { ...big, id: `big-${c}` });
    const auth = { authorization: `Bearer ${token}` };

    const only = scenariosToRun();
    const results = [];

    if (only.has('get')) {
      const get = await cannon(child, {
        url: child.url,
        connections,
        headers: auth,
        requests: [{ method: 'GET', path: `${base}/big-0` }],
      });
      results.push(figures(`${kind}: GET journey (1,000 touchpoints, token)`, get, { rps: 2000, p99: 20 }));
    }

    if (only.has('put')) {
      const put = await cannon(child, {
        url: child.url,
        connections,
        requests: [putRequest(base, auth, big)],
      });
      results.push(figures(`${kind}: PUT journey with If-Match`, put, { rps: 300 }));
    }

    if (only.has('search')) {
      await seedForSearch(api, base);
      const words = ['parcel', 'refund', 'checkout', 'delivery', 'onboarding', 'invoice', 'store', 'app'];
      let word = 0;
      const search = await cannon(child, {
        url: child.url,
        connections,
        headers: auth,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              path: `/api/v1/workspaces/${workspace}/search?q=${words[word++ % words.length]}&limit=20`,
            }),
          },
        ],
      });
      results.push(figures(`${kind}: search over ${searchedJourneys} journeys`, search, { p99: 50 }));
    }
    return results;
  } finally {
    await child.transactions?.close();
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `BENCH_ENGINES=sqlite,postgres` (default both): the engines to run on, e.g. one alone to profile it. */
function enginesToRun() {
  return namesFrom('BENCH_ENGINES', ['sqlite', 'postgres']);
}

/**
 * `BENCH_SCENARIOS=get,put,search` (default all): run only some, e.g. to profile one scenario alone
 * with `BENCH_CPU_PROF` (the profile then holds that scenario and the set-up only).
 */
function scenariosToRun() {
  return namesFrom('BENCH_SCENARIOS', scenarios);
}

/** A comma-separated list from an environment variable (default: all of `known`), each checked. */
function namesFrom(variable, known) {
  const asked = (process.env[variable] ?? known.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = asked.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`${variable}: unknown ${unknown.join(', ')}; expected some of ${known.join(', ')}`);
  return new Set(asked);
}

/**
 * PUT of a big journey with If-Match at its current revision. No two requests in flight write the
 * same journey: each request takes a journey from a free list and gives it back when its answer
 * comes, with the revision that answer reports. (autocannon resets a connection's `context` before
 * every request when there is only one request in the list, so the context cannot hold a
 * connection's journey; keying on it let two connections write one journey and get 409s.)
 */
function putRequest(base, auth, big) {
  const free = Array.from({ length: bigJourneys }, (_, c) => ({
    id: `big-${c}`,
    revision: 1,
    body: JSON.stringify({ ...big, id: `big-${c}` }),
  }));
  let failureShown = false;
  return {
    method: 'PUT',
    setupRequest: (request, context) => {
      const journey = free.shift();
      if (journey === undefined) throw new Error('PUT bench: every journey is busy (lost connections?)');
      context.journey = journey;
      return {
        ...request,
        path: `${base}/${journey.id}`,
        headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${journey.revision}"` },
        body: journey.body,
      };
    },
    onResponse: (status, body, context, headers) => {
      const journey = context.journey;
      if (journey === undefined) return;
      const etagName = Object.keys(headers ?? {}).find((name) => name.toLowerCase() === 'etag');
      const etag = /^"(\d+)"$/.exec(etagName === undefined ? '' : String(headers[etagName]));
      if (status === 200 && etag?.[1] !== undefined) journey.revision = Number(etag[1]);
      else {
        const current = /"currentRevision":(\d+)/.exec(String(body));
        if (current?.[1] !== undefined) journey.revision = Number(current[1]);
        if (!failureShown) {
          failureShown = true;
          console.error(`PUT answered ${status}: ${String(body).slice(0, 300)}`);
        }
      }
      free.push(journey);
    },
  };
}

/** 1,000 smaller journeys with varied words, created through the API, eight at a time. */
async function seedForSearch(api, base) {
  const themes = [
    'parcel return',
    'refund request',
    'checkout',
    'home delivery',
    'onboarding',
    'invoice query',
  ];
  const channels = ['store visit', 'app review', 'email', 'phone call'];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < searchedJourneys; i = next++) {
      const theme = themes[i % themes.length];
      await api('POST', base, {
        id: `journey-${i}`,
        title: `${theme} journey ${i}`,
        personas: [{ id: 'shopper', name: 'Shopper' }],
        stages: Array.from({ length: 3 }, (_, s) => ({
          name: `Stage ${s + 1} of the ${theme}`,
          steps: Array.from({ length: 4 }, (_, t) => ({
            name: `Step ${t + 1}: ${channels[(i + s + t) % channels.length]} about the ${theme}`,
            emotions: { shopper: { score: ((i + t) % 5) - 2, thoughts: [`Thinking about ${theme} ${i}`] } },
          })),
        })),
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

function client(url, token) {
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response;
  };
}

/**
 * autocannon for `BENCH_SECONDS`, and the CPU time the server process spent (from /proc, where
 * there is one) — a figure that, unlike requests/s, barely moves when other work shares the machine.
 */
async function cannon(child, options) {
  const transactionsBefore = await child.transactions?.count();
  const before = cpuSeconds(child.pid);
  const result = await autocannon({ duration: seconds, ...options });
  const after = cpuSeconds(child.pid);
  const answered = result.requests.total;
  if (before !== undefined && after !== undefined && answered > 0)
    result.serverCpuMsPerRequest = Math.round(((after - before) * 1000 * 100) / answered) / 100;
  const transactionsAfter = await child.transactions?.count();
  if (transactionsBefore !== undefined && transactionsAfter !== undefined && answered > 0)
    result.transactionsPerRequest =
      Math.round(((transactionsAfter - transactionsBefore) * 100) / answered) / 100;
  return result;
}

/**
 * PostgreSQL transactions committed in the bench's database so far: each statement outside a
 * transaction is one, so per GET or search this counts database round trips, a figure no load on
 * the machine can move. The statistics reach pg_stat_database shortly after; each count waits
 * for them and clears the snapshot first.
 */
function transactionCounter(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  const connected = client.connect();
  return {
    async count() {
      await connected;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await client.query('SELECT pg_stat_clear_snapshot()');
      const result = await client.query(
        'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
      );
      return Number(result.rows[0].n);
    },
    close: () => client.end(),
  };
}

/** User + system CPU seconds of a process, from /proc/<pid>/stat (Linux), else undefined. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : undefined;
  } catch {
    return undefined;
  }
}

/** requests/s (mean), p50 and p99 latency (ms), and how many answers were not 2xx. */
function figures(label, result, target) {
  const rps = Math.round(result.requests.average);
  const p50Ms = result.latency.p50;
  const p99Ms = result.latency.p99;
  const missed = [];
  if (target.rps !== undefined && rps < target.rps) missed.push(`< ${target.rps} req/s`);
  if (target.p99 !== undefined && p99Ms >= target.p99) missed.push(`p99 ≥ ${target.p99} ms`);
  if (result.serverCpuMsPerRequest !== undefined)
    console.error(
      `${label}: server CPU ${result.serverCpuMsPerRequest} ms per request${result.transactionsPerRequest === undefined ? '' : `, ${result.transactionsPerRequest} PostgreSQL transactions per request`}`,
    );
  return {
    label,
    serverCpuMsPerRequest: result.serverCpuMsPerRequest,
    transactionsPerRequest: result.transactionsPerRequest,
    requestsPerSecond: rps,
    p50Ms,
    p99Ms,
    non2xx: result.non2xx + result.errors + result.timeouts,
    target: [target.rps && `≥ ${target.rps} req/s`, target.p99 && `p99 < ${target.p99} ms`]
      .filter(Boolean)
      .join(', '),
    met: missed.length === 0,
  };
}
