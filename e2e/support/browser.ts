// Browser helpers for the e2e tests: Debian's Chromium (chromium.mjs), screenshots, axe.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export { launchChromium } from './chromium.mjs';

/** Screenshots go to e2e/artifacts/ (gitignored). */
export const artifactsDir = resolve(import.meta.dirname, '../artifacts');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The serious and critical accessibility violations axe-core finds on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/** Polls `check` until it holds (at most `attempts` × 250 ms); for what the server does in the background. */
export async function eventually(check: () => Promise<boolean>, what: string, attempts = 80): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`never happened: ${what}`);
}
