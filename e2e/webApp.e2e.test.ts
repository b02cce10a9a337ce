// The web app end to end, as a person uses it: a real `waymark serve` on SQLite, Debian's Chromium.
// One story in order (each step builds on the one before): first-run setup → a journey from the
// retail template → edits on the live map → reload → undo/redo → export → share → a viewer.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousViolations } from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let owner: BrowserContext;
let page: Page;
let editorUrl = '';
const viewport = { width: 1440, height: 900 };

beforeAll(async () => {
  server = await startWaymark();
  browser = await launchChromium();
  owner = await browser.newContext({ viewport, acceptDownloads: true });
  page = await owner.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The map's live state has reached the server (the save indicator says so). */
async function saved(on: Page = page): Promise<void> {
  await on.locator('.save-indicator[data-status="saved"]').waitFor();
}

const stageLabel = (on: Page, index: number) => on.locator('g.wm-stage').nth(index).locator('title');

describe.sequential('the web app, end to end', () => {
  it('creates the first account through the setup link and lands in the library', async () => {
    await page.goto(server.setupUrl);
    await page.getByLabel('Your name').fill('Ada Owner');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Journeys' }).waitFor();
    await page.locator('.journey-card').first().waitFor();
    await page.locator('.health').first().waitFor();
    await screenshot(page, 'library');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('creates a journey from the retail template and opens it on the live map', async () => {
    await page.getByRole('button', { name: 'New journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journey' });
    await dialog.locator('.template-option img').first().waitFor();
    await dialog.getByLabel('Title').fill('Winter jacket, e2e');
    await screenshot(page, 'new-journey');
    await dialog.getByRole('button', { name: 'Create journey' }).click();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    await saved();
    editorUrl = page.url();
    expect(editorUrl).toMatch(/\/w\/[^/]+\/j\/winter-jacket-e2e$/);
    expect(await page.locator('h1.editor-title').textContent()).toBe('Winter jacket, e2e');
    await screenshot(page, 'editor');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
