import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseJourney } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, put, runCli } from './runCli.js';

const journeyYaml = `# Our checkout journey — kept by the CX team.
journey: Shop
stages:
  - Discover:
      - Visits:
          events: [visit]
  - Buy:
      - Pays:
          events: [pay]
metrics:
  - { id: discover-conversion, name: Discover to Buy, kind: conversion, at: discover, unit: "%" }
`;

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await put(dir, 'shop.yaml', journeyYaml);
  const rows = ['user_id,event,ts'];
  for (let i = 0; i < 10; i += 1) {
    rows.push(`u${i},visit,2024-01-01T10:00:00Z`);
    if (i < 3) rows.push(`u${i},pay,2024-01-01T10:05:00Z`);
  }
  await put(dir, 'log.csv', `${rows.join('\n')}\n`);
  const analyze = await runCli(['analyze', 'shop.yaml', '--events', 'log.csv', '-o', 'report.json'], {
    cwd: dir,
  });
  expect(analyze.code, analyze.stderr).toBe(0);
});
afterAll(() => cleanup());

const journeyIn = async (name: string) => {
  const result = parseJourney(await readFile(join(dir, name), 'utf8'), { fileName: name });
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.journey;
};

describe('waymark accept', () => {
  it('lists what is on offer, and without --write changes nothing', async () => {
    const list = await runCli(['accept', 'shop.yaml', 'report.json'], { cwd: dir });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^S1 {2}painPoint/m);
    expect(list.stdout).toMatch(/^M1 {2}measurement {2}Discover to Buy: 30 % on /m);
    const dry = await runCli(['accept', 'shop.yaml', 'report.json', '--items', 'all'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('add --write');
    expect(await readFile(join(dir, 'shop.yaml'), 'utf8')).toBe(journeyYaml);
  });

  it('refuses an unknown id and leaves the file as it was', async () => {
    const run = await runCli(['accept', 'shop.yaml', 'report.json', '--items', 'S1,S99', '--write'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("report.json: no item 'S99' to accept");
    expect(await readFile(join(dir, 'shop.yaml'), 'utf8')).toBe(journeyYaml);
  });

  it('writes exactly the accepted items; the journey stays valid and lint runs', async () => {
    await put(dir, 'copy.yaml', journeyYaml);
    const run = await runCli(['accept', 'copy.yaml', 'report.json', '--items', 'S1,M1', '--write'], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    const after = await journeyIn('copy.yaml');
    expect(after.painPoints).toHaveLength(1);
    expect(after.painPoints[0]?.evidence).toBe('measured');
    expect(after.insights).toHaveLength(1);
    expect(after.metrics[0]?.measurements).toHaveLength(1);
    expect(after.metrics[0]?.measurements[0]?.value).toBe(30);
    expect(after.metrics[0]?.measurements[0]?.source).toContain('log.csv');
    // The file keeps its own text around what was added: the comment and the short forms.
    const text = await readFile(join(dir, 'copy.yaml'), 'utf8');
    expect(text.startsWith(journeyYaml.split('metrics:')[0] ?? '')).toBe(true);
    expect(run.stderr).not.toContain('canonical form');
    const lint = await runCli(['lint', 'copy.yaml'], { cwd: dir });
    expect(lint.code).toBeLessThan(2);
    expect(lint.stderr).not.toMatch(/error/i);
  });
});
