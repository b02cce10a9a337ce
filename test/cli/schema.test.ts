import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterAll(() => cleanup());

describe('waymark schema', () => {
  it('prints the JSON Schema of journey files on stdout', async () => {
    const run = await runCli(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//);
    expect(JSON.stringify(schema)).toContain('stages');
  });

  it('writes the schema to a file with -o', async () => {
    const run = await runCli(['schema', '-o', 'journey.schema.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const written = JSON.parse(await readFile(join(dir, 'journey.schema.json'), 'utf8'));
    expect(written).toEqual(JSON.parse((await runCli(['schema'])).stdout));
  });
});
