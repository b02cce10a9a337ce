import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyzeJourney.js';
import { DuckDbEngine } from '../engine/DuckDbEngine.js';
import { journeyDesign } from '../signals/journeyDesign.js';
import { smallJourney } from '../testing/smallJourney.js';
import { csv, tempFiles } from '../testing/tempFiles.js';
import { detectColumns, eventRoles } from './columnRoles.js';
import { InputError } from './InputError.js';
import { loadEvents } from './loadEvents.js';
import { loadFeedback } from './loadFeedback.js';

const files = tempFiles();
afterAll(() => files.cleanup());

async function withEngine<T>(work: (engine: DuckDbEngine) => Promise<T>, timezone?: string): Promise<T> {
  const engine = await DuckDbEngine.open(timezone ? { timezone } : {});
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}

const tables = async (engine: DuckDbEngine) =>
  (
    await engine.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name IN ('events', 'feedback')",
    )
  ).map((row) => row.table_name);

describe('column detection', () => {
  it('finds the usual header names, whatever their case and separators', () => {
    expect(
      detectColumns('x.csv', ['Distinct ID', 'Event Name', 'created_at', 'Platform'], eventRoles),
    ).toEqual({
      customer: 'Distinct ID',
      event: 'Event Name',
      timestamp: 'created_at',
      channel: 'Platform',
    });
  });

  it('lets overrides choose, and refuses an override naming a column the file lacks', () => {
    expect(
      detectColumns('x.csv', ['uid', 'what', 'when'], eventRoles, {
        customer: 'uid',
        event: 'what',
        timestamp: 'when',
      }),
    ).toMatchObject({ customer: 'uid' });
    expect(() => detectColumns('x.csv', ['uid'], eventRoles, { customer: 'user' })).toThrow(
      /column 'user' \(for customer\) is not in the file; its columns are uid/,
    );
    expect(() => detectColumns('x.csv', ['uid'], eventRoles, { shoe: 'uid' })).toThrow(
      /unknown column role 'shoe'/,
    );
  });

  it('names every missing required column and the file’s columns', () => {
    expect(() => detectColumns('log.csv', ['user_id', 'colour'], eventRoles)).toThrow(
      /log\.csv: missing required columns: timestamp .*; event .*The file's columns are user_id, colour/,
    );
  });
});

