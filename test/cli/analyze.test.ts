import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnalysisDocument } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, put, runCli } from './runCli.js';

const journeyYaml = `journey: "Shop <script>alert(1)</script>"
personas:
  shopper: { name: Shopper, segments: [budget] }
stages:
  - Discover:
      - Visits:
          events: [visit]
  - Buy:
      - Pays:
          touchpoints:
            - web: { name: checkout, events: ["pay_*"] }
`;

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await put(dir, 'shop.yaml', journeyYaml);
  await put(
    dir,
    'log.csv',
    'user_id,event,ts,segment\na,visit,2024-01-01T10:00:00Z,budget\na,pay_card,2024-01-01T10:05:00Z,budget\nb,visit,2024-01-01T11:00:00Z,\nb,<b>odd</b>,2024-01-01T11:01:00Z,\n',
  );
});
afterAll(() => cleanup());

describe('waymark sample-data + analyze', () => {
  it('writes sample data whose ground truth the analysis recovers, as a valid analysis document', async () => {
    const sample = await runCli(
      ['sample-data', '--template', 'hotel-stay', '--customers', '800', '--seed', '5', '-o', 'sample'],
      { cwd: dir },
    );
    expect(sample.code, sample.stderr).toBe(0);
    expect(sample.stderr).toMatch(/Wrote \d+ events of 800 customers and \d+ survey responses to sample/);
    const truth = JSON.parse(await readFile(join(dir, 'sample/truth.json'), 'utf8')) as {
      reached: { stage: string; customers: number }[];
      events: number;
    };
    const run = await runCli(
      [
        'analyze',
        'sample/journey.yaml',
        '--events',
        'sample/events.csv',
        '--feedback',
        'sample/survey.csv',
        '-o',
        'report.json',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`sample/events.csv: took ${truth.events} rows, skipped 0`);
    const document = AnalysisDocument.parse(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')));
    expect(document.funnel?.stages.map((s) => s.customers)).toEqual(truth.reached.map((r) => r.customers));
    expect(document.unmatchedEvents?.events).toBe(0);
  });

  it('writes one self-contained HTML report with user text escaped', async () => {
    const run = await runCli(['analyze', 'shop.yaml', '--events', 'log.csv', '-o', 'report.html'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('note: 1 events match no signal');
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Shop &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;odd&lt;/b&gt;');
    expect(html).not.toMatch(/<(link|img|iframe)[\s>]|src="http/);
    expect(html).toContain('<svg');
  });

  it('writes the document to stdout with -o - and keeps to one persona and a date range', async () => {
    const run = await runCli(
      [
        'analyze',
        'shop.yaml',
        '--events',
        'log.csv',
        '--persona',
        'shopper',
        '--from',
        '2024-01-01',
        '--to',
        '2024-01-01',
        '-o',
        '-',
      ],
      { cwd: dir },
    );
    expect(run.code, run.stderr).toBe(0);
    const document = AnalysisDocument.parse(JSON.parse(run.stdout));
    expect(document.scope).toEqual({ from: '2024-01-01', to: '2024-01-01', persona: 'shopper' });
    expect(document.funnel?.stages.map((s) => s.customers)).toEqual([1, 1]);
  });
});

describe('waymark analyze: bad input', () => {
  it('names a missing required column and writes nothing (exit 1)', async () => {
    await put(dir, 'nocol.csv', 'user_id,ts\na,2024-01-01\n');
    const run = await runCli(['analyze', 'shop.yaml', '--events', 'nocol.csv', '-o', 'nocol.json'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /nocol\.csv: missing required column: event .*The file's columns are user_id, ts; name one with --map event=COLUMN/,
    );
    await expect(readFile(join(dir, 'nocol.json'))).rejects.toThrow();
  });

  it('reports skipped rows with their lines, and --strict refuses the file', async () => {
    await put(dir, 'bad.csv', 'user_id,event,ts\na,visit,2024-01-01T10:00:00Z\nb,visit,yesterday\n');
    const lenient = await runCli(['analyze', 'shop.yaml', '--events', 'bad.csv', '-o', 'bad.json'], {
      cwd: dir,
    });
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toContain('bad.csv: took 1 rows, skipped 1');
    expect(lenient.stderr).toMatch(/bad\.csv:3: timestamp not understood/);
    const strict = await runCli(
      ['analyze', 'shop.yaml', '--events', 'bad.csv', '--strict', '-o', 'strict.json'],
      { cwd: dir },
    );
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/bad\.csv:3: 1 malformed row \(--strict refuses the file\)/);
  });

  it('runs on the ClickHouse server --engine-url or ANALYTICS_URL names, and says so when it does not answer', async () => {
    const env = await runCli(['analyze', 'shop.yaml', '--events', 'log.csv', '-o', 'ch.json'], {
      cwd: dir,
      env: { ANALYTICS_URL: 'http://127.0.0.1:1' },
    });
    expect(env.code).toBe(1);
    expect(env.stderr).toMatch(/ANALYTICS_URL: cannot reach ClickHouse at http:\/\/127\.0\.0\.1:1: /);
    await expect(readFile(join(dir, 'ch.json'))).rejects.toThrow();
    const flag = await runCli(
      ['analyze', 'shop.yaml', '--events', 'log.csv', '--engine-url', 'ftp://127.0.0.1:2', '-o', 'ch.json'],
      { cwd: dir, env: { ANALYTICS_URL: 'http://127.0.0.1:1' } },
    );
    expect(flag.code).toBe(1);
    expect(flag.stderr).toMatch(/--engine-url: 'ftp:\/\/127\.0\.0\.1:2' is not an http\(s\) URL/);
  });

  it('refuses an unknown persona, a bad flag value and a missing file', async () => {
    const persona = await runCli(
      ['analyze', 'shop.yaml', '--events', 'log.csv', '--persona', 'pirate', '-o', 'x.json'],
      { cwd: dir },
    );
    expect(persona.code).toBe(2);
    expect(persona.stderr).toContain("has no persona 'pirate'");
    const top = await runCli(
      ['analyze', 'shop.yaml', '--events', 'log.csv', '--top', 'lots', '-o', 'x.json'],
      { cwd: dir },
    );
    expect(top.code).toBe(2);
    const missing = await runCli(['analyze', 'shop.yaml', '--events', 'nope.csv', '-o', 'x.json'], {
      cwd: dir,
    });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('nope.csv: cannot read: no such file or directory');
    const template = await runCli(['sample-data', '--template', 'hotell-stay', '-o', 'x'], { cwd: dir });
    expect(template.code).toBe(2);
    expect(template.stderr).toMatch(/unknown template 'hotell-stay'.*hotel-stay/);
  });
});
