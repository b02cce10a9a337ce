// The map editor's cells, end to end: a real `waymark serve`, Debian's Chromium. One story in
// order: a journey from the retail template → edit a touchpoint's channel → add to an empty cell
// on the map, by double-click and by keyboard → delete a line with the Delete key → reorder a step
// by keyboard.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousViolations } from './support/browser.js';
import { textContrast } from './support/contrast.mjs';
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

  it('edits a persona’s goals and records a metric’s measurement in the details panel', async () => {
    await page.locator('g.wm-persona').first().click();
    const goals = details().getByRole('region', { name: 'Goals' });
    await goals.getByLabel('Add a goal').first().fill('Stay warm at the bus stop');
    await goals.getByRole('button', { name: 'Add a goal' }).click();
    const added = goals.getByRole('textbox', { name: /^Goal \d+$/ }).last();
    await eventually(
      async () => (await added.inputValue()) === 'Stay warm at the bus stop',
      'the goal is added',
    );
    const metric = page.locator('g.wm-metric').first();
    await metric.click();
    const measurements = details().getByRole('region', { name: 'Measurements' });
    await measurements.getByLabel('New measurement’s date').fill('2030-01-31');
    await measurements.getByLabel('Its value').fill('9.9');
    await measurements.getByLabel('Its source').fill('Analytics export');
    await measurements.getByRole('button', { name: 'Add measurement' }).click();
    await eventually(
      async () => ((await metric.textContent()) ?? '').includes('9.9'),
      'the map shows the latest measurement',
    );
    await screenshot(page, 'editor-measurements');
    expect(await seriousViolations(page)).toEqual([]);
    await saved();
  });

  it('adds a line to an empty blueprint cell by double-clicking it, then deletes it with the Delete key', async () => {
    await bringIntoView(page.locator('g.wm-lane-label.wm-lane-backstage'));
    // The Backstage row (its label at the left spans the row) in the first step's column.
    const step = await page.locator('g.wm-step').first().boundingBox();
    const row = await page.locator('g.wm-lane-label.wm-lane-backstage').boundingBox();
    if (!step || !row) throw new Error('the lane is not on screen');
    const lane = { x: step.x + step.width / 2, y: row.y + row.height / 2 };
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

  it('adds the first item to an empty cell from the keyboard: Tab to it, Enter, type, Enter', async () => {
    // The Backstage row's empty cells follow the cards in Tab order; reach the first by keyboard.
    const empty = page.locator('g[data-empty-cell][aria-label^="Add to Backstage"]').first();
    const label = (await empty.getAttribute('aria-label')) ?? '';
    await empty.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const isFocused = (element: Locator) =>
      element.evaluate(
        (el) =>
          (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el,
      );
    expect(await isFocused(empty)).toBe(true);
    // Its focus is visible: the outline at screen size, and the cell's own stroke.
    await page.locator('rect.focus-outline').waitFor();
    await screenshot(page, 'editor-empty-cell-focus');
    await page.keyboard.press('Enter');
    await page.getByLabel('New backstage action').waitFor();
    await page.keyboard.type('Checks stock levels');
    await page.keyboard.press('Enter');
    const note = page.locator('g.wm-backstage', { hasText: 'Checks stock levels' });
    await note.waitFor();
    await eventually(async () => isFocused(note), 'focus is on the new card');
    expect(await page.locator(`g[data-empty-cell][aria-label="${label}"]`).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Delete');
    await eventually(async () => (await note.count()) === 0, 'the Delete key removes it again');
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
    // Reach the step with the keyboard (Shift+Tab, Tab), as a person would: its focus is visible.
    await page.locator('g.wm-step[data-id="search"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.locator('rect.focus-outline').waitFor();
    await page.keyboard.press('Alt+ArrowRight');
    await eventually(async () => (await order()).indexOf('search') === at + 1, 'the step moves one place');
    expect(await page.getByRole('status').filter({ hasText: 'moved' }).textContent()).toBe(
      'Step “Searches the shop, finds jackets at £400–500” moved to place 2 of Consideration',
    );
    const focused = await page
      .locator('g.wm-step[data-id="search"]')
      .evaluate(
        (el) =>
          (el as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === el,
      );
    expect(focused).toBe(true);
    expect(await page.locator('rect.focus-outline').count()).toBe(1);
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
    await eventually(async () => {
      const [moved, column] = [await touchpoint.boundingBox(), await onto.boundingBox()];
      return moved !== null && column !== null && Math.abs(moved.x - column.x) < 4;
    }, 'the touchpoint is drawn in the search step’s column');
    await saved();
  });

  it('reorders the steps of an alternative path by keyboard and by drag', async () => {
    const pathOrder = () =>
      page
        .locator('g.wm-path-step')
        .evaluateAll((steps) => steps.map((step) => step.getAttribute('data-id')));
    const before = await pathOrder();
    expect(before.length).toBeGreaterThan(2);
    const [first, second] = before as string[];
    const step = page.locator(`g.wm-path-step[data-id="${first}"]`);
    // The path branches late in the journey: pan it in from the right, then down to it.
    await page.mouse.move(700, 450);
    await page.mouse.wheel(((await step.boundingBox())?.x ?? 0) - 300, 0);
    await bringIntoView(step);
    await step.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await eventually(async () => (await pathOrder())[1] === first, 'the path step moves one place');
    expect(await page.getByRole('status').filter({ hasText: 'moved' }).textContent()).toMatch(
      /moved to place 2 of the path “/,
    );
    // Drag it back onto the place of the step now first.
    const from = await step.boundingBox();
    const to = await page.locator(`g.wm-path-step[data-id="${second}"]`).boundingBox();
    if (!from || !to) throw new Error('the path steps are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    // While dragging, a bar shows where it will land: in the gap before the step it is over.
    const marker = page.locator('rect.drop-marker');
    await marker.waitFor();
    const bar = await marker.boundingBox();
    expect(bar && bar.x + bar.width <= to.x + 1 && bar.height > bar.width).toBe(true);
    await screenshot(page, 'editor-drop-marker');
    await page.mouse.up();
    expect(await marker.count()).toBe(0);
    await eventually(async () => (await pathOrder()).join() === before.join(), 'the drag puts it back first');
    await saved();
  });

  it('hides a lane and a persona’s curve from the Lanes menu, and keeps that view after a reload', async () => {
    await page.getByRole('button', { name: 'Lanes' }).click();
    const menu = page.getByRole('region', { name: 'Lanes and emotion curves' });
    await menu.getByRole('checkbox', { name: 'Thoughts' }).uncheck();
    await menu.getByRole('button', { name: 'Move Emotions up' }).click();
    await menu.getByRole('checkbox', { name: 'Returning customer' }).uncheck();
    await screenshot(page, 'editor-lanes-menu');
    expect(await seriousViolations(page)).toEqual([]);
    const laneOrder = () =>
      page
        .locator('g.wm-lane-label')
        .evaluateAll((labels) =>
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

  it('replies to a comment with an @mention and resolves the thread', async () => {
    await page.locator('g.wm-step[data-id="search"]').click();
    await details().getByLabel('New comment').fill('Is the filter broken?');
    await details().getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = details().locator('.comment-thread', { hasText: 'Is the filter broken?' });
    await thread.getByRole('button', { name: 'Reply' }).click();
    const reply = thread.getByLabel('Reply');
    await reply.pressSequentially('Fixed, thanks @Ad');
    await page.getByRole('option', { name: /Ada Owner/ }).waitFor();
    await reply.press('Enter');
    expect(await reply.inputValue()).toMatch(/^Fixed, thanks @\[Ada Owner\]\([^)]+\) $/);
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.locator('.comment.reply .mention', { hasText: '@Ada Owner' }).waitFor();
    await screenshot(page, 'editor-comment-thread');
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await thread.locator('.resolved-line', { hasText: 'Resolved by Ada Owner' }).waitFor();
    expect(await thread.locator('.comment').count()).toBe(0);
  });

  it('outlines what changed since a version on the map, with a legend, readable in the dark theme', async () => {
    await page.getByRole('button', { name: 'History', exact: true }).click();
    const history = page.getByRole('complementary', { name: 'Version history' });
    await history.getByLabel('Name this version').fill('Before the workshop');
    await history.getByRole('button', { name: 'Save version' }).click();
    await history.getByText('Before the workshop').waitFor();
    // A change after the version: rename a step in place.
    const step = page.locator('g.wm-step[data-id="size-guide"]');
    await step.dblclick();
    await page.getByLabel('New name').fill('Reads the size guide');
    await page.getByLabel('New name').press('Enter');
    await saved();
    // The server's copy trails the live map by about two seconds: compare until it has the rename.
    const outline = page.locator('rect.diff-outline-changed');
    await eventually(async () => {
      await history
        .getByRole('button', { name: /^Compare version \d+ with current$/ })
        .first()
        .click();
      return (await outline.count()) > 0;
    }, 'the renamed step is outlined as changed');
    const legend = page.getByRole('complementary', { name: 'Changes outlined on the map' });
    expect(await legend.textContent()).toMatch(/Changed \d+/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Let the buttons' 0.12 s background transitions settle before measuring or taking the picture.
    await page.waitForTimeout(400);
    await screenshot(page, 'editor-diff-dark');
    expect(await seriousViolations(page)).toEqual([]);
    // Axe leaves disabled controls out; in the dark theme they stay readable too (AA, 4.5:1).
    const controls = [
      history.getByRole('button', { name: /^Compare version \d+ with current$/ }).first(),
      history.getByRole('button', { name: 'Save version' }),
      page.getByRole('button', { name: 'Export', exact: true }),
      page.getByRole('toolbar', { name: 'Editor' }).getByRole('button', { name: 'Redo' }),
    ];
    for (const control of controls)
      expect(
        await control.evaluate(textContrast),
        (await control.textContent()) ?? '',
      ).toBeGreaterThanOrEqual(4.5);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'History', exact: true }).click();
    expect(await outline.count()).toBe(0);
  });
});
