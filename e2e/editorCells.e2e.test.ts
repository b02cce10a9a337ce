// The map editor's cells, end to end: a real `waymark serve`, Debian's Chromium. One story in
// order: a journey from the retail template → edit a touchpoint's channel → add to an empty cell
// on the map → delete a line with the Delete key → reorder a step by keyboard.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousViolations } from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startWaymark();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const details = () => page.getByRole('complementary', { name: 'Details' });
/** Pans the map (the wheel) until the element is in the upper middle of the screen. */
async function bringIntoView(element: Locator): Promise<void> {
  const box = await element.boundingBox();
  await page.mouse.move(700, 450);
  await page.mouse.wheel(0, (box?.y ?? 0) - 350);
  await eventually(async () => Math.abs(((await element.boundingBox())?.y ?? 0) - 350) < 10, 'it is in view');
}
const saved = () => page.locator('.save-indicator[data-status="saved"]').waitFor();

describe.sequential('editing the map’s cells, end to end', () => {
  it('opens a journey made from the retail template', async () => {
    await page.goto(server.setupUrl);
    await page.getByLabel('Your name').fill('Ada Owner');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('button', { name: 'New journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journey' });
    await dialog.locator('.template-option img').first().waitFor();
    await dialog.getByLabel('Title').fill('Cells');
    await dialog.getByRole('button', { name: 'Create journey' }).click();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    await saved();
  });

  it('changes a touchpoint’s channel with the channel picker', async () => {
    const touchpoint = page.locator('g.wm-touchpoint[data-id="word-of-mouth"]');
    await touchpoint.click();
    expect(await details().locator('.kind-label').textContent()).toBe('Touchpoint');
    const picker = details().getByRole('group', { name: 'Channel' });
    expect(await picker.getByRole('radio', { name: 'Word of mouth' }).isChecked()).toBe(true);
    await picker.getByText('Email', { exact: true }).click();
    await eventually(
      async () => ((await touchpoint.getAttribute('aria-label')) ?? '').includes('Email'),
      'the map draws the touchpoint on the email channel',
    );
    await details().getByLabel('Department').fill('CRM');
    await details().getByLabel('Department').press('Enter');
    await eventually(
      async () => ((await touchpoint.textContent()) ?? '').includes('CRM'),
      'the map shows the department',
    );
    await screenshot(page, 'editor-touchpoint');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds a line to an empty blueprint cell by double-clicking it, then deletes it with the Delete key', async () => {
    await bringIntoView(page.locator('g.wm-lane-label.wm-lane-backstage'));
    const lane = await page.evaluate(() => {
      // The Backstage row (its label at the left spans the row) in the first step's column.
      const step = document.querySelector('g.wm-step')!.getBoundingClientRect();
      const row = document.querySelector('g.wm-lane-label.wm-lane-backstage')!.getBoundingClientRect();
      return { x: step.x + step.width / 2, y: row.y + row.height / 2 };
    });
    await page.mouse.dblclick(lane.x, lane.y);
    const box = page.getByLabel('New backstage action');
    await box.fill('Pick and pack');
    await box.press('Enter');
    const note = page.locator('g.wm-backstage', { hasText: 'Pick and pack' });
    await note.waitFor();
    await note.focus();
    await page.keyboard.press('Delete');
    await eventually(async () => (await note.count()) === 0, 'the Delete key removes the line');
  });

  it('shows core’s refusal when Delete would remove a step a pain point is at, and keeps the step', async () => {
    const step = page.locator('g.wm-step[data-id="compare"]');
    await step.focus();
    await page.keyboard.press('Delete');
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/refused.*price-unclear/);
    expect(await step.count()).toBe(1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('moves a step with Alt+→, says so in the live region, keeps its focus, and undo takes it back', async () => {
    const order = () =>
      page.locator('g.wm-step').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-id')));
    const before = await order();
    const at = before.indexOf('search');
    await page.locator('g.wm-step[data-id="search"]').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await eventually(async () => (await order()).indexOf('search') === at + 1, 'the step moves one place');
    expect(await page.getByRole('status').filter({ hasText: 'moved' }).textContent()).toBe(
      'Step “Searches the shop, finds jackets at £400–500” moved to place 2 of Consideration',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('search');
    await screenshot(page, 'editor-moved-step');
    await page.keyboard.press('Control+z');
    await eventually(async () => (await order()).join() === before.join(), 'undo puts it back');
  });

  it('drags a touchpoint onto another step', async () => {
    const touchpoint = page.locator('g.wm-touchpoint[data-id="comparison-sites"]');
    const onto = page.locator('g.wm-step[data-id="search"]');
    await bringIntoView(onto);
    const from = await touchpoint.boundingBox();
    const to = await onto.boundingBox();
    if (!from || !to) throw new Error('the cards are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await eventually(
      () =>
        page.evaluate(() => {
          const step = document.querySelector('g.wm-step[data-id="search"]')!.getBoundingClientRect();
          const moved = document
            .querySelector('g.wm-touchpoint[data-id="comparison-sites"]')!
            .getBoundingClientRect();
          return Math.abs(moved.x - step.x) < 4;
        }),
      'the touchpoint is drawn in the search step’s column',
    );
    await saved();
  });

  it('hides a lane and a persona’s curve from the Lanes menu, and keeps that view after a reload', async () => {
    await page.getByRole('button', { name: 'Lanes' }).click();
    const menu = page.getByRole('region', { name: 'Lanes and emotion curves' });
    await menu.getByLabel('Thoughts').uncheck();
    await menu.getByRole('button', { name: 'Move Emotions up' }).click();
    await menu.getByLabel('Returning customer').uncheck();
    await screenshot(page, 'editor-lanes-menu');
    expect(await seriousViolations(page)).toEqual([]);
    const laneOrder = () =>
      page.locator('g.wm-lane-label').evaluateAll((labels) =>
        labels.map((label) => (label.getAttribute('class') ?? '').replace(/.*wm-lane-/, '')),
      );
    expect((await laneOrder()).slice(0, 3)).toEqual(['actions', 'emotions', 'touchpoints']);
    expect(await page.locator('g.wm-emotion.wm-persona-loyal').count()).toBe(0);
    await page.reload();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    expect((await laneOrder()).slice(0, 3)).toEqual(['actions', 'emotions', 'touchpoints']);
    expect(await page.locator('g.wm-emotion.wm-persona-shopper').count()).toBeGreaterThan(0);
    expect(await page.locator('g.wm-emotion.wm-persona-loyal').count()).toBe(0);
  });
});
