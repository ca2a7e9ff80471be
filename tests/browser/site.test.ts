/** The site in real headless Chromium: home on a phone, search in both languages, language switching. */
import { mkdirSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { localeIds } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { describeBrowser, phone, useBrowserSite } from '../helpers/browser.ts';
import { dialogResults, pathOf, searchDialog } from '../../scripts/lib/search-dialog.ts';

const shots = new URL('../../.cache/screenshots/', import.meta.url);
const site = useBrowserSite();
const requests: string[] = [];
const consoleErrors: string[] = [];

/** A new page that records every request it makes. */
async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await site.browser.newPage(options);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  await page.goto(new URL(path, site.origin).href, { waitUntil: 'networkidle' });
  return page;
}

/** Opens the search dialog from the home page's header and returns the result pages for `query`, best first. */
async function search(locale: string, query: string): Promise<string[]> {
  const page = await open(`/${locale}/`);
  await page.click(searchDialog.button);
  await page.locator(searchDialog.input).fill(query);
  const hrefs = await dialogResults(page, query);
  await page.close();
  return hrefs.map(pathOf);
}

describeBrowser('in headless Chromium', () => {
  beforeAll(() => {
    mkdirSync(shots, { recursive: true });
  });

  it.each(localeIds)('home renders on a phone in %s', async (locale) => {
    const page = await open(`/${locale}/`, { viewport: phone, isMobile: true, hasTouch: true });
    const strings = loadUiStrings(locale);
    await expect.poll(() => page.locator('h1').textContent()).toBe(strings['home.title']);
    expect(await page.locator('[data-home-search]').isEnabled()).toBe(true);
    expect(await page.locator('.urgent-box').isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: new URL(`home-${locale}-phone.png`, shots).pathname, fullPage: true });
    await page.close();
  });

  it('finds the ticket article for an English query', async () => {
    const results = await search('en', 'ticket');
    expect(results.slice(0, 3)).toContain('/en/get-help/write-a-good-ticket/');
  });

  it('finds the ticket article for a Chinese query', async () => {
    const results = await search('zh-cn', '工单');
    expect(results.slice(0, 3), results.join(' ')).toContain('/zh-cn/get-help/write-a-good-ticket/');
    expect(results.every((href) => href.startsWith('/zh-cn/'))).toBe(true);
  });

  it('the language switcher keeps the reader on the same article', async () => {
    const page = await open('/en/get-help/support-ladder/', { viewport: { width: 1280, height: 800 } });
    await Promise.all([
      page.waitForURL('**/zh-cn/get-help/support-ladder/'),
      page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' }),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.close();
  });

  it('the root page sends a Chinese browser to /zh-cn/ and an English one to /en/', async () => {
    for (const [language, expected] of [
      ['zh-CN', '/zh-cn/'],
      ['en-GB', '/en/'],
    ] as const) {
      const page = await open('/', { locale: language });
      await page.waitForURL(`**${expected}`);
      expect(new URL(page.url()).pathname).toBe(expected);
      await page.close();
    }
  });

  it('the root page offers every language without JavaScript', async () => {
    const page = await open('/', { javaScriptEnabled: false, locale: 'zh-CN' });
    expect(new URL(page.url()).pathname).toBe('/');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(localeIds.map((id) => `/${id}/`));
    await page.close();
  });

  it('logs no console error (CSP violations included) on any page visited', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('never requests anything from another origin', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
  });
});
