// Journey analytics in the web app, as an analyst uses it: a real `waymark serve`, Debian's
// Chromium. The first account → a journey from the retail template → upload an event log made by
// the analytics sample generator → run the analyses → accept a suggested pain point → it is on
// the live map (and in the stored journey).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSample } from '@waymark/analytics';
import type { Journey } from '@waymark/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  artifactsDir,
  eventually,
  launchChromium,
  screenshot,
  seriousViolations,
} from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let page: Page;
let sampleDir: string;
let journeyApi = '';

beforeAll(async () => {
  server = await startWaymark();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
  sampleDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-sample-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (sampleDir) rmSync(sampleDir, { recursive: true, force: true });
});

describe.sequential('analytics in the web app, end to end', () => {
  it('signs up and opens a journey made from the retail template', async () => {
    await page.goto(server.setupUrl);
    await page.getByLabel('Your name').fill('Ana Lyst');
    await page.getByLabel('Email').fill('ana@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Journeys' }).waitFor();
    await page.getByRole('button', { name: 'New journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journey' });
    await dialog.locator('.template-option img').first().waitFor();
    await dialog.getByLabel('Title').fill('Jacket analytics');
    await dialog.getByRole('button', { name: 'Create journey' }).click();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    await page.locator('.save-indicator[data-status="saved"]').waitFor();
    const match = /\/w\/([^/]+)\/j\/([^/?#]+)/.exec(page.url());
    expect(match).not.toBeNull();
    journeyApi = `/api/v1/workspaces/${match?.[1]}/journeys/${match?.[2]}`;
  });

  it('uploads sample events with progress, runs the analyses and shows the charts', async () => {
    const journey = (await (await page.request.get(`${server.url}${journeyApi}`)).json()) as Journey;
    await writeSample(journey, sampleDir, { customers: 400, seed: 1, formats: ['csv'] });
    await page.getByRole('button', { name: 'Analytics' }).click();
    const panel = page.getByRole('complementary', { name: 'Analytics' });
    await panel.getByLabel('Upload event log').setInputFiles(join(sampleDir, 'events.csv'));
    await panel.getByRole('status').filter({ hasText: 'events.csv: took' }).waitFor();
    expect(await panel.getByLabel('Event log dataset').inputValue()).not.toBe('');
    await panel.getByRole('button', { name: 'Run analysis' }).click();
    await panel.getByText(/^Suggested findings \(\d+\)$/).waitFor();
    await panel.locator('figure', { hasText: 'Stage funnel' }).locator('svg').waitFor();
    await panel.locator('figure', { hasText: 'Top paths' }).locator('svg').waitFor();
    await screenshot(page, 'analytics-panel');
    await panel.locator('.analytics-charts').screenshot({ path: join(artifactsDir, 'analytics-charts.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('accepts a suggested pain point, which then is on the map and in the stored journey', async () => {
    const panel = page.getByRole('complementary', { name: 'Analytics' });
    const finding = panel.locator('.analytics-finding.finding-painPoint').first();
    const title = (await finding.locator('.analytics-finding-title').textContent()) ?? '';
    expect(title).not.toBe('');
    await finding.getByRole('button', { name: /^Accept/ }).click();
    await finding.getByText('Accepted').waitFor();
    await page.locator('.save-indicator[data-status="saved"]').waitFor();
    let id = '';
    await eventually(async () => {
      const stored = (await (await page.request.get(`${server.url}${journeyApi}`)).json()) as Journey;
      id = stored.painPoints.find((p) => p.title === title && p.evidence === 'measured')?.id ?? '';
      return id !== '';
    }, 'the accepted pain point is stored');
    await page.locator(`svg.map-svg [data-id="${id}"]`).first().waitFor();
    await panel.getByLabel('Overlay on map').check();
    await page.locator('svg.map-svg .wm-measured-stage').first().waitFor();
    await screenshot(page, 'analytics-accepted');
  });
});
