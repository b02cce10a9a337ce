import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './CliError.js';
import { ExitCode } from './exitCodes.js';
import { writeOutputAtomic } from './writeOutputAtomic.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeOutputAtomic', () => {
  it('writes text and bytes, replacing an existing file, and leaves no temporary file', async () => {
    const path = join(dir, 'out.svg');
    await writeFile(path, 'old');
    await writeOutputAtomic(path, '<svg/>');
    expect(await readFile(path, 'utf8')).toBe('<svg/>');
    await writeOutputAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['out.svg']);
  });

  it('refuses to replace a file when exclusive, keeping its content', async () => {
    const path = join(dir, 'journey.yaml');
    await writeFile(path, 'mine');
    const error = await writeOutputAtomic(path, 'new', {
      exclusive: true,
      displayName: 'journey.yaml',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.file);
    expect((error as CliError).describe()).toBe('journey.yaml: already exists; use --force to overwrite it');
    expect(await readFile(path, 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['journey.yaml']);
  });

  it('creates a new file when exclusive and the path is free', async () => {
    const path = join(dir, 'new.yaml');
    await writeOutputAtomic(path, 'title: New', { exclusive: true });
    expect(await readFile(path, 'utf8')).toBe('title: New');
    expect(await readdir(dir)).toEqual(['new.yaml']);
  });

  it('creates missing parent directories', async () => {
    await writeOutputAtomic(join(dir, 'maps', '2026', 'out.svg'), 'x');
    expect(await readFile(join(dir, 'maps', '2026', 'out.svg'), 'utf8')).toBe('x');
  });

  it('turns an unwritable path into a file error (exit code 3) naming the file', async () => {
    await writeFile(join(dir, 'plain'), 'not a directory');
    const error = await writeOutputAtomic(join(dir, 'plain', 'out.svg'), 'x', {
      displayName: 'plain/out.svg',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.file);
    expect((error as CliError).describe()).toMatch(/^plain\/out\.svg: cannot write: /);
  });

  it('removes its temporary file when the final rename fails', async () => {
    // A non-empty directory in place of the file: the temporary file is written, the rename fails.
    const path = join(dir, 'taken');
    await mkdir(join(path, 'inner'), { recursive: true });
    const error = await writeOutputAtomic(path, 'x', { displayName: 'taken' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).describe()).toMatch(/^taken: cannot write: /);
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readdir(path)).toEqual(['inner']);
  });
});
