// Presenting and the map's table, as people use them: a real `waymark serve`, Debian's Chromium.
// A member presents a journey stage by stage from the editor, and the presentation follows live
// edits; the table view edits steps and cells by keyboard; a share link opens the same presentation for someone without an account, reading
// only the shared API; a revoked link says so. Axe on the presentation and the table.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousViolations } from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let editorUrl = '';
let apiBase = '';
const viewport = { width: 1440, height: 900 };

beforeAll(async () => {
  server = await startWaymark();
  browser = await launchChromium();
  context = await browser.newContext({ viewport });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
  await page.goto(server.setupUrl);
  await page.getByLabel('Your name').fill('Pat Presenter');
  await page.getByLabel('Email').fill('pat@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('.journey-card').first().click();
  await page.locator('svg.map-svg g.wm-stage').first().waitFor();
  editorUrl = page.url();
  const [, , workspace, , journey] = new URL(editorUrl).pathname.split('/');
  apiBase = `${server.url}/api/v1/workspaces/${workspace}/journeys/${journey}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const position = (on: Page) => on.locator('.present-position').textContent();
const viewBox = (on: Page) => on.locator('svg.present-svg').getAttribute('viewBox');

describe.sequential('presenting a journey, end to end', () => {
  it('opens from the editor toolbar and walks the stages with the keyboard; Escape leaves', async () => {
    const stages = await page.locator('svg.map-svg g.wm-stage').count();
    await page.getByRole('link', { name: 'Present', exact: true }).click();
    const view = page.getByRole('region', { name: /^Presenting / });
    await view.waitFor();
    expect(new URL(page.url()).pathname).toBe(`${new URL(editorUrl).pathname}/present`);
    expect(await position(page)).toBe('Overview');
    const overview = await viewBox(page);
    await page.keyboard.press('ArrowRight');
    await eventually(
      async () => (await position(page))?.startsWith(`Stage 1 of ${stages}`) ?? false,
      'stage 1',
    );
    expect(await viewBox(page)).not.toBe(overview);
    await page.keyboard.press('End');
    await eventually(
      async () => (await position(page))?.startsWith(`Stage ${stages} of ${stages}`) ?? false,
      'the last stage',
    );
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toContain(`Stage ${stages} of ${stages}`);
    await page.getByRole('button', { name: /^Stage 1: / }).click();
    await eventually(async () => (await position(page))?.startsWith('Stage 1') ?? false, 'back to stage 1');
    expect(await page.locator('.present [contenteditable], .present input, .present textarea').count()).toBe(
      0,
    );
    // Nothing on the drawing is a control: Tab goes to the slide controls only.
    expect(
      await page.locator('.present-map [tabindex="0"]').evaluateAll((nodes) => nodes.length),
    ).toBeGreaterThan(0);
    expect(await page.locator('.present-map').getAttribute('inert')).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'present');
    await page.keyboard.press('Escape');
    await page.locator('svg.map-svg').waitFor();
    expect(page.url()).toBe(editorUrl);
  });

  it('follows live edits: a rename in the editor shows in an open presentation without a reload', async () => {
    const presenting = await context.newPage();
    await presenting.goto(`${editorUrl}/present`);
    await presenting.getByRole('region', { name: /^Presenting / }).waitFor();
    await page.locator('.save-indicator[data-status="saved"]').waitFor();
    const title = page.getByRole('complementary', { name: 'Details' }).getByLabel('Title');
    const before = await title.inputValue();
    await title.fill('Presented live');
    await title.press('Enter');
    await eventually(
      async () => (await presenting.locator('.present-title').textContent()) === 'Presented live',
      'the presentation shows the new title',
    );
    await presenting.keyboard.press('ArrowRight');
    await eventually(async () => (await position(presenting))?.startsWith('Stage 1') ?? false, 'stage 1');
    // A stage renamed while presenting: the slide keeps its place and shows the new name.
    const stage = page.locator('svg.map-svg g.wm-stage').first();
    await stage.dblclick();
    await page.getByLabel('New name').fill('Renamed while presenting');
    await page.getByLabel('New name').press('Enter');
    await eventually(
      async () =>
        ((await presenting.locator('.present-position').textContent()) ?? '').includes(
          'Renamed while presenting',
        ),
      'the current slide shows the renamed stage',
    );
    await screenshot(presenting, 'present-live');
    expect(await seriousViolations(presenting)).toEqual([]);
    await presenting.close();
    await page.getByRole('button', { name: 'Close details' }).click();
    await title.fill(before);
    await title.press('Enter');
  });

  it('shows the map as a table, stages by lanes, and edits it by keyboard from the editor', async () => {
    const firstStep = (await page.locator('g.wm-step').first().locator('title').textContent()) ?? '';
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'The map as a table' });
    const table = dialog.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('columnheader').count()).toBe(
      (await page.locator('svg.map-svg g.wm-stage').count()) + 1,
    );
    expect(await table.getByRole('rowheader', { name: 'Steps' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'map-table');
    const stepName = firstStep.replace(/^Step \d+: /, '').replace(/^.*?: /, '');
    const rename = dialog.getByRole('button', { name: `Edit ${stepName}`, exact: true }).first();
    await rename.focus();
    await page.keyboard.press('Enter');
    const field = dialog.getByRole('textbox', { name: `Name of ${stepName}`, exact: true });
    await field.fill('Renamed in the table');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Edit Renamed in the table', exact: true }).waitFor();
    // A cell of a lane: a new gain, typed into the first stage's Gains cell by keyboard only.
    const firstStage =
      (await table.getByRole('columnheader').nth(1).textContent())?.replace(/(Edit)?(Delete)?$/, '') ?? '';
    await dialog.getByRole('button', { name: `Add to Gains of ${firstStage}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Added from the table');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Edit Added from the table', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'map-table-edited');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await eventually(
      async () =>
        ((await page.locator('g.wm-step').first().locator('title').textContent()) ?? '').includes(
          'Renamed in the table',
        ),
      `the map's first step (was ${stepName}) is renamed`,
    );
    await eventually(
      async () =>
        (await page.locator('svg.map-svg').textContent())?.includes('Added from the table') ?? false,
      'the map draws the gain added in the table',
    );
  });

  it('opens a share link as the same presentation, without an account, reading only the shared API', async () => {
    await page.locator('.save-indicator[data-status="saved"]').waitFor();
    const created = await page.request.post(`${apiBase}/shares`, {
      data: {},
      headers: { origin: server.url },
    });
    const { token, url } = (await created.json()) as { token: string; url: string };
    const stranger = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      colorScheme: 'dark',
    });
    stranger.setDefaultTimeout(60_000);
    const shared = await stranger.newPage();
    const apiCalls: string[] = [];
    shared.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) apiCalls.push(path);
    });
    await shared.goto(url);
    await shared.getByRole('region', { name: /^Presenting / }).waitFor();
    await shared.locator('svg.present-svg g.wm-stage').first().waitFor();
    await shared.keyboard.press('ArrowRight');
    await eventually(
      async () => (await position(shared))?.startsWith('Stage 1') ?? false,
      'stage 1 on the share link',
    );
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(apiCalls.every((path) => path.startsWith(`/api/v1/shared/${token}`))).toBe(true);
    expect(await shared.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    expect(await shared.getByRole('button', { name: 'Leave' }).count()).toBe(0);
    await shared.getByRole('button', { name: 'Table', exact: true }).click();
    await shared.getByRole('table').waitFor();
    expect(await shared.getByRole('button', { name: /^Rename/ }).count()).toBe(0);
    expect(await seriousViolations(shared)).toEqual([]);
    await screenshot(shared, 'shared-present-dark-tablet');

    const shares = await page.request.get(`${apiBase}/shares`);
    const [link] = ((await shares.json()) as { shares: { id: string }[] }).shares;
    await page.request.delete(`${apiBase}/shares/${link?.id}`, { headers: { origin: server.url } });
    const gone = await shared.goto(url);
    expect(gone?.status()).toBe(404);
    await shared.getByRole('heading', { name: 'Link not found' }).waitFor();
    await stranger.close();
  });
});
