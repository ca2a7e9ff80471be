/** Search in Chromium: the home box, the results page, the header's dialog, highlighting on the article, OpenSearch and axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { describeBrowser, desktop, phone, useBrowserSite } from '../helpers/browser.ts';
import { dialogResults, pathOf, searchDialog } from '../../scripts/lib/search-dialog.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = useBrowserSite();
const requests: string[] = [];
const consoleErrors: string[] = [];

/** Opens `path` in a new page that records its requests and console errors. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.browser.newPage(options);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
  return page;
}

/** Waits until the results page has finished searching. */
async function searched(page: Page): Promise<void> {
  await page.waitForSelector('[data-search-page][data-state="done"]');
}

/** Result links of the results page, as paths with their query string. */
async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describeBrowser('search', () => {
  it('the home search box opens the results page, best answer first, terms marked', async () => {
    const page = await open('/en/', { viewport: phone, isMobile: true, hasTouch: true });
    await page.fill('[data-home-search]', 'deposite not recieved');
    await Promise.all([page.waitForURL('**/en/search/?q=*'), page.press('[data-home-search]', 'Enter')]);
    await searched(page);
    const [first] = await resultLinks(page);
    expect(first).toMatch(/^\/en\/deposits\/deposit-not-received\/\?highlight=/);
    expect(await page.locator('[data-search-results] li').first().locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toContain('deposite not recieved');
    expect(await page.locator('[data-search-suggestions]').isHidden()).toBe(true);
    expect(await page.locator('#search-query').inputValue()).toBe('deposite not recieved');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('finds the right Chinese article for a query the browser splits differently from the index', async () => {
    for (const [query, expected] of [
      ['验证官方客服渠道', '/zh-cn/safety/verify-official-channels/'],
      ['USDT 充值 没到账', '/zh-cn/deposits/deposit-not-received/'],
      ['出金一直不到账', '/zh-cn/withdrawals/withdrawal-pending/'],
    ] as const) {
      const page = await open(`/zh-cn/search/?q=${encodeURIComponent(query)}`);
      await searched(page);
      const links = (await resultLinks(page)).map((href) => href.split('?')[0]);
      expect(links.slice(0, 3), query).toContain(expected);
      expect(
        links.every((href) => href?.startsWith('/zh-cn/')),
        query,
      ).toBe(true);
      await page.close();
    }
  });

  it('marks the query’s terms on the article opened from a result', async () => {
    const page = await open(`/zh-cn/search/?q=${encodeURIComponent('USDT 充值 没到账')}`);
    await searched(page);
    await Promise.all([
      page.waitForURL('**/zh-cn/deposits/deposit-not-received/?highlight=*'),
      page.click('[data-search-results] h2 a >> nth=0'),
    ]);
    await page.waitForSelector('.sl-markdown-content mark.sp-search-hit');
    const marks = await page.locator('.sl-markdown-content mark.sp-search-hit').allTextContents();
    expect(marks).toContain('充值');
    expect(marks.every((text) => Array.from(text).length >= 2)).toBe(true);
    await page.close();
  });

  it('suggests the urgent articles, the contact page and the checker when nothing matches', async () => {
    const strings = loadUiStrings('en');
    const page = await open('/en/search/?q=qwertyuiop');
    await searched(page);
    expect(await page.locator('[data-search-status]').textContent()).toBe(
      strings['searchPage.none'].replace('{query}', 'qwertyuiop'),
    );
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    const suggestions = page.locator('[data-search-suggestions]');
    expect(await suggestions.isVisible()).toBe(true);
    const links = await suggestions.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/en/safety/fake-customer-support/');
    expect(links).toContain('/en/contact/');
    expect(links).toContain('/en/verify/');
    await page.close();
  });

  it('loads nothing of search before the reader heads for it, then Pagefind’s files at once on focus of the button', async () => {
    const isSearchAsset = (url: string) =>
      /\/pagefind\/|\/search\/(synonyms\/|dialog\.json)|site-search-ui\.client/.test(new URL(url).pathname);
    const first = requests.length;
    const page = await open('/en/withdrawals/withdrawal-pending/', { viewport: desktop });
    // Well past the browser's idle time, when Starlight's own dialog loaded Pagefind.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    await page.waitForTimeout(2500);
    expect(requests.slice(first).filter(isSearchAsset)).toEqual([]);
    expect(await page.locator(`${searchDialog.button} kbd`).first().isVisible()).toBe(true);

    // Pagefind's script, WebAssembly, entry file and metadata, before any query.
    await Promise.all([
      page.waitForRequest('**/pagefind/pagefind.js'),
      page.waitForRequest('**/pagefind/wasm.en.pagefind'),
      page.waitForRequest(/\/pagefind\/pagefind-entry\.json\?ts=\w+$/),
      page.waitForRequest(/\/pagefind\/pagefind\.en_\w+\.pf_meta$/),
      page.focus(searchDialog.button),
    ]);
    await page.keyboard.press('Enter');
    await page.locator(searchDialog.input).fill('cash out stuck');
    const results = (await dialogResults(page, 'cash out stuck')).map(pathOf);
    expect(results.slice(0, 3)).toContain('/en/withdrawals/withdrawal-pending/');
    const searchRequests = requests
      .slice(first)
      .filter(isSearchAsset)
      .map((url) => new URL(url).pathname);
    // Each file once (preloaded, then taken from the cache), and no Pagefind worker nor UI.
    expect(searchRequests.filter((path) => path.endsWith('.pf_meta') || path.endsWith('.pagefind'))).toHaveLength(2);
    expect(searchRequests.filter((path) => /pagefind-(worker|ui)/.test(path))).toEqual([]);
    expect(searchRequests.some((path) => path.startsWith('/en/search/synonyms/'))).toBe(true);
    await page.close();
  });

  it('opens at once, takes what the reader typed before search loaded, and shows more on request', async () => {
    const page = await open('/en/', { viewport: desktop });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/site-search-ui.client.*', async (route) => {
      await held;
      await route.continue();
    });
    await page.click(searchDialog.button);
    expect(await page.locator(`${searchDialog.dialog}[open]`).isVisible()).toBe(true);
    expect(await page.locator(searchDialog.input).evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('withdrawl stuck');
    release();
    const results = (await dialogResults(page, 'withdrawl stuck')).map(pathOf);
    expect(results.slice(0, 3)).toContain('/en/withdrawals/withdrawal-pending/');
    expect(results).toHaveLength(5);
    await page.click(searchDialog.more);
    await expect.poll(async () => (await dialogResults(page, 'withdrawl stuck')).length).toBeGreaterThan(5);
    expect(await page.locator(searchDialog.input).inputValue()).toBe('withdrawl stuck');
    await page.close();
  });

  it('submits the dialog’s field to the results page with Enter', async () => {
    const page = await open('/zh-cn/', { viewport: desktop });
    await page.click(searchDialog.button);
    await page.locator(searchDialog.input).fill('提币 没到账');
    await Promise.all([page.waitForURL('**/zh-cn/search/?q=*'), page.keyboard.press('Enter')]);
    await searched(page);
    expect(await page.locator('#search-query').inputValue()).toBe('提币 没到账');
    await page.close();
  });

  it.each([
    ['充值没到账', '/zh-cn/deposits/deposit-not-received/', '充值没到账'],
    ['提现', '/zh-cn/withdrawals/withdrawal-basics/', '提币'],
    ['出金一直不到账', '/zh-cn/withdrawals/withdrawal-pending/', '提币'],
  ])('the dialog prepares Chinese queries like the results page: %s', async (query, expected, marked) => {
    const page = await open('/zh-cn/', { viewport: desktop });
    await page.click(searchDialog.button);
    await page.locator(searchDialog.input).fill(query);
    const links = await dialogResults(page, query);
    expect(links.map(pathOf).slice(0, 3), links.join(' ')).toContain(expected);
    expect(links.every((href) => href.startsWith('/zh-cn/'))).toBe(true);
    // Results carry the terms to mark, synonyms replaced by the words articles use.
    const first = new URL(links[0] ?? '', site.origin);
    expect(first.searchParams.getAll('highlight')).toContain(marked);
    await page.close();
  });

  it('offers the locale’s search to the browser’s address bar (OpenSearch)', async () => {
    const page = await open('/en/accounts/reset-password/');
    const href = await page.locator('link[rel="search"]').getAttribute('href');
    expect(href).toBe('/en/opensearch.xml');
    const response = await page.request.get(new URL(href ?? '', site.origin).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('/en/search/?q={searchTerms}');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violation with results and highlights (%s)',
    async (colorScheme) => {
      // axe is injected by the test, so the page's own CSP must not block it.
      const context = await site.browser.newContext({ colorScheme, viewport: phone, bypassCSP: true });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of [
        `/en/search/?q=${encodeURIComponent('cash out pending')}`,
        `/zh-cn/search/?q=${encodeURIComponent('钓鱼网站')}`,
        '/zh-cn/search/?q=qwertyuiop',
        `/en/withdrawals/withdrawal-pending/?highlight=withdraw&highlight=pending`,
      ]) {
        await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
        if (path.includes('/search/')) await searched(page);
        else await page.waitForSelector('mark.sp-search-hit');
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } })
            .axe;
          const result = await axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(({ id }) => id);
        });
        failures.push(...violations.map((id) => `${path} [${colorScheme}] ${id}`));
      }
      await context.close();
      expect(failures).toEqual([]);
    },
    120_000,
  );

  it.each(['light', 'dark'] as const)(
    'has no accessibility violation in the search dialog with results (%s)',
    async (colorScheme) => {
      const failures: string[] = [];
      for (const viewport of [phone, desktop]) {
        const context = await site.browser.newContext({ colorScheme, viewport, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(new URL('/zh-cn/safety/fake-customer-support/', site.origin).href, { waitUntil: 'load' });
        await page.click(searchDialog.button);
        await page.locator(searchDialog.input).fill('客服');
        await dialogResults(page, '客服');
        await page.keyboard.press('ArrowDown');
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: { id: string }[] }> } }
          ).axe;
          const result = await axe.run('site-search dialog', {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(({ id }) => id);
        });
        failures.push(...violations.map((id) => `${viewport.width}px [${colorScheme}] ${id}`));
        await context.close();
      }
      expect(failures).toEqual([]);
    },
    60_000,
  );

  it('logs no console error (CSP violations included) and requests nothing from another origin', () => {
    expect(consoleErrors).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
  });
});
