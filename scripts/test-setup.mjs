#!/usr/bin/env node
// Makes sure the programs the test suite runs, which come from Debian rather than npm, are installed:
// run by `npm run test:setup` and by CI before `npm test`. Quiet and quick when all is present, so it
// can run every time; otherwise installs the missing packages with apt-get (as root, or through
// passwordless sudo) or says exactly what to run. `--check` only reports (exit 1 when something is
// missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the tests need: a program, by path (a `*` segment matches any one directory, e.g. a version),
 * and the Debian package that provides it. Add a line here for each new one.
 */
const requirements = [
  { binary: '/usr/bin/chromium', debianPackage: 'chromium' },
  { binary: '/usr/lib/postgresql/*/bin/initdb', debianPackage: 'postgresql' },
  { binary: '/usr/bin/redis-server', debianPackage: 'redis-server' },
  { binary: '/usr/sbin/clickhouse-server', debianPackage: 'clickhouse-server' },
];

const checkOnly = process.argv.includes('--check');
const missing = requirements.filter(({ binary }) => !isPresent(binary));
if (missing.length === 0) {
  console.log(`test prerequisites: all present (${requirements.map((r) => r.debianPackage).join(', ')})`);
  process.exit(0);
}

const packages = [...new Set(missing.map((r) => r.debianPackage))];
const aptInstall = ['apt-get', 'install', '-y', '--no-install-recommends', ...packages];
const byHand = `sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${aptInstall.join(' ')}`;
console.log(
  `test prerequisites: missing ${missing.map((r) => `${r.debianPackage} (${r.binary})`).join(', ')}`,
);

if (checkOnly) fail(`install them with \`npm run test:setup\`, or run:\n  ${byHand}`);
if (!existsSync('/usr/bin/apt-get')) {
  fail(`no apt-get here (not Debian or Ubuntu): install ${packages.join(', ')} with your package manager`);
}
const asAdmin = asAdminPrefix();
if (asAdmin === undefined)
  fail(`installing needs root, and sudo is unavailable or asks a password; run:\n  ${byHand}`);

// Try the install first: fresh package lists are often already there, and `apt-get update` is slow.
if (!apt(aptInstall)) {
  console.log('test prerequisites: install failed, updating the package lists and retrying');
  if (!apt(['apt-get', 'update'])) fail('`apt-get update` failed (see its output above)');
  if (!apt(aptInstall)) fail(`\`${aptInstall.join(' ')}\` failed (see its output above)`);
}
const stillMissing = missing.filter(({ binary }) => !isPresent(binary));
if (stillMissing.length > 0) {
  fail(`installed ${packages.join(', ')}, but still missing ${stillMissing.map((r) => r.binary).join(', ')}`);
}
console.log(`test prerequisites: installed ${packages.join(', ')}`);

/** Whether a path exists, where each `*` segment may be any directory entry. */
function isPresent(pattern) {
  const expand = (base, segments) => {
    if (segments.length === 0) return existsSync(base);
    const [first, ...rest] = segments;
    if (first !== '*') return expand(join(base, first), rest);
    let entries;
    try {
      entries = readdirSync(base);
    } catch {
      return false;
    }
    return entries.some((entry) => expand(join(base, entry), rest));
  };
  return expand(
    '/',
    pattern.split('/').filter((segment) => segment !== ''),
  );
}

/** How to run a command as root: directly when we are root, else through passwordless sudo. */
function asAdminPrefix() {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : undefined;
}

/** Runs an apt-get command as root, non-interactively, showing its output; true when it succeeded. */
function apt(args) {
  const command = [...asAdmin, 'env', 'DEBIAN_FRONTEND=noninteractive', ...args];
  console.log(`$ ${command.join(' ')}`);
  const [program, ...rest] = command;
  return spawnSync(program, rest, { stdio: 'inherit' }).status === 0;
}

function fail(message) {
  console.error(`test prerequisites: ${message}`);
  process.exit(1);
}
