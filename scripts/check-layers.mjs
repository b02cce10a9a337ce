#!/usr/bin/env node
// Enforces the one-way package arrows of DESIGN.md, keeps core and render's browser entry free of
// Node-only code, and fails on circular imports between modules. Run by `npm run lint`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** Which of our packages each package may import (DESIGN.md, "Architecture"). */
const allowed = {
  core: [],
  render: ['core'],
  collab: ['core'],
  analytics: ['core', 'render'],
  server: ['core', 'render', 'analytics', 'collab'],
  cli: ['core', 'render', 'analytics', 'server', 'collab'],
  web: ['core', 'render', 'collab'],
};
/** Packages whose whole source must run in a browser. */
const browserOnly = new Set(['core', 'collab']);
/** Browser entry points of packages that also have Node-only entries. */
const browserEntries = { render: 'src/index.ts' };
const nodeOnlyModules = new Set([
  '@resvg/resvg-js',
  'pdfkit',
  'fontkit',
  'better-sqlite3',
  'pg',
  '@duckdb/node-api',
]);
const builtins = new Set(builtinModules);

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+(type\s)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The modules a file imports; `typeOnly` for `import type` (no runtime edge, so no cycle). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((match) => ({
    specifier: match[2] ?? match[3] ?? match[4],
    typeOnly: match[1] !== undefined,
  }));
}

function resolveRelative(file, specifier) {
  const base = resolve(dirname(file), specifier);
  for (const candidate of [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    join(base, 'index.ts'),
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const isNodeOnly = (specifier) =>
  specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]) || nodeOnlyModules.has(specifier);

const problems = [];
const packagesDir = join(root, 'packages');
for (const name of readdirSync(packagesDir)) {
  const files = sourceFiles(join(packagesDir, name, 'src'));
  const graph = new Map();
  for (const file of files) {
    const where = relative(root, file);
    const edges = [];
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = resolveRelative(file, specifier);
        if (target && !typeOnly) edges.push(target);
        continue;
      }
      const ours = /^@waymark\/([^/]+)/.exec(specifier);
      if (ours && ours[1] !== name && !(allowed[name] ?? []).includes(ours[1])) {
        problems.push(`${where}: ${name} must not import @waymark/${ours[1]} (see DESIGN.md, Architecture)`);
      }
      if (browserOnly.has(name) && !file.endsWith('.test.ts') && isNodeOnly(specifier)) {
        problems.push(`${where}: core must stay pure; it imports ${specifier}`);
      }
    }
    graph.set(file, edges);
  }

  const entry = browserEntries[name];
  if (entry) {
    const seen = new Set();
    const stack = [join(packagesDir, name, entry)];
    while (stack.length > 0) {
      const file = stack.pop();
      if (seen.has(file) || !graph.has(file)) continue;
      seen.add(file);
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (!typeOnly && isNodeOnly(specifier)) {
          problems.push(
            `${relative(root, file)}: reachable from ${name}/${entry} (browser entry) but imports ${specifier}`,
          );
        }
      }
      stack.push(...graph.get(file));
    }
  }

  // Circular imports: depth-first search for a back edge, ignoring tests.
  const state = new Map();
  const visit = (file, trail) => {
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) {
      if (next.endsWith('.test.ts')) continue;
      if (state.get(next) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(next)), next].map((f) => relative(root, f));
        problems.push(`circular import: ${cycle.join(' → ')}`);
      } else if (!state.has(next)) visit(next, [...trail, next]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file) && !file.endsWith('.test.ts')) visit(file, [file]);
}

if (problems.length > 0) {
  console.error(`Layering check failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Layering check: package arrows respected, no circular imports.');
