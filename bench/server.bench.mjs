// Server benchmark (issue #3): autocannon on loopback against a Waymark server in a child process
// (so the load generator does not share its event loop), on SQLite and, when its binaries are
// installed, on a throwaway PostgreSQL cluster. Scenarios on the 1,000-touchpoint map: GET with an
// API token, PUT with If-Match (every request at the right revision), and search over 1,000 journeys.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildServer, setUpAdmin, startChildServer } from '../test/server/fixtures/childServer.mjs';
import { startThrowawayPostgres } from '../test/server/fixtures/throwawayPostgres.mjs';
import { bigJourney } from './bigJourney.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;
const searchedJourneys = 1000;
const workspace = 'bench';

export async function run() {
  if (!existsSync(fileURLToPath(new URL('../packages/server/dist/index.js', import.meta.url)))) buildServer();
  const results = await runOn('sqlite');
  if (process.env.BENCH_ENGINES === 'sqlite') return results;
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
  try {
    const token = await setUpAdmin(child.url, child.setupUrl);
    const api = client(child.url, token);
    await api('POST', '/api/v1/workspaces', { name: 'Bench', slug: workspace });
    const big = bigJourney();
    const base = `/api/v1/workspaces/${workspace}/journeys`;
    // One big journey per connection, so each connection's PUTs follow their own revisions.
    for (let c = 0; c < connections; c++) await api('POST', base, { ...big, id: `big-${c}` });
    const auth = { authorization: `Bearer ${token}` };

    const get = await cannon({
      url: child.url,
      connections,
      headers: auth,
      requests: [{ method: 'GET', path: `${base}/big-0` }],
    });

    const bodies = new Map(
      Array.from({ length: connections }, (_, c) => [`big-${c}`, JSON.stringify({ ...big, id: `big-${c}` })]),
    );
    const revisions = new Map();
    let nextJourney = 0;
    let putFailureShown = false;
    const put = await cannon({
      url: child.url,
      connections,
      requests: [
        {
          method: 'PUT',
          setupRequest: (request, context) => {
            context.journey ??= `big-${nextJourney++ % connections}`;
            const revision = revisions.get(context.journey) ?? 1;
            return {
              ...request,
              path: `${base}/${context.journey}`,
              headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${revision}"` },
              body: bodies.get(context.journey),
            };
          },
          onResponse: (status, _body, context) => {
            if (status === 200) revisions.set(context.journey, (revisions.get(context.journey) ?? 1) + 1);
            else if (!putFailureShown) {
              putFailureShown = true;
              console.error(`PUT answered ${status}: ${String(_body).slice(0, 300)}`);
            }
          },
        },
      ],
    });

    await seedForSearch(api, base);
    const words = ['parcel', 'refund', 'checkout', 'delivery', 'onboarding', 'invoice', 'store', 'app'];
    let word = 0;
    const search = await cannon({
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

    return [
      figures(`${kind}: GET journey (1,000 touchpoints, token)`, get, { rps: 2000, p99: 20 }),
      figures(`${kind}: PUT journey with If-Match`, put, { rps: 300 }),
      figures(`${kind}: search over ${searchedJourneys} journeys`, search, { p99: 50 }),
    ];
  } finally {
    await child.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
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

function cannon(options) {
  return autocannon({ duration: seconds, ...options });
}

/** requests/s (mean), p50 and p99 latency (ms), and how many answers were not 2xx. */
function figures(label, result, target) {
  const rps = Math.round(result.requests.average);
  const p50Ms = result.latency.p50;
  const p99Ms = result.latency.p99;
  const missed = [];
  if (target.rps !== undefined && rps < target.rps) missed.push(`< ${target.rps} req/s`);
  if (target.p99 !== undefined && p99Ms >= target.p99) missed.push(`p99 ≥ ${target.p99} ms`);
  return {
    label,
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
