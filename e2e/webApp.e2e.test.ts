// The web app end to end, as a person uses it: a real `waymark serve` on SQLite, Debian's Chromium.
// One story in order (each step builds on the one before): first-run setup → a journey from the
// retail template → edits on the live map → reload → undo/redo → export → share → a viewer.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousViolations } from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let owner: BrowserContext;
let page: Page;
let editorUrl = '';
let emotionTitle: Locator | undefined;
let commentedStep = '';
const viewport = { width: 1440, height: 900 };

beforeAll(async () => {
  server = await startWaymark();
  browser = await launchChromium();
  owner = await browser.newContext({ viewport, acceptDownloads: true });
  // The whole suite may run beside this one on two cores: be patient with slow first loads.
  owner.setDefaultTimeout(60_000);
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
    // Every card's health score and thumbnail have arrived (none failed to load).
    await eventually(
      async () => (await page.locator('.health').count()) === (await page.locator('.journey-card').count()),
      'every card shows its health score',
    );
    await eventually(
      () =>
        page
          .locator('.thumbnail img')
          .evaluateAll((images) =>
            images.every((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0),
          ),
      'every thumbnail is drawn',
    );
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

  it('renames a stage in place, adds a step, drags an emotion point, adds a pain point and a comment', async () => {
    // Rename the first stage in place (double-click, type, Enter).
    await page.locator('g.wm-stage').first().dblclick();
    const rename = page.getByLabel('New name');
    await rename.fill('Noticing the need');
    await rename.press('Enter');
    await eventually(
      async () => (await stageLabel(page, 0).textContent()) === 'Noticing the need',
      'the stage is renamed',
    );

    // Add a step to the selected stage.
    await page.locator('g.wm-stage').first().click();
    await page.getByRole('button', { name: '+ Step' }).click();
    await page.locator('g.wm-step[data-id="new-step"]').waitFor();

    // Drag an emotion point far down: it lands on the lowest score, −2.
    const marker = page.locator('g.wm-emotion').filter({ hasNotText: '−2' }).first();
    const id = (await marker.getAttribute('data-id')) ?? '';
    const persona = ((await marker.getAttribute('class')) ?? '').replace(/.*wm-persona-/, '');
    const box = await marker.boundingBox();
    if (!box) throw new Error('the emotion point is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 40, { steps: 4 });
    await page.locator('.drag-preview').waitFor();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 400, { steps: 4 });
    await page.mouse.up();
    emotionTitle = page.locator(`g.wm-emotion.wm-persona-${persona}[data-id="${id}"] title`);
    await eventually(
      async () => ((await emotionTitle?.textContent()) ?? '').endsWith(': −2'),
      'the point moved to −2',
    );

    // Add a pain point at the first step, from the details panel.
    await page.locator('g.wm-step').first().click();
    await page.getByPlaceholder('What hurts here?').fill('Size chart hard to find');
    await page.getByRole('button', { name: 'Add pain point' }).click();
    await page.locator('g.wm-pain-point[data-id="size-chart-hard-to-find"]').waitFor();
    commentedStep = (await page.locator('g.wm-step').first().getAttribute('data-id')) ?? '';

    // Comment on that step.
    await page.getByLabel('New comment').fill('Ask the fit team about this');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.locator('.comment', { hasText: 'Ask the fit team about this' }).waitFor();
    await saved();
    await screenshot(page, 'editor-edited');
  });

  it('shows every edit again after a reload', async () => {
    await page.reload();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    await saved();
    expect(await stageLabel(page, 0).textContent()).toBe('Noticing the need');
    expect(await page.locator('g.wm-step[data-id="new-step"]').count()).toBe(1);
    expect(await emotionTitle?.textContent()).toMatch(/: −2$/);
    expect(await page.locator('g.wm-pain-point[data-id="size-chart-hard-to-find"]').count()).toBe(1);
    await page.locator(`g.wm-step[data-id="${commentedStep}"]`).click();
    await page.locator('.comment', { hasText: 'Ask the fit team about this' }).waitFor();
  });

  it('undoes and redoes an edit (Ctrl+Z, Ctrl+Shift+Z and the toolbar)', async () => {
    const step = page.locator('g.wm-step[data-id="new-step"]');
    await step.dblclick();
    await page.getByLabel('New name').fill('Tries it on');
    await page.getByLabel('New name').press('Enter');
    const title = step.locator('title');
    await eventually(async () => (await title.textContent()) === 'Tries it on', 'the step is renamed');
    await page.locator('.map-viewport').click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('Control+z');
    await eventually(async () => (await title.textContent()) === 'New step', 'Ctrl+Z undoes the rename');
    await page.keyboard.press('Control+Shift+z');
    await eventually(async () => (await title.textContent()) === 'Tries it on', 'Ctrl+Shift+Z redoes it');
    await page.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => (await title.textContent()) === 'New step', 'the Undo button undoes it');
    await page.getByRole('button', { name: 'Redo' }).click();
    await eventually(async () => (await title.textContent()) === 'Tries it on', 'the Redo button redoes it');
    await saved();
  });

  it('shows a refused edit to the person and changes nothing', async () => {
    // The first step has the pain point added above, so core refuses to remove it.
    const step = page.locator(`g.wm-step[data-id="${commentedStep}"]`);
    await step.click();
    await page.getByRole('button', { name: 'Delete step' }).click();
    const notice = page.getByRole('alert');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/refused.*size-chart-hard-to-find/);
    expect(await step.count()).toBe(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('lists lint findings with the health score; a finding selects its element on the map', async () => {
    await page.locator('.map-viewport').click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('Alt+Shift+L');
    const panel = page.getByRole('complementary', { name: 'Lint findings' });
    await panel.waitFor();
    expect(Number(await panel.locator('.health-number').textContent())).toBeLessThan(100);
    // The added step has no touchpoint yet.
    const finding = panel.locator('button.finding', { hasText: 'step-without-touchpoint' }).first();
    await finding.click();
    await page.locator('.selection-outline').waitFor();
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await details.locator('.kind-label').textContent()).toBe('Step');
    expect(await details.getByLabel('Name').inputValue()).toBe('Tries it on');
    await screenshot(page, 'editor-lint');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Health' }).click();
    expect(await panel.count()).toBe(0);
  });

  it('exports the map as a PNG from the export menu', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PNG image' }).click(),
    ]);
    const path = await download.path();
    const png = readFileSync(path);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(50_000);
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    expect(png.readUInt32BE(20)).toBeGreaterThan(500);
  });

  it('makes a share link that shows the read-only map to someone without an account', async () => {
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'Create link' }).click();
    const url = await page.getByLabel('Share link').inputValue();
    expect(url).toMatch(/\/s\//);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    const stranger = await browser.newContext({ viewport });
    stranger.setDefaultTimeout(60_000);
    const shared = await stranger.newPage();
    await shared.goto(url);
    // The link opens the read-only presentation (e2e/present.e2e.test.ts walks it).
    await shared.getByRole('region', { name: /^Presenting / }).waitFor();
    await shared.locator('.present-svg g.wm-stage').first().waitFor();
    // Live edits reach the database a couple of seconds after the last one; the shared map follows.
    const svgUrl = `${server.url}/api/v1/shared/${new URL(url).pathname.split('/').pop()}/map.svg`;
    await eventually(
      async () => (await (await stranger.request.get(svgUrl)).text()).includes('Noticing the need'),
      'the shared map shows the live edits',
    );
    expect(await shared.locator('input, textarea, select, [contenteditable="true"]').count()).toBe(0);
    await screenshot(shared, 'shared-map');
    await stranger.close();
  });

  it('lets two people edit the same map live, each seeing the other', async () => {
    const [, , workspace] = new URL(editorUrl).pathname.split('/');
    const invitation = await owner.request.post(`${server.url}/api/v1/workspaces/${workspace}/invitations`, {
      data: { role: 'editor' },
      headers: { origin: server.url },
    });
    const { url: inviteUrl } = (await invitation.json()) as { url: string };
    const eve = await browser.newContext({ viewport });
    eve.setDefaultTimeout(60_000);
    const evePage = await eve.newPage();
    await evePage.goto(`${server.url}/sign-up`);
    await evePage.getByLabel('Your name').fill('Eve Editor');
    await evePage.getByLabel('Email').fill('eve@example.com');
    await evePage.getByLabel('Password').fill('yet another password');
    await evePage.getByRole('button', { name: 'Create account' }).click();
    await evePage.getByRole('heading', { name: 'Create a workspace' }).waitFor();
    await evePage.goto(inviteUrl);
    await evePage.getByRole('button', { name: 'Join as Eve Editor' }).click();
    await evePage.getByRole('heading', { name: 'Journeys' }).waitFor();
    await evePage.goto(editorUrl);
    await evePage.locator('svg.map-svg g.wm-stage').first().waitFor();

    // Each sees the other's avatar.
    await page.getByRole('list', { name: /Also here: Eve Editor/ }).waitFor();
    await evePage.getByRole('list', { name: /Also here: Ada Owner/ }).waitFor();

    // Eve renames the second stage; Ada's map shows it without a reload.
    await evePage.locator('g.wm-stage').nth(1).dblclick();
    await evePage.getByLabel('New name').fill('Shopping around');
    await evePage.getByLabel('New name').press('Enter');
    await eventually(
      async () => (await stageLabel(page, 1).textContent()) === 'Shopping around',
      'Ada sees Eve’s edit',
    );

    // What Eve selects is outlined for Ada, with her name.
    await page.locator('.map-overlay text', { hasText: 'Eve Editor' }).waitFor();
    await screenshot(page, 'two-editors');
    // The dark theme: the app's chrome and render's dark map.
    await page.emulateMedia({ colorScheme: 'dark' });
    await eventually(
      async () => (await page.locator('.map-svg > rect').first().getAttribute('fill')) === '#12161C',
      'the map is redrawn in the dark theme',
    );
    await screenshot(page, 'editor-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Undo is per person: Ada's undo leaves Eve's rename alone.
    await page.locator('.map-viewport').click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('Control+z');
    await eventually(
      async () => (await page.locator('g.wm-step[data-id="new-step"] title').textContent()) === 'New step',
      'Ada undoes her own last edit',
    );
    expect(await stageLabel(page, 1).textContent()).toBe('Shopping around');
    await page.keyboard.press('Control+Shift+z');
    await saved();
    await saved(evePage);
    await eve.close();
  });

  it('gives a viewer a read-only editor, and the server refuses their edits', async () => {
    const [, , workspace, , journey] = new URL(editorUrl).pathname.split('/');
    const api = `${server.url}/api/v1/workspaces/${workspace}`;
    // The owner invites a viewer from the members screen.
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const inviteUrl = await page.getByLabel('Invitation link').inputValue();
    await screenshot(page, 'members');
    expect(await seriousViolations(page)).toEqual([]);

    // Someone new signs up and joins through the link.
    const viewer = await browser.newContext({ viewport });
    viewer.setDefaultTimeout(60_000);
    const viewerPage = await viewer.newPage();
    await viewerPage.goto(`${server.url}/sign-up`);
    await viewerPage.getByLabel('Your name').fill('Vic Viewer');
    await viewerPage.getByLabel('Email').fill('vic@example.com');
    await viewerPage.getByLabel('Password').fill('another good password');
    await viewerPage.getByRole('button', { name: 'Create account' }).click();
    await viewerPage.getByRole('heading', { name: 'Create a workspace' }).waitFor();
    await viewerPage.goto(inviteUrl);
    await viewerPage.getByRole('button', { name: 'Join as Vic Viewer' }).click();
    await viewerPage.getByRole('heading', { name: 'Journeys' }).waitFor();

    await viewerPage.goto(editorUrl);
    await viewerPage.locator('svg.map-svg g.wm-stage').first().waitFor();
    await viewerPage.locator('.badge-read-only').waitFor();
    // A fresh browser (nothing kept on this device): what it shows came from the server.
    expect(await stageLabel(viewerPage, 0).textContent()).toBe('Noticing the need');
    expect(await viewerPage.locator('g.wm-pain-point[data-id="size-chart-hard-to-find"]').count()).toBe(1);
    expect(await viewerPage.locator('g.wm-step[data-id="new-step"] title').textContent()).toBe('Tries it on');
    for (const name of ['Undo', 'Redo', '+ Stage', '+ Step', 'Share'])
      expect(await viewerPage.getByRole('button', { name, exact: true }).count()).toBe(0);
    await viewerPage.locator('g.wm-stage').first().dblclick();
    expect(await viewerPage.getByLabel('New name').count()).toBe(0);
    expect(await viewerPage.getByLabel('Name', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await viewerPage.getByPlaceholder('What hurts here?').count()).toBe(0);
    await screenshot(viewerPage, 'viewer-editor');

    // The version history: the list (the version published with the template) and compare, no buttons that write.
    await viewerPage.getByRole('button', { name: 'History' }).click();
    const history = viewerPage.getByRole('complementary', { name: 'Version history' });
    await history.getByRole('button', { name: 'Compare version 1 with current' }).waitFor();
    expect(await history.getByLabel('Name this version').count()).toBe(0);
    expect(await history.getByRole('button', { name: /^Restore/ }).count()).toBe(0);

    const current = await viewer.request.get(`${api}/journeys/${journey}`);
    const refused = await viewer.request.post(`${api}/journeys/${journey}/commands`, {
      data: { commands: [{ op: 'journey.set', set: { title: 'Vandalised' } }] },
      headers: { origin: server.url, 'if-match': current.headers().etag ?? '"0"' },
    });
    expect(refused.status()).toBe(403);
    await viewer.close();
  });

  it('takes a named version, compares it with an edit, and restores it on the live map and after a reload', async () => {
    await page.goto(editorUrl);
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    await saved();
    const stages = page.locator('g.wm-stage');
    const before = await stages.count();
    await page.locator('.map-viewport').click({ position: { x: 8, y: 8 } });
    await page.keyboard.press('Alt+Shift+H');
    const panel = page.getByRole('complementary', { name: 'Version history' });
    await panel.getByLabel('Name this version').fill('Before the workshop');
    await panel.getByRole('button', { name: 'Save version' }).click();
    const taken = panel.locator('.version', { hasText: 'Before the workshop' });
    await taken.waitFor();
    const number = ((await taken.locator('.version-name').textContent()) ?? '').split('.')[0];

    // An edit after the version: a new stage.
    await page.getByRole('button', { name: '+ Stage' }).click();
    await eventually(async () => (await stages.count()) === before + 1, 'the stage is added');
    await saved();
    // The diff compares what the server has stored, and it stores live edits about 2 s after the last.
    const compare = panel.getByRole('button', { name: `Compare version ${number} with current` });
    const added = panel.locator('.diff-changes li', { hasText: 'New stage' });
    await eventually(async () => {
      await compare.click();
      return (await added.count()) > 0;
    }, 'the diff names the new stage');
    await screenshot(page, 'editor-versions');
    expect(await seriousViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: `Restore version ${number}` }).click();
    const confirm = page.getByRole('dialog', { name: `Restore version ${number}?` });
    await confirm.getByRole('button', { name: `Restore version ${number}` }).click();
    await eventually(async () => (await stages.count()) === before, 'the restore reaches the live map');
    expect(await panel.getByRole('alert').count()).toBe(0);
    await saved();
    await page.reload();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    await saved();
    expect(await stages.count()).toBe(before);
    expect(await page.locator('g.wm-stage', { hasText: 'New stage' }).count()).toBe(0);
  });
});
