import { type AnalysisDocument, parseJourney, templates } from '@waymark/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClickHouseServer, startClickHouse } from '../../../../test/support/clickHouseServer.js';
import { type AnalyzeRequest, analyzeJourney } from '../analyzeJourney.js';
import { loadEvents } from '../input/loadEvents.js';
import { loadFeedback } from '../input/loadFeedback.js';
import { writeSample } from '../sample/writeSample.js';
import { journeyDesign } from '../signals/journeyDesign.js';
import { chdbTransport } from '../testing/chdbTransport.js';
import { smallJourney } from '../testing/smallJourney.js';
import { smallFeedbackCsv, smallLogCsv } from '../testing/smallLog.js';
import { tempFiles } from '../testing/tempFiles.js';
import type { AnalyticsEngine } from './AnalyticsEngine.js';
import { ClickHouseEngine } from './ClickHouseEngine.js';
import { DuckDbEngine } from './DuckDbEngine.js';
import { openEngine } from './openEngine.js';

const files = tempFiles();
let server: ClickHouseServer;
beforeAll(async () => {
  server = await startClickHouse();
}, 60_000);
afterAll(async () => {
  await server?.stop();
  files.cleanup();
});

const now = new Date('2024-02-01T00:00:00Z');

/** Numbers to 9 significant digits: engines sum floating point in different orders. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(9));
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

type EngineName = 'clickhouse-server 18.16' | 'chdb (current ClickHouse)';
const engines: Record<EngineName, (timezone?: string) => Promise<AnalyticsEngine>> = {
  'clickhouse-server 18.16': (timezone) => openEngine({ url: server.url, ...(timezone ? { timezone } : {}) }),
  'chdb (current ClickHouse)': async (timezone) =>
    new ClickHouseEngine(chdbTransport(), timezone ? { timezone } : {}),
};

async function analyseOn(
  engine: AnalyticsEngine | undefined,
  request: AnalyzeRequest,
): Promise<AnalysisDocument> {
  try {
    return await analyzeJourney({ ...request, ...(engine ? { engine } : {}), now });
  } finally {
    await engine?.close();
  }
}

/** DuckDB's document for a request, worked out once for both ClickHouse engines. */
const expectedDocuments = new Map<string, Promise<AnalysisDocument>>();
function onDuckDb(key: string, request: AnalyzeRequest): Promise<AnalysisDocument> {
  const known = expectedDocuments.get(key) ?? analyseOn(undefined, request);
  expectedDocuments.set(key, known);
  return known;
}

/** The sample files, written once. */
let sample: Promise<string> | undefined;
const sampleDir = () => {
  sample ??= (async () => {
    const dir = `${files.dir}/sample`;
    await writeSample(journeyOf('retail-winter-jacket'), dir, {
      customers: 1500,
      seed: 11,
      formats: ['csv', 'ndjson'],
    });
    return dir;
  })();
  return sample;
};

const journeyOf = (id: string) => {
  const parsed = parseJourney(templates.find((t) => t.id === id)?.source ?? '');
  if (!parsed.ok) throw new Error(`template ${id} does not parse`);
  return parsed.journey;
};

