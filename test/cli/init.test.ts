import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { templates } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

describe('waymark init', () => {
  it('writes a blank journey that validates and lints without errors', async () => {
    const run = await runCli(['init', 'checkout-flow.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Created checkout-flow.yaml');
    const text = await readFile(join(dir, 'checkout-flow.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('docs/format.md');
    expect(text).toContain('title: "Checkout flow"');
    for (const stage of [
      'Awareness',
      'Consideration',
      'Purchase',
      'Onboarding',
      'Usage',
      'Support',
      'Loyalty',
    ]) {
      expect(text).toContain(`- ${stage}:`);
    }
    expect((await runCli(['validate', 'checkout-flow.yaml'], { cwd: dir })).code).toBe(0);
    const lint = await runCli(['lint', '--json', 'checkout-flow.yaml'], { cwd: dir });
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.stdout).counts.error).toBe(0);
  });

  it('refuses to overwrite an existing file without --force, and leaves it untouched', async () => {
    await writeFile(join(dir, 'mine.yaml'), 'title: Precious work\n');
    const run = await runCli(['init', 'mine.yaml'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('mine.yaml: already exists; use --force to overwrite it');
    expect(await readFile(join(dir, 'mine.yaml'), 'utf8')).toBe('title: Precious work\n');
    const forced = await runCli(['init', '--force', 'mine.yaml'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, 'mine.yaml'), 'utf8')).toContain('stages:');
  });

  it('has templates to test', () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  it.each(templates.map((template) => [template.id, template.source]))(
    'writes template %s verbatim, and the result validates',
    async (id, source) => {
      const file = `${id}.yaml`;
      const run = await runCli(['init', '--template', id, file], { cwd: dir });
      expect(run.code).toBe(0);
      expect(await readFile(join(dir, file), 'utf8')).toBe(source.replace(/^\n+/, ''));
      const validate = await runCli(['validate', file], { cwd: dir });
      expect(validate.code).toBe(0);
    },
  );

  it('writes JSON when the file name ends in .json', async () => {
    const id = templates[0]?.id ?? '';
    const run = await runCli(['init', '--template', id, 'journey.json'], { cwd: dir });
    expect(run.code).toBe(0);
    const json = JSON.parse(await readFile(join(dir, 'journey.json'), 'utf8'));
    expect(typeof json.title).toBe('string');
    expect((await runCli(['validate', 'journey.json'], { cwd: dir })).code).toBe(0);
  });

  it('exits 2 on an unknown template, suggesting a close id', async () => {
    const id = templates[0]?.id ?? 'hotel-stay';
    const typo = `${id.slice(0, -1)}x`;
    const run = await runCli(['init', '--template', typo, 'typo.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown template '${typo}' (did you mean '${id}'?)`);
    expect(await readdir(dir)).not.toContain('typo.yaml');
  });

  it('exits 2 for a file name that is not .yaml, .yml or .json', async () => {
    const run = await runCli(['init', 'journey.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('journey.txt: a journey file name must end in .yaml, .yml or .json');
  });

  it('creates missing directories, as in `waymark init journeys/hotel.yaml`', async () => {
    const run = await runCli(['init', 'journeys/new/journey.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(await readdir(join(dir, 'journeys', 'new'))).toEqual(['journey.yaml']);
  });

  it('exits 3 when a parent is a file, leaving no temporary files', async () => {
    await writeFile(join(dir, 'plain-file'), 'x');
    const run = await runCli(['init', 'plain-file/journey.yaml'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('plain-file/journey.yaml: cannot write:');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
