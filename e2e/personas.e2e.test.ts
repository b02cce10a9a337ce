// The persona library as a person uses it: a real `waymark serve`, Debian's Chromium. One story in
// order: an empty library → a persona with every field and an uploaded avatar (bad files refused)
// → edit with a wrong share refused → added to a journey from the editor → its name in the
// library card → deleted. Axe on each screen, light and dark, desktop and tablet.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchChromium, screenshot, seriousViolations } from './support/browser.js';
import { startWaymark, type WaymarkServer } from './support/waymarkServer.js';

let server: WaymarkServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let workspace = '';

// A 1×1 PNG.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  server = await startWaymark();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(60_000);
  page = await context.newPage();
  await page.goto(server.setupUrl);
  await page.getByLabel('Your name').fill('Pia Persona');
  await page.getByLabel('Email').fill('pia@example.com');
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Journeys' }).waitFor();
  workspace = new URL(page.url()).pathname.split('/')[2] ?? '';
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.sequential('the persona library, end to end', () => {
  it('opens from the top bar with the sample templates’ personas in it', async () => {
    await page.getByRole('link', { name: 'Personas', exact: true }).click();
    await page.getByRole('heading', { name: 'Personas', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workspace}/personas`);
    await page.getByRole('listitem', { name: 'Budget shopper' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('creates a persona with every field, refusing a wrong avatar file and uploading a PNG', async () => {
    await page.getByRole('button', { name: 'New persona' }).click();
    const dialog = page.getByRole('dialog', { name: 'New persona' });
    await dialog.getByLabel('Name', { exact: true }).fill('Night-shift nurse');
    await dialog.getByLabel('Segment').fill('Students');
    await dialog.getByLabel('Share of the customer base (%)').fill('35');
    await dialog.getByLabel('Description').fill('Buys on a tight budget');
    await dialog.getByLabel('Quote').fill('Is there a discount?');
    await dialog.getByLabel('Goals').fill('Pay little\nFind a warm jacket');
    await dialog.getByLabel('Needs').fill('Clear prices');
    await dialog.getByLabel('Frustrations').fill('Hidden fees');
    await dialog.getByLabel('Behaviours').fill('Compares shops');
    const file = dialog.getByLabel('Or upload an image');
    await file.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
    await dialog.getByText('logo.svg is not a PNG, JPEG or WebP image.').waitFor();
    await file.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(600 * 1024) });
    await dialog.getByText('big.png is 600 KB; an avatar can be at most 512 KB.').waitFor();
    await file.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
    await dialog.getByRole('button', { name: 'Remove image, use initials' }).waitFor();
    expect(await dialog.locator('img.persona-avatar').getAttribute('src')).toMatch(
      /\/avatars\/[0-9a-f-]{36}$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'persona-editor');
    await dialog.getByRole('button', { name: 'Create persona' }).click();
    const card = page.getByRole('listitem', { name: 'Night-shift nurse' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Students · 35% of customers');
    expect(await card.textContent()).toContain('Hidden fees');
    await eventually(
      () =>
        card
          .locator('img.persona-avatar')
          .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth === 1),
      'the uploaded avatar is shown',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'personas');
  });

  it('refuses a wrong share of the base by its field and saves a right one', async () => {
    await page.getByRole('button', { name: 'Edit Night-shift nurse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Night-shift nurse' });
    const share = dialog.getByLabel('Share of the customer base (%)');
    await share.fill('150');
    await dialog.getByRole('button', { name: 'Save persona' }).click();
    await dialog.getByText('Share of the base is a percentage from 0 to 100.').waitFor();
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    await share.fill('40');
    await dialog.getByRole('button', { name: 'Save persona' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Students · 40% of customers').waitFor();
  });

  it('adds the library persona to a journey from the editor, and the library card names it', async () => {
    await page.getByRole('link', { name: 'Waymark', exact: true }).click();
    await page.locator('.journey-card').first().click();
    await page.locator('svg.map-svg g.wm-stage').first().waitFor();
    const picker = page.getByRole('region', { name: 'Personas', exact: true });
    await picker.getByLabel('Add from the library').selectOption({ label: 'Night-shift nurse' });
    await picker.getByRole('button', { name: 'Add persona' }).click();
    await picker.getByRole('listitem').filter({ hasText: 'Night-shift nurse' }).waitFor();
    await page.locator('.save-indicator[data-status="saved"]').waitFor();
    const journey = new URL(page.url()).pathname.split('/').pop() ?? '';
    await eventually(async () => {
      const answer = await page.request.get(`${server.url}/api/v1/workspaces/${workspace}/journeys`);
      const listed = ((await answer.json()) as { journeys: { id: string; personaNames: string[] }[] })
        .journeys;
      return listed.find((j) => j.id === journey)?.personaNames.includes('Night-shift nurse') ?? false;
    }, 'the server has the persona on the journey');
    await page.getByRole('link', { name: 'Waymark', exact: true }).click();
    const card = page.locator('.journey-card').filter({ hasText: 'Night-shift nurse' });
    await card.waitFor();
    expect(await card.locator('.health').count()).toBe(1);
  });

  it('is readable in the dark theme on a tablet', async () => {
    const tablet = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      colorScheme: 'dark',
      storageState: await context.storageState(),
    });
    tablet.setDefaultTimeout(60_000);
    const dark = await tablet.newPage();
    await dark.goto(`${server.url}/w/${workspace}/personas`);
    await dark.getByRole('listitem', { name: 'Night-shift nurse' }).waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'personas-dark-tablet');
    await dark.goto(`${server.url}/w/${workspace}`);
    await dark.locator('.journey-card').first().waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await screenshot(dark, 'library-dark-tablet');
    await tablet.close();
  });

  it('deletes a persona after asking, and the journey keeps its copy', async () => {
    await page.goto(`${server.url}/w/${workspace}/personas`);
    await page.getByRole('button', { name: 'Delete Night-shift nurse' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Night-shift nurse?' });
    await dialog.getByText('Journeys it was added to keep their own copy.').waitFor();
    await dialog.getByRole('button', { name: 'Delete persona' }).click();
    await page.getByRole('listitem', { name: 'Night-shift nurse' }).waitFor({ state: 'detached' });
    await page.getByRole('listitem', { name: 'Budget shopper' }).waitFor();
  });
});
