// Offline and reconnect, end to end (issue #4): two people on one map in Debian's Chromium; Ada
// loses her connection, keeps editing (the save indicator says offline), Eve edits too; Ada comes
// back and both see both edits, and the API has them with a new revision. Then Ada's edit made
// offline survives a reload (y-indexeddb) and reaches the server once she is online again.
//
// Playwright's setOffline cuts HTTP but not WebSockets (microsoft/playwright#4910), so Ada's live
// socket goes through routeWebSocket: "offline" closes it on both sides and refuses new ones.
// Last, a tab beyond the server's connection limit is told so, and reconnects when asked.
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot } from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let ada: BrowserContext;
let eve: BrowserContext;
let adaPage: Page;
let evePage: Page;
let editorUrl = '';
const viewport = { width: 1280, height: 800 };

/** Ada's live sockets, while she is online; `cut` refuses new ones. */
const adaSockets: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
let cut = false;

async function goOffline(): Promise<void> {
  cut = true;
  await ada.setOffline(true);
  for (const socket of adaSockets.splice(0)) {
    await socket.server.close();
    await socket.page.close();
  }
}

async function goOnline(): Promise<void> {
  cut = false;
  await ada.setOffline(false);
}

const status = (page: Page) => page.locator('.save-indicator').getAttribute('data-status');
const stageLabel = (page: Page, index: number) =>
  page.locator('g.wm-stage').nth(index).locator('title').textContent();

async function renameStage(page: Page, index: number, name: string): Promise<void> {
  await page.locator('g.wm-stage').nth(index).dblclick();
  await page.getByLabel('New name').fill(name);
  await page.getByLabel('New name').press('Enter');
  await eventually(async () => (await stageLabel(page, index)) === name, `stage ${index} shows ${name}`);
}

