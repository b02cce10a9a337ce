import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root and the built binary the tests run. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = join(repoRoot, 'packages/cli/dist/bin.js');
export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout as raw bytes (for `-o -` output). */
  readonly stdoutBytes: Buffer;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
}

/**
 * Runs `node packages/cli/dist/bin.js …args` and collects its exit code and output. The
 * environment is scrubbed of colour settings so output is plain unless a test asks otherwise.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  if (!existsSync(binPath)) {
    throw new Error(
      `${binPath} is missing: the CLI tests need test/cli/globalSetup.ts (npx tsc -b packages/cli)`,
    );
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS'].includes(key)) env[key] = value;
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [binPath, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        env: { ...env, ...options.env },
        encoding: 'buffer',
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({
          code,
          stdout: stdout.toString('utf8'),
          stderr: stderr.toString('utf8'),
          stdoutBytes: stdout,
        });
      },
    );
  });
}

/** A fresh temporary directory, removed by the returned cleanup function. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes a file into a directory and returns its path. */
export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}
