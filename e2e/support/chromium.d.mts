import type { Browser } from 'playwright-core';

/** Debian's Chromium with the project's flags (chromium.mjs). */
export function launchChromium(): Promise<Browser>;
