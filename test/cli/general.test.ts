import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

const commands = ['init', 'templates', 'validate', 'lint', 'render', 'diff', 'import', 'export', 'schema'];

describe('waymark (global behaviour)', () => {
  it('prints its version with --version and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists every command and the exit codes in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of commands) expect(run.stdout).toContain(command);
    expect(run.stdout).toContain('Exit codes:');
    for (const code of [
      '0  success',
      '1  the input has problems',
      '2  usage error',
      '3  a file',
      '4  unexpected',
    ]) {
      expect(run.stdout).toContain(code);
    }
  });

  it.each(commands)('shows help for `%s --help` and exits 0', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: waymark ${command}`);
    expect(run.stdout).toContain('Examples:');
    expect(run.stderr).toBe('');
  });

  it('exits 2 on an unknown command and suggests the closest one', async () => {
    const run = await runCli(['lnit', 'x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'lnit'");
    expect(run.stderr).toMatch(/Did you mean .*\b(lint|init)\b/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 without a command, printing the usage on stderr', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: waymark');
  });

  it('exits 2 on an unknown flag', async () => {
    const run = await runCli(['validate', '--frobnicate', 'x.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it('exits 2 on a missing argument', async () => {
    const run = await runCli(['diff', 'only-one.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'new'");
  });

  it('exits 3 on a missing file, naming it, without a stack trace', async () => {
    const run = await runCli(['validate', 'no/such/journey.yaml']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('no/such/journey.yaml: cannot read: no such file or directory');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('uses no colours when stdout and stderr are not terminals', async () => {
    const run = await runCli(['validate', 'no-such.yaml']);
    expect(run.stderr).not.toContain('\u001b[');
  });

  it('colours errors when FORCE_COLOR asks for it, and --no-color still wins', async () => {
    const forced = await runCli(['validate', 'no-such.yaml'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\u001b[31m');
    const plain = await runCli(['--no-color', 'validate', 'no-such.yaml'], { env: { FORCE_COLOR: '1' } });
    expect(plain.stderr).not.toContain('\u001b[');
    const after = await runCli(['validate', 'no-such.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(after.stderr).not.toContain('\u001b[');
  });
});
