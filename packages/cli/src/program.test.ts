import { describe, expect, it } from 'vitest';
import type { CliIo, OutputStream } from './cliIo.js';
import { ExitCode } from './exitCodes.js';
import { run } from './program.js';

interface Captured extends OutputStream {
  text: string;
}

function capture(isTTY = false): Captured {
  const stream = {
    text: '',
    isTTY,
    write(chunk: string | Uint8Array) {
      stream.text += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      return true;
    },
  };
  return stream;
}

function testIo(overrides: Partial<CliIo> = {}): CliIo & { stdout: Captured; stderr: Captured } {
  return {
    stdout: capture(),
    stderr: capture(),
    cwd: process.cwd(),
    env: {},
    today: () => '2026-11-25',
    ...overrides,
  } as CliIo & { stdout: Captured; stderr: Captured };
}

const argv = (...args: string[]) => ['node', 'waymark', ...args];

describe('run', () => {
  it('returns the exit code instead of exiting, with output in the injected streams', async () => {
    const io = testIo();
    expect(await run(argv('--version'), io)).toBe(ExitCode.ok);
    expect(io.stdout.text).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(io.stderr.text).toBe('');
  });

  it('maps commander usage errors to exit code 2', async () => {
    const io = testIo();
    expect(await run(argv('nonsense'), io)).toBe(ExitCode.usage);
    expect(io.stderr.text).toContain("waymark: error: unknown command 'nonsense'");
  });

  it('maps a missing file to exit code 3 with a one-line message', async () => {
    const io = testIo();
    expect(await run(argv('validate', 'definitely-missing.yaml'), io)).toBe(ExitCode.file);
    expect(io.stderr.text).toBe('definitely-missing.yaml: cannot read: no such file or directory\n');
  });

  it('reports an unexpected failure as an internal error (exit code 4) with a hint to report it', async () => {
    const broken: OutputStream = {
      write() {
        throw new Error('the stream broke');
      },
    };
    const io = testIo({ stdout: broken as Captured });
    expect(await run(argv('templates', '--json'), io)).toBe(ExitCode.internal);
    expect(io.stderr.text).toContain('internal error');
    expect(io.stderr.text).toContain('report it');
    expect(io.stderr.text).toContain('the stream broke');
  });

  it('colours only terminals, and never with --no-color or NO_COLOR', async () => {
    const tty = testIo({ stderr: capture(true) });
    await run(argv('validate', 'missing.yaml'), tty);
    expect(tty.stderr.text).toContain('\u001b[31m');
    const flag = testIo({ stderr: capture(true) });
    await run(argv('--no-color', 'validate', 'missing.yaml'), flag);
    expect(flag.stderr.text).not.toContain('\u001b[');
    const env = testIo({ stderr: capture(true), env: { NO_COLOR: '1' } });
    await run(argv('validate', 'missing.yaml'), env);
    expect(env.stderr.text).not.toContain('\u001b[');
    const pipe = testIo();
    await run(argv('validate', 'missing.yaml'), pipe);
    expect(pipe.stderr.text).not.toContain('\u001b[');
  });
});