/** The journey as the API serves it now, with its revision (the ETag). */
async function fromApi(): Promise<{ stages: string[]; revision: string }> {
  const [, , workspace, , journey] = new URL(editorUrl).pathname.split('/');
  const response = await eve.request.get(`${server.url}/api/v1/workspaces/${workspace}/journeys/${journey}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { stages: { name: string }[] };
  return { stages: body.stages.map((stage) => stage.name), revision: response.headers().etag ?? '' };
}

/** Ada may hold two live connections: a third tab is closed by the server's limit. */
const connectionsPerUser = 2;

beforeAll(async () => {
  process.env.WAYMARK_COLLAB_CONNECTIONS_PER_USER = String(connectionsPerUser);
  server = await startWaymark();
  delete process.env.WAYMARK_COLLAB_CONNECTIONS_PER_USER;
  browser = await launchChromium();
  ada = await browser.newContext({ viewport });
  eve = await browser.newContext({ viewport });
  ada.setDefaultTimeout(60_000);
  eve.setDefaultTimeout(60_000);
  await ada.routeWebSocket(/\/collab$/, (socket) => {
    if (cut) {
      void socket.close();
      return;
    }
    adaSockets.push({ page: socket, server: socket.connectToServer() });
  });
  adaPage = await ada.newPage();
  evePage = await eve.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('offline and reconnect, end to end', () => {
  it('opens one map for two people', async () => {
    await adaPage.goto(server.setupUrl);
    await adaPage.getByLabel('Your name').fill('Ada Owner');
    await adaPage.getByLabel('Email').fill('ada@example.com');
    await adaPage.getByLabel('Password').fill('correct horse battery');
    await adaPage.getByRole('button', { name: 'Create account' }).click();
    await adaPage.getByRole('heading', { name: 'Journeys' }).waitFor();
    await adaPage.getByRole('button', { name: 'New journey' }).click();
    const dialog = adaPage.getByRole('dialog', { name: 'New journey' });
    await dialog.getByLabel('Title').fill('Offline map');
    await dialog.getByRole('button', { name: 'Create journey' }).click();
    await adaPage.locator('svg.map-svg g.wm-stage').first().waitFor();
    editorUrl = adaPage.url();

    const [, , workspace] = new URL(editorUrl).pathname.split('/');
    const invitation = await ada.request.post(`${server.url}/api/v1/workspaces/${workspace}/invitations`, {
      data: { role: 'editor' },
      headers: { origin: server.url },
    });
    const { token: invitationToken } = (await invitation.json()) as { token: string };
    // Eve signs up and joins through the API (the web app's own sign-up is webApp.e2e's story);
    // her context keeps the session cookie.
    const headers = { origin: server.url };
    const signUp = await eve.request.post(`${server.url}/api/auth/sign-up/email`, {
      data: { name: 'Eve Editor', email: 'eve@example.com', password: 'yet another password' },
      headers,
    });
    expect(signUp.status()).toBe(200);
    const joined = await eve.request.post(`${server.url}/api/v1/invitations/${invitationToken}/accept`, {
      headers,
    });
    expect(joined.status()).toBe(200);
    await evePage.goto(editorUrl);
    await evePage.locator('svg.map-svg g.wm-stage').first().waitFor();
    await adaPage.getByRole('list', { name: /Also here: Eve Editor/ }).waitFor();
    await evePage.getByRole('list', { name: /Also here: Ada Owner/ }).waitFor();
  });

  it('shows the others’ pointers in their colour with their name, and not one’s own', async () => {
    const box = await evePage.locator('.map-viewport').boundingBox();
    if (!box) throw new Error('the map is not on screen');
    await evePage.mouse.move(box.x + 300, box.y + 200, { steps: 3 });
    const pointer = adaPage.locator('.remote-pointer', { hasText: 'Eve Editor' });
    await pointer.waitFor();
    expect(await adaPage.locator('.remote-pointer').count()).toBe(1);
    expect(await evePage.locator('.remote-pointer', { hasText: 'Eve Editor' }).count()).toBe(0);
    await screenshot(adaPage, 'remote-pointer');
    // Eve's pointer leaves the map: it goes from Ada's.
    await evePage.mouse.move(box.x + 300, box.y - 40);
    await pointer.waitFor({ state: 'detached' });
  });

  it('keeps editing offline, merges with the other person’s edits on return, and the API has both', async () => {
    const before = await fromApi();
    await goOffline();
    await eventually(async () => (await status(adaPage)) === 'offline', 'Ada’s indicator says offline');
    expect(await adaPage.locator('.save-indicator').textContent()).toMatch(/Offline — edits are kept/);
    // The server saw Ada go: Eve no longer sees her.
    await evePage.getByRole('list', { name: /Also here/ }).waitFor({ state: 'detached' });

    await renameStage(adaPage, 0, 'Ada, offline');
    await renameStage(evePage, 1, 'Eve, meanwhile');
    await screenshot(adaPage, 'offline-editing');
    expect(await status(adaPage)).toBe('offline');
    expect(await stageLabel(evePage, 0)).not.toBe('Ada, offline');

    await goOnline();
    await eventually(async () => (await stageLabel(evePage, 0)) === 'Ada, offline', 'Eve sees Ada’s edit');
    await eventually(async () => (await stageLabel(adaPage, 1)) === 'Eve, meanwhile', 'Ada sees Eve’s edit');
    await eventually(async () => (await status(adaPage)) === 'saved', 'Ada’s edits are saved');
    await eventually(async () => {
      const now = await fromApi();
      return now.stages[0] === 'Ada, offline' && now.stages[1] === 'Eve, meanwhile';
    }, 'the API has both edits');
    expect((await fromApi()).revision).not.toBe(before.revision);
  });

  it('keeps an edit made offline through a reload, and sends it once online', async () => {
    await goOffline();
    await eventually(async () => (await status(adaPage)) === 'offline', 'Ada is offline again');
    await renameStage(adaPage, 2, 'Kept on this device');
    // The page itself loads over HTTP; the live socket stays cut: the map comes from IndexedDB.
    await ada.setOffline(false);
    await adaPage.reload();
    await eventually(
      async () => (await stageLabel(adaPage, 2)) === 'Kept on this device',
      'the reloaded map shows the unsent edit',
    );
    expect(await status(adaPage)).not.toBe('saved');
    expect((await fromApi()).stages[2]).not.toBe('Kept on this device');

    // The network comes back (the browser says offline, then online): the editor connects at once.
    await ada.setOffline(true);
    await goOnline();
    await eventually(async () => (await status(adaPage)) === 'saved', 'the edit is sent');
    await eventually(
      async () => (await stageLabel(evePage, 2)) === 'Kept on this device',
      'Eve sees the edit made offline',
    );
    await eventually(async () => (await fromApi()).stages[2] === 'Kept on this device', 'the API has it');
  });

  it('tells a person with the map open in too many tabs what happened, and reconnects when asked', async () => {
    const second = await ada.newPage();
    await second.goto(editorUrl);
    await eventually(async () => (await status(second)) === 'saved', 'the second tab is connected');
    const third = await ada.newPage();
    await third.goto(editorUrl);
    const notice = third.getByRole('alert').filter({ hasText: 'too many tabs or windows' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Close some of them, then reconnect/);
    await screenshot(third, 'closed-too-many-tabs');
    expect(await status(third)).not.toBe('saved');

    await second.close();
    await third.getByRole('button', { name: 'Reconnect' }).click();
    await eventually(async () => (await status(third)) === 'saved', 'the third tab is connected');
    expect(await notice.count()).toBe(0);
  });
});
