// Baselines for the analytics benchmark (issue #6): the same analyses (a) written as plain DuckDB
// SQL by someone who knows it, straight over the files, and (b) as a straightforward streaming
// JavaScript program (read the CSV line by line, group by customer in memory). Each returns the
// figures the benchmark compares (`summary`), so the bench checks on every run that all three
// implementations agree before it compares their speed.
//
// Run as a child process (peak RSS is then this implementation's alone):
//   node bench/analyticsBaselines.mjs sql|js|waymark|waymark-end-to-end|waymark-chdb|read-csv <dir>
// with events.csv + survey.csv in <dir>; prints {"steps": {...ms}, "summary": {...}, "peakRssMb": n}.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';
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
} from '@waymark/analytics';
import { findTemplate, parseJourney } from '@waymark/core';
import { peakRssMb } from './stats.mjs';

export const benchTemplate = 'retail-winter-jacket';

export function benchJourney() {
  const parsed = parseJourney(findTemplate(benchTemplate).source);
  if (!parsed.ok) throw new Error('template does not parse');
  return parsed.journey;
}

/** The comparable figures of an analysis document (ours) — the baselines return the same shape. */
export function summaryOf(document) {
  return {
    funnel: document.funnel.stages.map((s) => s.customers),
    converted: document.funnel.stages.map((s) =>
      s.conversionToNext === null ? null : Math.round(s.conversionToNext * s.customers),
    ),
    paths: document.paths.variants.map((v) => [v.sequence.join('>'), v.customers]),
    transitions: document.dfg.transitions,
    edges: document.dfg.edges.length,
    nodes: document.dfg.nodes.length,
    conformance: ['conforming', 'inOrder', 'backtracks', 'loops'].map(
      (k) => document.conformance[k].customers,
    ),
    skipped: document.conformance.skipped.map((s) => [s.step, s.customers]),
    deviations: document.conformance.deviations.map((d) => `${d.from}>${d.to}:${d.count}`),
    responses: Object.fromEntries(
      document.feedback.scores
        .map((s) => [`${s.kind}:${s.at}`, s.responses])
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}

const timer = () => {
  const steps = {};
  return {
    steps,
    async step(name, work) {
      const start = performance.now();
      const result = await work();
      steps[name] = Math.round(performance.now() - start);
      return result;
    },
  };
};

/** (a) Hand-written DuckDB SQL: the tables and queries a DuckDB user would write for this data. */
export async function runHandSql(dir, design) {
  const { steps, step } = timer();
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const all = async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson();
  const events = join(dir, 'events.csv').replaceAll("'", "''");
  const survey = join(dir, 'survey.csv').replaceAll("'", "''");
  const values = (rows) =>
    rows
      .map(
        (r) =>
          `(${r.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? v : `'${String(v).replaceAll("'", "''")}'`)).join(', ')})`,
      )
      .join(', ');
  await step('ingest', () =>
    db.run(`CREATE TABLE ev AS SELECT customer_id AS customer, epoch_ms(CAST("timestamp" AS TIMESTAMPTZ)) AS ts,
      event, channel FROM read_csv('${events}', header = true, all_varchar = true)`),
  );
  await step('map', async () => {
    await db.run(
      `CREATE TABLE rules (priority INTEGER, regex VARCHAR, channel VARCHAR, touchpoint VARCHAR, step VARCHAR)`,
    );
    await db.run(
      `INSERT INTO rules VALUES ${values(design.eventRules.map((r) => [r.priority, r.regex, r.channel, r.touchpoint, r.step]))}`,
    );
    await db.run(`CREATE TABLE steps (step VARCHAR, stage VARCHAR, stage_order INTEGER, step_order INTEGER)`);
    await db.run(
      `INSERT INTO steps VALUES ${values(design.steps.map((s) => [s.id, s.stage, s.stageOrder, s.order ?? null]))}`,
    );
    await db.run(`CREATE TABLE names AS SELECT n.event, n.channel, arg_min(r.touchpoint, r.priority) AS touchpoint, arg_min(r.step, r.priority) AS step
      FROM (SELECT DISTINCT event, channel FROM ev) n JOIN rules r ON regexp_matches(n.event, r.regex) AND (r.channel IS NULL OR r.channel = n.channel)
      GROUP BY ALL`);
    await db.run(`CREATE TABLE m AS SELECT *, row_number() OVER (PARTITION BY customer ORDER BY ts, coalesce(step_order, 1000000), step, event) AS seq
      FROM (SELECT DISTINCT e.customer, e.ts, e.event, e.channel, n.touchpoint, n.step, s.stage, s.stage_order, s.step_order
        FROM ev e JOIN names n USING (event, channel) JOIN steps s USING (step))`);
  });
  const stages = design.stages.length;
  const funnel = await step('funnel', () => {
    const reach = Array.from({ length: stages }, (_, k) =>
      k === 0
        ? `s0 AS (SELECT customer, min(ts) AS t FROM m WHERE stage_order = 0 GROUP BY customer)`
        : `s${k} AS (SELECT m.customer, min(m.ts) AS t FROM m JOIN s${k - 1} p USING (customer) WHERE m.stage_order = ${k} AND m.ts >= p.t GROUP BY m.customer)`,
    );
    const rows = Array.from({ length: stages }, (_, k) =>
      k + 1 < stages
        ? `SELECT ${k} AS k, count(*) AS n, count(b.customer) AS converted, median((b.t - a.t) / 1000.0) AS median_gap, quantile_cont((b.t - a.t) / 1000.0, 0.9) AS p90 FROM s${k} a LEFT JOIN s${k + 1} b USING (customer)`
        : `SELECT ${k}, count(*), NULL, NULL, NULL FROM s${k}`,
    );
    return all(`WITH ${reach.join(', ')} ${rows.join(' UNION ALL ')} ORDER BY k`);
  });
  const paths = await step('paths', () =>
    all(`WITH o AS (SELECT customer, seq, stage, lag(stage) OVER (PARTITION BY customer ORDER BY seq) AS prev FROM m),
      s AS (SELECT customer, string_agg(stage, ',' ORDER BY seq) AS path FROM o WHERE prev IS NULL OR prev <> stage GROUP BY customer)
      SELECT path, count(*) AS n FROM s GROUP BY path ORDER BY n DESC, path LIMIT 10`),
  );
  const dfg = await step('dfg', async () => {
    await db.run(`CREATE TEMP TABLE o AS SELECT customer, ts, coalesce(touchpoint, step) AS node,
        lag(coalesce(touchpoint, step)) OVER w AS prev, lag(ts) OVER w AS prev_ts FROM m WINDOW w AS (PARTITION BY customer ORDER BY seq)`);
    const edges =
      await all(`SELECT prev, node, count(*) AS n, count(DISTINCT customer) AS customers, median((ts - prev_ts) / 1000.0) AS gap
      FROM o WHERE prev IS NOT NULL GROUP BY prev, node ORDER BY n DESC`);
    const nodes = await all(
      `SELECT node, count(*) AS n, count(DISTINCT customer) AS customers FROM o GROUP BY node`,
    );
    return { edges, nodes };
  });
  const conformance = await step('conformance', async () => {
    await db.run(`CREATE TEMP TABLE e AS SELECT customer, step, step_order, lag(step_order) OVER w AS prev,
        lag(step) OVER w AS prev_step, row_number() OVER w AS n
      FROM m WHERE step_order IS NOT NULL WINDOW w AS (PARTITION BY customer ORDER BY seq)`);
    const [totals] = await all(`WITH c AS (SELECT customer, bool_or(n = 1 AND step_order <> 0) AS late,
        bool_or(step_order > prev + 1) AS skips, bool_or(step_order < prev) AS backs, bool_or(step_order = prev) AS loops
        FROM e GROUP BY customer)
      SELECT count(*) FILTER (WHERE NOT late AND NOT coalesce(skips, false) AND NOT coalesce(backs, false)) AS conforming,
        count(*) FILTER (WHERE NOT coalesce(backs, false)) AS in_order, count(*) FILTER (WHERE backs) AS backtracks,
        count(*) FILTER (WHERE loops) AS loops FROM c`);
    const skipped = await all(`WITH v AS (SELECT DISTINCT customer, step_order FROM e),
        f AS (SELECT customer, max(step_order) AS furthest FROM v GROUP BY customer)
      SELECT s.step, count(*) AS n FROM f JOIN steps s ON s.step_order < f.furthest
        ANTI JOIN v ON v.customer = f.customer AND v.step_order = s.step_order
      GROUP BY s.step, s.step_order ORDER BY s.step_order`);
    const deviations = await all(`SELECT prev_step, step, step_order < prev AS back, count(*) AS n FROM e
      WHERE step_order > prev + 1 OR step_order < prev GROUP BY ALL ORDER BY n DESC, prev_step, step LIMIT 10`);
    return { totals, skipped, deviations };
  });
  const scores = await step('feedback scores', async () => {
    await db.run(`CREATE TABLE fb AS SELECT touchpoint AS element, TRY_CAST(nps AS INTEGER) AS nps, TRY_CAST(csat AS INTEGER) AS csat,
      TRY_CAST(ces AS INTEGER) AS ces FROM read_csv('${survey}', header = true, all_varchar = true)`);
    return all(`SELECT element, 'nps' AS kind, count(nps) AS n, avg(nps) AS mean FROM fb WHERE nps IS NOT NULL GROUP BY element
      UNION ALL SELECT element, 'csat', count(csat), avg(csat) FROM fb WHERE csat IS NOT NULL GROUP BY element
      UNION ALL SELECT element, 'ces', count(ces), avg(ces) FROM fb WHERE ces IS NOT NULL GROUP BY element`);
  });
  db.closeSync();
  instance.closeSync();
  const stageIds = design.stages.map((s) => s.id);
  const byK = (k) => funnel.find((r) => Number(r.k) === k);
  const c = conformance.totals;
  return {
    steps,
    summary: {
      funnel: stageIds.map((_, k) => Number(byK(k)?.n ?? 0)),
      converted: stageIds.map((_, k) => (byK(k)?.converted === null ? null : Number(byK(k)?.converted ?? 0))),
      paths: paths.map((r) => [r.path.replaceAll(',', '>'), Number(r.n)]),
      transitions: dfg.edges.reduce((sum, r) => sum + Number(r.n), 0),
      edges: dfg.edges.length,
      nodes: dfg.nodes.length,
      conformance: [c.conforming, c.in_order, c.backtracks, c.loops].map(Number),
      skipped: conformance.skipped.map((r) => [r.step, Number(r.n)]),
      deviations: conformance.deviations.map((r) => `${r.prev_step}>${r.step}:${Number(r.n)}`),
      responses: Object.fromEntries(
        scores.map((r) => [`${r.kind}:${r.element}`, Number(r.n)]).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    },
  };
}

/** Splits one CSV line; quoted fields (with "" inside) only when the line has a quote at all. */
function csvFields(line) {
  if (!line.includes('"')) return line.split(',');
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

async function* csvRows(file) {
  let header;
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line === '') continue;
    const fields = csvFields(line);
    if (header === undefined) header = fields;
    else yield fields;
  }
}

const quantile = (sorted, q) => {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};

/** (b) Straightforward streaming JavaScript: one pass over the CSV, customers grouped in memory. */
export async function runStreamingJs(dir, design) {
  const { steps, step } = timer();
  const rules = design.eventRules.map((r) => {
    const insensitive = r.regex.startsWith('(?i)');
    return { ...r, re: new RegExp(insensitive ? r.regex.slice(4) : r.regex, insensitive ? 'i' : '') };
  });
  const stepInfo = new Map(design.steps.map((s) => [s.id, s]));
  const names = new Map();
  const nameFor = (event, channel) => {
    const key = `${event}\u0000${channel}`;
    let hit = names.get(key);
    if (hit === undefined) {
      const rule = rules.find((r) => r.re.test(event) && (r.channel === null || r.channel === channel));
      const s = rule && stepInfo.get(rule.step);
      hit = s
        ? {
            node: rule.touchpoint ?? rule.step,
            step: rule.step,
            stage: s.stageOrder,
            order: s.order ?? null,
            sortOrder: s.order ?? 1000000,
          }
        : null;
      names.set(key, hit);
    }
    return hit;
  };
  const customers = new Map();
  await step('ingest + map', async () => {
    for await (const [customer, timestamp, event, channel] of csvRows(join(dir, 'events.csv'))) {
      const mapped = nameFor(event, channel ?? '');
      if (mapped === null) continue;
      const list = customers.get(customer);
      const entry = { ts: Date.parse(timestamp), event, channel, mapped };
      if (list === undefined) customers.set(customer, [entry]);
      else list.push(entry);
    }
    for (const [customer, list] of customers) {
      list.sort(
        (a, b) =>
          a.ts - b.ts ||
          a.mapped.sortOrder - b.mapped.sortOrder ||
          (a.mapped.step < b.mapped.step ? -1 : a.mapped.step > b.mapped.step ? 1 : 0) ||
          (a.event < b.event ? -1 : a.event > b.event ? 1 : 0) ||
          (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0),
      );
      // Exact duplicates (same instant, event and channel) are now neighbours: keep one.
      const same = (a, b) => a.ts === b.ts && a.event === b.event && a.channel === b.channel;
      customers.set(
        customer,
        list.filter((e, i) => i === 0 || !same(list[i - 1], e)),
      );
    }
  });
  const stages = design.stages.length;
  const funnel = await step('funnel', () => {
    const reached = new Array(stages).fill(0);
    const converted = new Array(stages).fill(0);
    const gaps = Array.from({ length: stages }, () => []);
    for (const list of customers.values()) {
      let previous = null;
      for (let k = 0; k < stages; k++) {
        const hit = list.find((e) => e.mapped.stage === k && (previous === null || e.ts >= previous));
        if (hit === undefined) break;
        reached[k]++;
        if (k > 0) {
          converted[k - 1]++;
          gaps[k - 1].push((hit.ts - previous) / 1000);
        }
        previous = hit.ts;
      }
    }
    return {
      reached,
      converted,
      medians: gaps.map((g) =>
        quantile(
          g.sort((a, b) => a - b),
          0.5,
        ),
      ),
    };
  });
  const paths = await step('paths', () => {
    const counts = new Map();
    for (const list of customers.values()) {
      const path = [];
      for (const e of list) if (path.at(-1) !== e.mapped.stage) path.push(e.mapped.stage);
      const key = path.map((k) => design.stages[k].id).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10)
      .map(([path, n]) => [path.replaceAll(',', '>'), n]);
  });
  const edges = await step('dfg', () => {
    const found = new Map();
    for (const [customer, list] of customers) {
      for (let i = 1; i < list.length; i++) {
        const key = `${list[i - 1].mapped.node}\u0000${list[i].mapped.node}`;
        let edge = found.get(key);
        if (edge === undefined) {
          edge = { n: 0, customers: new Set(), gaps: [] };
          found.set(key, edge);
        }
        edge.n++;
        edge.customers.add(customer);
        edge.gaps.push((list[i].ts - list[i - 1].ts) / 1000);
      }
    }
    for (const edge of found.values())
      edge.median = quantile(
        edge.gaps.sort((a, b) => a - b),
        0.5,
      );
    const nodes = new Map();
    for (const [customer, list] of customers)
      for (const e of list) {
        const node = nodes.get(e.mapped.node) ?? { n: 0, customers: new Set() };
        node.n++;
        node.customers.add(customer);
        nodes.set(e.mapped.node, node);
      }
    return { edges: found, nodes };
  });
  const conformance = await step('conformance', () => {
    const totals = [0, 0, 0, 0];
    const designed = design.steps.filter((d) => d.order !== undefined).sort((a, b) => a.order - b.order);
    const skipped = new Map(designed.map((d) => [d.id, 0]));
    const deviations = new Map();
    for (const list of customers.values()) {
      const visits = list.filter((e) => e.mapped.order !== null);
      if (visits.length === 0) continue;
      const orders = visits.map((e) => e.mapped.order);
      let skips = false;
      let backs = false;
      let loops = false;
      for (let i = 1; i < orders.length; i++) {
        if (orders[i] > orders[i - 1] + 1) skips = true;
        if (orders[i] < orders[i - 1]) backs = true;
        if (orders[i] === orders[i - 1]) loops = true;
        if (orders[i] > orders[i - 1] + 1 || orders[i] < orders[i - 1]) {
          const key = `${visits[i - 1].mapped.step}>${visits[i].mapped.step}`;
          deviations.set(key, (deviations.get(key) ?? 0) + 1);
        }
      }
      if (orders[0] === 0 && !skips && !backs) totals[0]++;
      if (!backs) totals[1]++;
      if (backs) totals[2]++;
      if (loops) totals[3]++;
      const seen = new Set(orders);
      const furthest = Math.max(...orders);
      for (const d of designed)
        if (d.order < furthest && !seen.has(d.order)) skipped.set(d.id, skipped.get(d.id) + 1);
    }
    return {
      totals,
      skipped: designed.filter((d) => skipped.get(d.id) > 0).map((d) => [d.id, skipped.get(d.id)]),
      deviations: [...deviations]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 10)
        .map(([key, n]) => `${key}:${n}`),
    };
  });
  const responses = await step('feedback scores', async () => {
    const counts = {};
    for await (const [, , at, nps, csat, ces] of csvRows(join(dir, 'survey.csv'))) {
      for (const [kind, value] of [
        ['nps', nps],
        ['csat', csat],
        ['ces', ces],
      ]) {
        if (value === undefined || value.trim() === '' || !Number.isInteger(Number(value))) continue;
        const key = `${kind}:${at === '' ? null : at}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
  return {
    steps,
    summary: {
      funnel: funnel.reached,
      converted: funnel.reached.map((_, k) => (k + 1 < stages ? funnel.converted[k] : null)),
      paths,
      transitions: [...edges.edges.values()].reduce((sum, e) => sum + e.n, 0),
      edges: edges.edges.size,
      nodes: edges.nodes.size,
      conformance: conformance.totals,
      skipped: conformance.skipped,
      deviations: conformance.deviations,
      responses,
    },
  };
}

/** Waymark's own analyses, step by step, on its DuckDB engine. */
export async function runWaymark(dir, design) {
  const { steps, step } = timer();
  const engine = await DuckDbEngine.open();
  const document = {};
  await step('ingest', () => loadEvents(engine, join(dir, 'events.csv')));
  await step('ingest feedback', () => loadFeedback(engine, join(dir, 'survey.csv'), design));
  await step('map', () => mapEvents(engine, design));
  await step('comments (wink-nlp)', () => readComments(engine));
  const context = { engine, design, scope: {}, options: {} };
  const names = {
    funnel: 'funnel',
    paths: 'paths',
    dfg: 'dfg',
    conformance: 'conformance',
    feedback: 'feedback scores',
  };
  for (const analysis of analysisRegistry) {
    if (analysis.id === 'comparison') continue;
    document[analysis.id] = await step(names[analysis.id] ?? analysis.id, () => analysis.run(context));
  }
  await engine.close();
  return { steps, summary: summaryOf(document) };
}

/** Waymark end to end, as `waymark analyze` runs it: one call, CSV events and the survey. */
export async function runWaymarkEndToEnd(dir, _design, journey) {
  const start = performance.now();
  await analyzeJourney({ journey, events: join(dir, 'events.csv'), feedback: join(dir, 'survey.csv') });
  return { steps: { 'end to end': Math.round(performance.now() - start) } };
}

/**
 * The same end to end on current ClickHouse embedded in this process (chdb, a dev dependency): the
 * ClickHouse engine's SQL without the network (files are read by DuckDB either way).
 */
export async function runWaymarkOnChdb(dir, _design, journey) {
  const { chdbTransport } = await import('../packages/analytics/dist/testing/chdbTransport.js');
  const engine = new ClickHouseEngine(chdbTransport());
  const start = performance.now();
  try {
    await analyzeJourney({
      journey,
      events: join(dir, 'events.csv'),
      feedback: join(dir, 'survey.csv'),
      engine,
    });
  } finally {
    await engine.close();
  }
  return { steps: { 'end to end': Math.round(performance.now() - start) } };
}

/** DuckDB's own CSV reading rate on the same file: the ceiling for any ingest. */
export async function runReadCsvCeiling(dir) {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const file = join(dir, 'events.csv').replaceAll("'", "''");
  const start = performance.now();
  await db.run(`CREATE TABLE raw AS SELECT * FROM read_csv('${file}', header = true, all_varchar = true)`);
  const ms = Math.round(performance.now() - start);
  db.closeSync();
  instance.closeSync();
  return { steps: { 'read_csv into a table': ms } };
}

const implementations = {
  sql: runHandSql,
  js: runStreamingJs,
  waymark: runWaymark,
  'waymark-end-to-end': runWaymarkEndToEnd,
  'waymark-chdb': runWaymarkOnChdb,
  'read-csv': runReadCsvCeiling,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , kind, dir] = process.argv;
  const run = implementations[kind];
  if (run === undefined || dir === undefined)
    throw new Error(`usage: analyticsBaselines.mjs ${Object.keys(implementations).join('|')} DIR`);
  const journey = benchJourney();
  const result = await run(dir, journeyDesign(journey), journey);
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }));
}
