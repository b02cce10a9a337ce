import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory for a test's input files; `cleanup` removes it. */
export function tempFiles(): {
  readonly put: (name: string, text: string) => string;
  readonly dir: string;
  readonly cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-analytics-'));
  return {
    dir,
    put: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** CSV text from a header and rows. */
export function csv(header: string, rows: readonly string[]): string {
  return `${[header, ...rows].join('\n')}\n`;
}