describe.each(Object.keys(engines) as EngineName[])('DuckDB and ClickHouse agree: %s', (name) => {
  const open = (timezone?: string) => engines[name](timezone);

  it('reads every timestamp form as DuckDB does, zone-less ones in the given time zone', async () => {
    const values = [
      '2024-06-01T12:00:00Z',
      '2024-06-01T14:00:00+02:00',
      '2024-06-01T14:00:00+0200',
      '2024-06-01 14:00:00',
      '2024-06-01T14:00',
      '2024-06-01T12:00:00.25Z',
      '2024-06-01T12:00:00.123456Z',
      '2024-06-01',
      '1717243200',
      '1717243200000',
      '1717243200.5',
      ' 1717243200 ',
      '2024-13-01',
      '2024-02-30',
      '2024-06-01T25:00:00Z',
      '01/06/2024',
      'soon',
    ];
    const file = files.put('times.csv', `user,event,time\n${values.map((v) => `a,x,${v}`).join('\n')}\n`);
    const read = async (engine: AnalyticsEngine) => {
      try {
        const summary = await loadEvents(engine, file);
        const rows = await engine.query('SELECT line, ts FROM events ORDER BY line');
        return { rows: rows.map((r) => [Number(r.line), Number(r.ts)]), skipped: summary.skipped };
      } finally {
        await engine.close();
      }
    };
    const expected = await read(await DuckDbEngine.open({ timezone: 'Europe/Berlin' }));
    expect(expected.rows.length).toBeGreaterThan(10);
    expect(await read(await open('Europe/Berlin'))).toEqual(expected);
  });

  it('on the small hand-computed log, every analysis, strict and reached funnels, a comparison, XLSX feedback', async () => {
    const events = files.put('small.csv', smallLogCsv);
    const feedback = files.put('small-feedback.csv', smallFeedbackCsv);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Responses');
    sheet.addRow(['Response ID', 'Submitted at', 'Touchpoint', 'NPS', 'Comment', 'Segment']);
    sheet.addRow(['r1', new Date('2024-01-03T09:00:00Z'), 'checkout', 9, 'Fine and quick', 'budget']);
    sheet.addRow(['r2', '2024-01-04', 'Pays', 3, 'Hidden delivery charge, awful', 'member']);
    sheet.addRow(['r3', '2024-01-04', 'Pays', 2, 'The hidden delivery charge again', '']);
    const xlsx = `${files.dir}/survey.xlsx`;
    await workbook.xlsx.writeFile(xlsx);
    const requests: Record<string, AnalyzeRequest> = {
      xlsx: { journey: smallJourney(), events, feedback: xlsx },
      plain: { journey: smallJourney(), events, feedback },
      options: {
        journey: smallJourney(),
        events,
        feedback,
        options: { funnelMode: 'reached', pathLevel: 'step', dfgLevel: 'stage' },
        compare: { before: { to: '2024-01-01' }, after: { from: '2024-01-02' } },
      },
      scoped: {
        journey: smallJourney(),
        events,
        feedback,
        persona: 'shopper',
        range: { from: '2024-01-01', to: '2024-01-03' },
      },
    };
    for (const [key, request] of Object.entries(requests)) {
      const expected = await onDuckDb(key, request);
      const actual = await analyseOn(await open(), request);
      expect(rounded(actual)).toEqual(rounded(expected));
    }
  });

  it('on sample data of 1,500 customers (CSV and NDJSON), every analysis', async () => {
    const journey = journeyOf('retail-winter-jacket');
    const dir = await sampleDir();
    for (const events of [`${dir}/events.csv`, `${dir}/events.ndjson`]) {
      const request: AnalyzeRequest = {
        journey,
        events,
        feedback: `${dir}/survey.csv`,
        compare: { before: { to: '2024-02-15' }, after: { from: '2024-02-16' } },
      };
      const expected = await onDuckDb(events, request);
      expect(expected.customers).toBeGreaterThan(1000);
      const actual = await analyseOn(await open(), request);
      expect(rounded(actual)).toEqual(rounded(expected));
    }
  }, 120_000);

  it('skips the same malformed rows by line, and a load that fails leaves the tables as they were', async () => {
    const broken = files.put(
      'broken.csv',
      `${smallLogCsv}g,visit,not a time,web,\nh,"unclosed,2024-01-01T10:00:00Z,web,\nk,visit,2024-01-01T10:00:00Z,web,,extra\n`,
    );
    const request = { journey: smallJourney(), events: broken };
    const expected = await onDuckDb('broken', request);
    const actual = await analyseOn(await open(), request);
    expect(actual.inputs.events?.skipped.map((s) => s.line)).toEqual(
      expected.inputs.events?.skipped.map((s) => s.line),
    );
    expect(actual.inputs.events?.rowsSkipped).toBe(expected.inputs.events?.rowsSkipped);

    const engine = await open();
    try {
      await loadEvents(engine, files.put('good.csv', smallLogCsv));
      await expect(loadEvents(engine, broken, { strict: true })).rejects.toThrow(/--strict refuses the file/);
      const [count] = await engine.query('SELECT count(*) AS n FROM events');
      expect(Number(count?.n)).toBe(18);
      // A load that fails after it replaced its table (an unknown element, found once loaded):
      // the table it replaced comes back.
      const design = journeyDesign(smallJourney());
      await loadFeedback(engine, files.put('good-feedback.csv', smallFeedbackCsv), design);
      const unknown = files.put('unknown.csv', `${smallFeedbackCsv}z,2024-01-05,nowhere,5,,,,\n`);
      await expect(loadFeedback(engine, unknown, design)).rejects.toThrow(/'nowhere' names no stage/);
      const feedback = await engine.query('SELECT respondent, element FROM feedback ORDER BY line');
      expect(feedback.map((row) => row.respondent)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(feedback.map((row) => row.element)).toEqual(['checkout', 'pays', 'checkout', 'checkout', null]);
      const tables = await engine.query(
        "SELECT name FROM system.tables WHERE database = currentDatabase() AND name LIKE '%waymark%' ORDER BY name",
      );
      expect(tables).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});

describe('choosing ClickHouse by URL', () => {
  it('says which analysis failed and what the server said', async () => {
    const engine = await openEngine({ url: server.url });
    // A table the analyses read, dropped behind their back: the server's message must come through.
    const broken: AnalyticsEngine = new Proxy(engine, {
      get(target, key, receiver) {
        if (key === 'queryWith') return () => target.query('SELECT no_such_function(1)');
        return Reflect.get(target, key, receiver);
      },
    });
    await expect(
      analyzeJourney({
        journey: smallJourney(),
        events: files.put('e.csv', smallLogCsv),
        engine: broken,
        now,
      }),
    ).rejects.toThrow(
      expect.objectContaining({
        name: 'EngineRefusedError',
        message: expect.stringMatching(
          /analysis 'funnel' failed on ClickHouse 18\.16[^:]*:.*no_such_function/,
        ),
      }),
    );
    await engine.close();
  });

  it('refuses a URL that is not http, and a server that does not answer, clearly', async () => {
    await expect(openEngine({ url: 'clickhouse://x' })).rejects.toThrow(/not an http\(s\) URL/);
    await expect(openEngine({ url: 'not a url' })).rejects.toThrow(/is not a URL/);
    const down = `http://127.0.0.1:${new URL(server.url).port === '1' ? 2 : 1}`;
    await expect(openEngine({ url: down })).rejects.toThrow(
      /cannot reach ClickHouse at http:\/\/127\.0\.0\.1:[12]/,
    );
  });

  it('drops the run’s own database on close', async () => {
    const engine = await openEngine({ url: server.url });
    const [db] = await engine.query('SELECT currentDatabase() AS d');
    await engine.close();
    const query = `SELECT count() FROM system.databases WHERE name = '${String(db?.d)}'`;
    const response = await fetch(`${server.url}/?query=${encodeURIComponent(query)}`);
    expect((await response.text()).trim()).toBe('0');
  });
});
