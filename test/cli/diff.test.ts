import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturesDir, makeTempDir, put, runCli } from './runCli.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  await cp(fixturesDir, dir, { recursive: true });
  const good = await readFile(join(dir, 'good.yaml'), 'utf8');
  await put(
    dir,
    'changed.yaml',
    good
      .replace('emotions: { rider: -1, racer: -2 }', 'emotions: { rider: 1, racer: -2 }')
      .replace(
        '      - Pays for another year:',
        '      - Reads the policy summary:\n          touchpoints: [app]\n      - Pays for another year:',
      ),
  );
});
afterAll(() => cleanup());

describe('waymark diff', () => {
  it('says there are no differences between a journey and itself, and exits 0 even with --exit-code', async () => {
    const run = await runCli(['diff', '--exit-code', 'good.yaml', 'good.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No differences.');
  });

  it('describes the changes in words', async () => {
    const run = await runCli(['diff', 'good.yaml', 'changed.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reads the policy summary');
    expect(run.stdout).toContain('Commuter rider');
  });

  it('prints the changes as JSON with --json', async () => {
    const run = await runCli(['diff', '--json', 'good.yaml', 'changed.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout);
    expect(diff.counts.added).toBeGreaterThanOrEqual(1);
    expect(diff.counts.changed).toBeGreaterThanOrEqual(1);
    expect(diff.changes).toContainEqual(
      expect.objectContaining({ kind: 'added', element: 'step', id: 'reads-the-policy-summary' }),
    );
    expect(diff.changes).toContainEqual(
      expect.objectContaining({ kind: 'changed', element: 'emotion', before: -1, after: 1 }),
    );
  });

  it('exits 1 with --exit-code when the journeys differ', async () => {
    const run = await runCli(['diff', '--exit-code', 'good.yaml', 'changed.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
  });

  it('exits 1 when either journey is invalid, and 3 when one is missing', async () => {
    expect((await runCli(['diff', 'good.yaml', 'bad.yaml'], { cwd: dir })).code).toBe(1);
    const missing = await runCli(['diff', 'good.yaml', 'gone.yaml'], { cwd: dir });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('gone.yaml: cannot read');
  });
});
