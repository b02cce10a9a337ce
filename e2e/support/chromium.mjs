// Debian's Chromium, driven by playwright-core (never a downloaded browser), with the flags this
// project runs it with everywhere. Plain JavaScript so the browser benchmark (bench/web.bench.mjs)
// and the e2e tests (support/browser.ts) launch it the same way.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
