import { cp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, put, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await cp(fixturesDir, dir, { recursive: true });
});
afterAll(() => cleanup());

const emotionError =
  'bad.yaml:7:32 stages[0].steps[0].emotions.shopper: expected a number from -2 to 2, got 5';

describe('waymark validate', () => {
  it('exits 0 for a valid journey', async () => {
    const run = await runCli(['validate', 'good.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('good.yaml is valid');
    expect(run.stderr).toBe('');
  });

  it('exits 1 for an invalid journey, printing file:line:col path: message', async () => {
    const run = await runCli(['validate', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(emotionError);
  });

  it('names files as they were given on the command line', async () => {
    const run = await runCli(['validate', `${dir}/bad.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${dir}/bad.yaml:7:32 `);
  });

  it('checks every file and fails if any is invalid', async () => {
    const run = await runCli(['validate', 'good.yaml', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('good.yaml is valid');
    expect(run.stdout).toContain(emotionError);
    expect(run.stdout).toContain('1 of 2 files valid');
  });

  it('reports all the errors of a file at once', async () => {
    await put(
      dir,
      'many.yaml',
      'title: Many errors\nstatus: publshed\npersonas:\n  a: { name: A }\nstages:\n  - S:\n      - T:\n          emotions: { a: 9, b: 1 }\n',
    );
    const run = await runCli(['validate', 'many.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('many.yaml:'));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(run.stdout).toMatch(/many\.yaml:2:\d+ status: .*publshed/);
  });

  it('never lets user text send control sequences to the terminal', async () => {
    await put(dir, 'escape.yaml', 'title: Escape\nstatus: "\\e[2Jgone"\n');
    const run = await runCli(['validate', 'escape.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('\u001b');
    expect(run.stdout).toContain(
      "escape.yaml:2:9 status: expected one of draft, in-review, published, got '\\u{1b}[2Jgone'",
    );
  });

  it('reads persona files relative to the journey file', async () => {
    const run = await runCli(['validate', `${dir}/with-persona-file.yaml`]);
    expect(run.code).toBe(0);
  });

  it('exits 3 when a file cannot be read, after checking the others', async () => {
    const run = await runCli(['validate', 'missing.yaml', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('missing.yaml: cannot read: no such file or directory');
    expect(run.stdout).toContain(emotionError);
  });

  it('prints a JSON report with --json, and nothing else on stdout', async () => {
    const run = await runCli(['validate', '--json', 'good.yaml', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.valid).toBe(false);
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toMatchObject({ file: 'good.yaml', valid: true, errors: [] });
    expect(report.files[1]).toMatchObject({ file: 'bad.yaml', valid: false });
    expect(report.files[1].errors[0]).toMatchObject({
      severity: 'error',
      file: 'bad.yaml',
      line: 7,
      column: 32,
      path: 'stages[0].steps[0].emotions.shopper',
      message: 'expected a number from -2 to 2, got 5',
    });
  });
});