describe('loading events', () => {
  it('reads NDJSON, with broken lines skipped and reported by line', async () => {
    const file = files.put(
      'events.ndjson',
      [
        '{"distinct_id":"a","action":"visit","ts":1704103200}',
        '{oops',
        '',
        '{"distinct_id":"a","action":"use","ts":"2024-01-02T10:00:00Z"}',
        '[1,2]',
      ].join('\n'),
    );
    const summary = await withEngine((engine) => loadEvents(engine, file));
    expect(summary).toMatchObject({ format: 'ndjson', rowsTaken: 2, rowsSkipped: 2 });
    expect(summary.skipped.map((s) => s.line)).toEqual([2, 5]);
  });

  it('reads Parquet', async () => {
    const file = `${files.dir}/events.parquet`;
    await withEngine(async (engine) => {
      await engine.execute(
        `COPY (SELECT * FROM (VALUES ('a', 'visit', TIMESTAMP '2024-01-01 10:00:00'), ('b', 'cart_add', TIMESTAMP '2024-01-01 11:00:00')) t(customer_id, event_name, event_time)) TO '${file}' (FORMAT parquet)`,
      );
    });
    const summary = await withEngine(async (engine) => {
      const loaded = await loadEvents(engine, file);
      const rows = await engine.query('SELECT customer, ts FROM events ORDER BY customer');
      expect(rows.map((r) => Number(r.ts))).toEqual([
        Date.parse('2024-01-01T10:00:00Z'),
        Date.parse('2024-01-01T11:00:00Z'),
      ]);
      return loaded;
    });
    expect(summary).toMatchObject({ format: 'parquet', rowsTaken: 2, rowsSkipped: 0 });
  });

  it('reads every timestamp form, zone-less ones in the given time zone', async () => {
    const file = files.put(
      'times.csv',
      csv('user,event,time', [
        'a,x,2024-06-01T12:00:00Z',
        'a,x,2024-06-01T14:00:00+02:00',
        'a,x,2024-06-01 14:00:00',
        'a,x,1717243200',
        'a,x,1717243200000',
        'a,x,1717243200.5',
      ]),
    );
    const times = await withEngine(async (engine) => {
      await loadEvents(engine, file);
      return (await engine.query('SELECT ts FROM events ORDER BY line')).map((r) => Number(r.ts));
    }, 'Europe/Berlin');
    const noon = Date.parse('2024-06-01T12:00:00Z');
    expect(times).toEqual([noon, noon, noon, noon, noon, noon + 500]);
  });

  it('refuses a log whose time column holds no timestamp, before loading anything', async () => {
    const file = files.put('words.csv', csv('user,event,time', ['a,x,soon', 'b,y,later']));
    await withEngine(async (engine) => {
      await expect(loadEvents(engine, file)).rejects.toThrow(
        /words\.csv:2: column 'time' \(timestamp\) holds 'soon', not a timestamp/,
      );
      expect(await tables(engine)).toEqual([]);
    });
  });

  it('in strict mode refuses a file with one malformed row and keeps nothing', async () => {
    const file = files.put(
      'strict.csv',
      csv('user,event,time', ['a,x,2024-01-01T00:00:00Z', 'b,,2024-01-01T00:00:00Z']),
    );
    await withEngine(async (engine) => {
      const error = await loadEvents(engine, file, { strict: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect(String(error)).toMatch(
        /strict\.csv:3: 1 malformed row \(--strict refuses the file\); the first: no event name/,
      );
      expect(await tables(engine)).toEqual([]);
    });
  });

  it('names skipped rows by their line, after refused rows and beside a column named rowid', async () => {
    const rows = [
      'a,x,2024-01-01T00:00:00Z,9',
      'b,x,2024-01-01T00:00:00Z,8,too,many',
      'c,,2024-01-01T00:00:00Z,7',
      'd,x,2024-01-01T00:00:00Z,6',
    ];
    for (const header of ['user,event,time,rank', 'user,event,time,rowid']) {
      const file = files.put('lines.csv', csv(header, rows));
      const summary = await withEngine(async (engine) => {
        const loaded = await loadEvents(engine, file);
        const lines = await engine.query('SELECT customer, line FROM events ORDER BY line');
        return { ...loaded, lines: lines.map((r) => [r.customer, Number(r.line)]) };
      });
      expect(summary.skipped.map((s) => s.line)).toEqual([3, 4]);
      expect(summary.skipped[1]?.reason).toMatch(/no event name/);
      expect(summary.lines).toEqual([
        ['a', 2],
        ['d', 5],
      ]);
    }
  });

  it('refuses an unknown format and a file with no usable row', async () => {
    await withEngine(async (engine) => {
      await expect(loadEvents(engine, 'log.txt')).rejects.toThrow(
        /log\.txt: cannot tell the file's format.*\.csv, \.ndjson\/\.jsonl, \.parquet/,
      );
      const empty = files.put('bad-rows.csv', csv('user,event,time', [',x,2024-01-01T00:00:00Z']));
      await expect(loadEvents(engine, empty)).rejects.toThrow(
        /no row could be read; the first problem: no customer id/,
      );
    });
  });
});

describe('loading feedback', () => {
  it('reads XLSX survey exports', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Responses');
    sheet.addRow(['Response ID', 'Submitted at', 'Touchpoint', 'NPS', 'Comment']);
    sheet.addRow(['r1', new Date('2024-01-03T09:00:00Z'), 'checkout', 9, 'Fine']);
    sheet.addRow(['r2', '2024-01-04', 'Pays', 3, 'Hidden delivery charge']);
    const file = `${files.dir}/survey.xlsx`;
    await workbook.xlsx.writeFile(file);
    const summary = await withEngine(async (engine) => {
      const loaded = await loadFeedback(engine, file, journeyDesign(smallJourney()));
      expect(await engine.query('SELECT respondent, element, nps FROM feedback ORDER BY line')).toEqual([
        { respondent: 'r1', element: 'checkout', nps: 9 },
        { respondent: 'r2', element: 'pays', nps: 3 },
      ]);
      return loaded;
    });
    expect(summary).toMatchObject({
      format: 'xlsx',
      rowsTaken: 2,
      columns: { respondent: 'Response ID', at: 'Touchpoint' },
    });
  });

  it('refuses a response about an element the journey does not have, naming its line', async () => {
    const file = files.put(
      'unknown.csv',
      csv('date,touchpoint,nps', ['2024-01-01,checkout,9', '2024-01-01,teleporter,3']),
    );
    await withEngine(async (engine) => {
      await expect(loadFeedback(engine, file, journeyDesign(smallJourney()))).rejects.toThrow(
        /unknown\.csv:3: 'teleporter' names no stage, step or touchpoint of journey 'small-shop'/,
      );
      expect(await tables(engine)).toEqual([]);
    });
  });

  it('skips scores out of range, saying which and where', async () => {
    const file = files.put(
      'range.csv',
      csv('date,nps,csat,ces', ['2024-01-01,11,,', '2024-01-01,,0,', '2024-01-01,,,8', '2024-01-01,7,5,7']),
    );
    const summary = await withEngine((engine) => loadFeedback(engine, file, journeyDesign(smallJourney())));
    expect(summary.rowsTaken).toBe(1);
    expect(summary.skipped).toEqual([
      { line: 2, reason: "NPS must be a whole number from 0 to 10 (column 'nps')" },
      { line: 3, reason: "CSAT must be a whole number from 1 to 5 (column 'csat')" },
      { line: 4, reason: "CES must be a whole number from 1 to 7 (column 'ces')" },
    ]);
  });
});

describe('analyzeJourney refuses bad requests before any work', () => {
  it('an unknown persona, a bad date, a range that ends before it starts, no input', async () => {
    const journey = smallJourney();
    const events = files.put('ok.csv', csv('user,event,time', ['a,visit,2024-01-01T00:00:00Z']));
    await expect(analyzeJourney({ journey, events, persona: 'pirate' })).rejects.toThrow(
      /has no persona 'pirate'; its personas: shopper, loyal/,
    );
    await expect(analyzeJourney({ journey, events, range: { from: '2024-13-01' } })).rejects.toThrow(
      /expected a date written as YYYY-MM-DD, got '2024-13-01'/,
    );
    await expect(
      analyzeJourney({ journey, events, range: { from: '2024-02-01', to: '2024-01-01' } }),
    ).rejects.toThrow(/ends \(2024-01-01\) before it starts/);
    await expect(analyzeJourney({ journey })).rejects.toThrow(/nothing to analyse/);
    await expect(analyzeJourney({ journey, events, timezone: 'Mars/Olympus' })).rejects.toThrow(
      /unknown time zone 'Mars\/Olympus'/,
    );
  });
});
