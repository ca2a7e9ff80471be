/** Keyboard only, in Chromium: search, the language switch and the checker reached with Tab, and focus always visible. */
import { expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { describeBrowser, desktop, phone, useBrowserSite } from '../helpers/browser.ts';
import { dialogResults, pathOf, searchDialog } from '../../scripts/lib/search-dialog.ts';

const site = useBrowserSite();
const article = '/en/withdrawals/withdrawal-pending/';

async function open(path: string, options: BrowserContextOptions = { viewport: desktop }): Promise<Page> {
  const page = await site.browser.newPage(options);
  await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
  return page;
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}

/** Whether the focused element matches `selector`. */
const focused = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** How the focused element shows focus: a description of it, and whether an outline or a shadow is drawn. */
function focusIndicator(): { element: string; visible: boolean } {
  const element = document.activeElement;
  if (!element || element === document.body) return { element: 'body', visible: false };
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
  return { element: name, visible: outline || shadow };
}

describeBrowser('keyboard only', () => {
  it('searches: Tab to the button, Enter, type, arrow to a result, Enter opens it', async () => {
    const page = await open(article);
    await tabTo(page, searchDialog.button);
    await page.keyboard.press('Enter');
    expect(await page.locator(`${searchDialog.dialog}[open]`).isVisible()).toBe(true);
    expect(await focused(page, searchDialog.input)).toBe(true);
    await page.keyboard.type('lost 2fa');
    const results = await dialogResults(page, 'lost 2fa');
    const index = results.map(pathOf).indexOf('/en/accounts/lost-2fa-device/');
    expect(index, results.join(' ')).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(3);
    // Down from the field to the first result, then down the page results to the expected one.
    await page.keyboard.press('ArrowDown');
    expect(await focused(page, searchDialog.pageLinks)).toBe(true);
    for (let step = 0; step < index; step++) {
      do await page.keyboard.press('ArrowDown');
      while (!(await focused(page, searchDialog.pageLinks)));
    }
    await Promise.all([page.waitForURL('**/en/accounts/lost-2fa-device/?highlight=*'), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('searches: Tab reaches the results from the field too', async () => {
    const page = await open('/en/get-help/support-ladder/');
    await tabTo(page, searchDialog.button);
    await page.keyboard.press('Enter');
    await page.keyboard.type('withdrawal pending');
    await dialogResults(page, 'withdrawal pending');
    await tabTo(page, searchDialog.pageLinks, 3);
    const target = pathOf(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
    expect(target).toMatch(/^\/en\/withdrawals\//);
    await Promise.all([
      page.waitForURL((url) => url.pathname === target && url.searchParams.has('highlight')),
      page.keyboard.press('Enter'),
    ]);
    await page.close();
  });

  it('Escape closes the dialog and gives focus back to the button; Ctrl+K opens it', async () => {
    const page = await open(article);
    await tabTo(page, searchDialog.button);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.locator(`${searchDialog.dialog}[open]`).count()).toBe(0);
    expect(await focused(page, searchDialog.button)).toBe(true);

    await page.keyboard.press('Control+KeyK');
    expect(await page.locator(`${searchDialog.dialog}[open]`).isVisible()).toBe(true);
    await page.locator(searchDialog.input).waitFor();
    expect(await focused(page, searchDialog.input)).toBe(true);
    await page.keyboard.type('phishing');
    expect((await dialogResults(page, 'phishing')).length).toBeGreaterThan(0);
    await page.keyboard.press('Control+KeyK');
    expect(await page.locator(`${searchDialog.dialog}[open]`).count()).toBe(0);
    await page.close();
  });

  it('switches language: Tab to the language list, arrow to 简体中文, same article in Chinese', async () => {
    const page = await open('/en/get-help/support-ladder/');
    await tabTo(page, 'starlight-lang-select select');
    await Promise.all([page.waitForURL('**/zh-cn/get-help/support-ladder/'), page.keyboard.press('ArrowDown')]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.close();
  });

  it('checks a channel on /en/verify/: Tab to the field, type, Enter, read the verdict', async () => {
    const strings = loadUiStrings('en');
    const page = await open('/en/verify/');
    // Past the header and the sidebar with the skip link, as keyboard readers do.
    await tabTo(page, 'a.sl-skip-link', 1);
    await page.keyboard.press('Enter');
    await tabTo(page, '#verify-input', 5);
    await page.keyboard.type('support@krakem.com');
    await page.keyboard.press('Enter');
    const verdict = page.locator('#verify-result section[data-verdict]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('known-fake');
    expect(await page.locator('#verify-result h2').textContent()).toBe(strings['verify.verdict.known-fake']);
    await page.close();
  });

  it.each([
    ['phone', { viewport: phone, isMobile: true, hasTouch: true }],
    ['desktop', { viewport: desktop }],
  ] as const)('shows where the focus is at every Tab stop of an article (%s)', async (_, options) => {
    const page = await open(article, options);
    const stops: { element: string; visible: boolean }[] = [];
    // The first 25 stops, or all of them when focus leaves the page (back to the body) before.
    for (let presses = 0; presses < 25; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(focusIndicator);
      if (stop.element === 'body') break;
      stops.push(stop);
    }
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.element)).toEqual([]);
    await page.close();
  });
});
