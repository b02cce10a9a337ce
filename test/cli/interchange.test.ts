import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { interchangeFormats } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, put, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await cp(fixturesDir, dir, { recursive: true });
});
afterAll(() => cleanup());

const exportable = interchangeFormats.filter((format) => format.export !== undefined);
const roundTrippable = exportable.filter((format) => format.import !== undefined && format.id !== 'mermaid');

/** What the start of each exported format must look like. */
function checkSignature(id: string, bytes: Buffer): void {
  const text = bytes.toString('utf8');
  switch (id) {
    case 'xlsx':
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      break;
    case 'json':
    case 'ujm':
      expect(() => JSON.parse(text)).not.toThrow();
      break;
    case 'mermaid':
      expect(text).toMatch(/^(%%.*\n)*journey\n/m);
      expect(text).toContain('section Renewal');
      break;
    case 'md':
      expect(text).toMatch(/^# Renewing a bike insurance policy/m);
      break;
    default:
      expect(text).toContain('Renewing a bike insurance policy');
  }
}

describe('waymark import', () => {
  it('imports a Mermaid journey to YAML that validates', async () => {
    const run = await runCli(['import', 'journey.mmd', '-o', 'from-mermaid.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const yaml = await readFile(join(dir, 'from-mermaid.yaml'), 'utf8');
    expect(yaml).toContain('My working day');
    expect(yaml).toContain('Go upstairs');
    expect((await runCli(['validate', 'from-mermaid.yaml'], { cwd: dir })).code).toBe(0);
  });

  it('writes JSON when the output ends in .json', async () => {
    expect((await runCli(['import', 'journey.mmd', '-o', 'from-mermaid.json'], { cwd: dir })).code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'from-mermaid.json'), 'utf8'));
    expect(json.title).toBe('My working day');
  });

  it('prints what the importer adjusted on stderr', async () => {
    await put(dir, 'messy.mmd', 'journey\n  title Messy\n  section One\n    Wait: 9: Me\n');
    const run = await runCli(['import', 'messy.mmd', '-o', 'messy.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/messy\.mmd: note: .*line 4/);
  });

  it('refuses malformed input with line numbers, writing nothing', async () => {
    const run = await runCli(['import', 'broken.mmd', '-o', 'broken.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.mmd:4/);
    expect(run.stderr).toMatch(/broken\.mmd:5/);
    expect(await readdir(dir)).not.toContain('broken.yaml');
  });

  it('takes the format from --from when the extension does not say it', async () => {
    await put(dir, 'diagram.txt', await readFile(join(dir, 'journey.mmd'), 'utf8'));
    const guess = await runCli(['import', 'diagram.txt', '-o', 'diagram.yaml'], { cwd: dir });
    expect(guess.code).toBe(2);
    expect(guess.stderr).toContain('--from');
    expect(
      (await runCli(['import', '--from', 'mermaid', 'diagram.txt', '-o', 'diagram.yaml'], { cwd: dir })).code,
    ).toBe(0);
  });

  it('exits 2 on an unknown --from format', async () => {
    const run = await runCli(['import', '--from', 'mermiad', 'journey.mmd', '-o', 'x.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown format 'mermiad' (did you mean 'mermaid'?)");
  });
});

describe('waymark export', () => {
  it('has formats to test', () => {
    expect(exportable.map((format) => format.id)).toEqual(
      expect.arrayContaining(['mermaid', 'csv', 'md', 'json', 'ujm', 'xlsx', 'yaml']),
    );
  });

  it.each(exportable.map((format) => [format.id, format.extensions[0] ?? `.${format.id}`]))(
    'exports to %s',
    async (id, extension) => {
      const out = `export-${id}${extension}`;
      const run = await runCli(['export', 'good.yaml', '--to', id, '-o', out], { cwd: dir });
      expect(run.code).toBe(0);
      checkSignature(id, await readFile(join(dir, out)));
    },
  );

  it.each(roundTrippable.map((format) => [format.id, format.extensions[0] ?? `.${format.id}`]))(
    'exports to %s and imports back without differences',
    async (id, extension) => {
      const out = `trip-${id}${extension}`;
      expect((await runCli(['export', 'good.yaml', '--to', id, '-o', out], { cwd: dir })).code).toBe(0);
      const back = await runCli(['import', '--from', id, out, '-o', `trip-${id}.yaml`], { cwd: dir });
      expect(back.code).toBe(0);
      const diff = await runCli(['diff', '--exit-code', 'good.yaml', `trip-${id}.yaml`], { cwd: dir });
      expect(diff.stdout).toContain('No differences.');
      expect(diff.code).toBe(0);
    },
  );

  it('takes the format from the output extension when --to is left out', async () => {
    expect((await runCli(['export', 'good.yaml', '-o', 'by-extension.md'], { cwd: dir })).code).toBe(0);
    checkSignature('md', await readFile(join(dir, 'by-extension.md')));
  });

  it('writes text formats to stdout with -o -', async () => {
    const run = await runCli(['export', 'good.yaml', '--to', 'mermaid', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(0);
    checkSignature('mermaid', run.stdoutBytes);
  });

  it('refuses to write a binary format to stdout', async () => {
    const run = await runCli(['export', 'good.yaml', '--to', 'xlsx', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('binary');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an unknown format and 1 on an invalid journey', async () => {
    const unknown = await runCli(['export', 'good.yaml', '--to', 'pptx', '-o', 'x.pptx'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown format 'pptx'");
    const invalid = await runCli(['export', 'bad.yaml', '--to', 'md', '-o', 'bad.md'], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(await readdir(dir)).not.toContain('bad.md');
  });
});
