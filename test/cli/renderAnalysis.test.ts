import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, put, runCli } from './runCli.js';

const journeyYaml = `journey: Shop
stages:
  - Discover:
      - Visits:
          events: [visit]
  - Buy:
      - Pays:
          events: [pay]
`;

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await put(dir, 'shop.yaml', journeyYaml);
  await put(
    dir,
    'log.csv',
    'user_id,event,ts\na,visit,2024-01-01T10:00:00Z\na,pay,2024-01-01T10:05:00Z\nb,visit,2024-01-01T11:00:00Z\n',
  );
  const analyze = await runCli(['analyze', 'shop.yaml', '--events', 'log.csv', '-o', 'report.json'], {
    cwd: dir,
  });
  expect(analyze.code, analyze.stderr).toBe(0);
});
afterAll(() => cleanup());

describe('waymark render --analysis', () => {
  it('overlays the measured funnel on the map', async () => {
    const run = await runCli(['render', 'shop.yaml', '--analysis', 'report.json', '-o', 'map.svg'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const svg = await readFile(join(dir, 'map.svg'), 'utf8');
    expect(svg).toContain('2 customers');
    expect(svg).toContain('50% go on to Buy');
    const plain = await runCli(['render', 'shop.yaml', '-o', '-'], { cwd: dir });
    expect(plain.stdout).not.toContain('wm-measured-stage');
  });

  it('refuses a file that is not an analysis document, naming it, and writes nothing', async () => {
    await put(dir, 'broken.json', '{"journey": "shop"}');
    const run = await runCli(['render', 'shop.yaml', '--analysis', 'broken.json', '-o', 'no.svg'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\.json: not a valid analysis document/m);
    await expect(readFile(join(dir, 'no.svg'))).rejects.toThrow();
    await put(dir, 'text.json', 'not json');
    const text = await runCli(['render', 'shop.yaml', '--analysis', 'text.json', '-o', 'no.svg'], {
      cwd: dir,
    });
    expect(text.stderr).toMatch(/^text\.json: not an analysis document: invalid JSON/m);
  });

  it('refuses the analysis of another journey', async () => {
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Record<string, unknown>;
    await put(dir, 'other.json', JSON.stringify({ ...report, journey: 'another-journey' }));
    const run = await runCli(['render', 'shop.yaml', '--analysis', 'other.json', '-o', 'no.svg'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("other.json: this analysis is of journey 'another-journey', not of 'shop'");
  });
});
