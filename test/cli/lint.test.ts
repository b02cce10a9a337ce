import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintRules } from '@waymark/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, put, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await cp(fixturesDir, dir, { recursive: true });
});
afterAll(() => cleanup());

interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
}

const lintJson = async (...args: string[]) => {
  const run = await runCli(['lint', '--json', '--today', '2026-11-25', ...args], { cwd: dir });
  return { run, report: JSON.parse(run.stdout) };
};

describe('waymark lint', () => {
  it('prints the report with the health score and passes when there are no errors', async () => {
    const { report } = await lintJson('good.yaml');
    expect(report.counts.error).toBe(0);
    expect(report.counts.warning).toBeGreaterThan(0);
    const run = await runCli(['lint', '--today', '2026-11-25', 'good.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/health/i);
    expect(run.stdout).toContain(String(report.files[0].health.score));
    expect(run.stdout).toContain('lint passed');
  });

  it('prints a JSON report with findings, health and counts per file', async () => {
    const { run, report } = await lintJson('good.yaml');
    expect(run.code).toBe(0);
    expect(report.passed).toBe(true);
    const [file] = report.files;
    expect(file).toMatchObject({ file: 'good.yaml', valid: true });
    expect(file.health.score).toBeGreaterThanOrEqual(0);
    expect(file.health.score).toBeLessThanOrEqual(100);
    expect(file.health.breakdown.length).toBeGreaterThan(0);
    expect(file.counts).toEqual(report.counts);
    for (const finding of file.findings) {
      expect(finding).toMatchObject({
        rule: expect.any(String),
        severity: expect.any(String),
        message: expect.any(String),
      });
    }
  });

  it('fails on warnings with --fail-on warning', async () => {
    const run = await runCli(['lint', '--today', '2026-11-25', '--fail-on', 'warning', 'good.yaml'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('lint failed');
  });

  it('fails when the warnings exceed --max-warnings', async () => {
    const { report } = await lintJson('good.yaml');
    const warnings: number = report.counts.warning;
    expect((await lintJson('--max-warnings', String(warnings), 'good.yaml')).run.code).toBe(0);
    const over = await lintJson('--max-warnings', String(warnings - 1), 'good.yaml');
    expect(over.run.code).toBe(1);
    expect(over.report.passed).toBe(false);
  });

  it('applies --rule overrides: a rule raised to error fails, rules turned off disappear', async () => {
    const { report } = await lintJson('good.yaml');
    const warningRules = [
      ...new Set(
        (report.files[0].findings as Finding[]).filter((f) => f.severity === 'warning').map((f) => f.rule),
      ),
    ];
    expect(warningRules.length).toBeGreaterThan(0);
    const raised = await lintJson('--rule', `${warningRules[0]}=error`, 'good.yaml');
    expect(raised.run.code).toBe(1);
    expect(
      (raised.report.files[0].findings as Finding[]).some(
        (f) => f.rule === warningRules[0] && f.severity === 'error',
      ),
    ).toBe(true);
    const off = await lintJson(
      '--fail-on',
      'warning',
      ...warningRules.flatMap((id) => ['--rule', `${id}=off`]),
      'good.yaml',
    );
    expect(off.run.code).toBe(0);
    expect((off.report.files[0].findings as Finding[]).some((f) => warningRules.includes(f.rule))).toBe(
      false,
    );
    const commaSeparated = await lintJson(
      '--fail-on',
      'warning',
      '--rule',
      warningRules.map((id) => `${id}=off`).join(','),
      'good.yaml',
    );
    expect(commaSeparated.run.code).toBe(0);
  });

  it('judges review dates against --today', async () => {
    const good = await readFile(join(dir, 'good.yaml'), 'utf8');
    const review =
      'owner: Retention team\nstatus: published\nreview: { cadence: monthly, lastReviewed: 2026-01-10 }';
    await put(dir, 'reviewed.yaml', good.replace('owner: Retention team', review));
    const fresh = await runCli(['lint', '--json', '--today', '2026-01-20', 'reviewed.yaml'], { cwd: dir });
    const stale = await runCli(['lint', '--json', '--today', '2026-09-20', 'reviewed.yaml'], { cwd: dir });
    const rulesOf = (stdout: string) =>
      (JSON.parse(stdout).files[0].findings as Finding[]).map((f) => f.rule);
    expect(rulesOf(stale.stdout).length).toBeGreaterThan(rulesOf(fresh.stdout).length);
    expect(rulesOf(stale.stdout)).toContain('review-overdue');
    expect(rulesOf(fresh.stdout)).not.toContain('review-overdue');
  });

  it('counts an invalid file as an error', async () => {
    const { run, report } = await lintJson('good.yaml', 'bad.yaml');
    expect(run.code).toBe(1);
    expect(report.passed).toBe(false);
    expect(report.files[1]).toMatchObject({ file: 'bad.yaml', valid: false });
    expect(report.counts.error).toBeGreaterThan(0);
    const text = await runCli(['lint', 'bad.yaml'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('bad.yaml:7:32 stages[0].steps[0].emotions.shopper');
  });

  it('lists the rules with --rules, as text and JSON', async () => {
    const text = await runCli(['lint', '--rules']);
    expect(text.code).toBe(0);
    for (const rule of lintRules) expect(text.stdout).toContain(rule.id);
    const json = await runCli(['lint', '--rules', '--json']);
    expect(JSON.parse(json.stdout).map((rule: { id: string }) => rule.id)).toEqual(
      lintRules.map((rule) => rule.id),
    );
  });

  it.each([
    [
      ['--rule', 'stage-without-step=off'],
      "unknown rule 'stage-without-step' (did you mean 'stage-without-steps'?)",
    ],
    [['--rule', 'stage-without-steps=loud'], 'expected one of off, error, warning, info'],
    [['--rule', 'stage-without-steps'], '--rule expects id=level'],
    [['--today', '2026-13-01'], '--today expects a date written as YYYY-MM-DD'],
    [['--max-warnings', 'many'], '--max-warnings expects a whole number'],
    [['--fail-on', 'fatal'], "argument 'fatal' is invalid"],
    [[], "missing argument 'files'"],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const run = await runCli(['lint', ...args, ...(args.length > 0 ? ['good.yaml'] : [])], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
