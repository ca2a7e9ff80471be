/**
 * Right to left is data: the locale added by the documented steps (tests/fixtures/new-locale/, right
 * to left) lays out mirrored in Chromium, the site's own components included. Screenshots go to
 * `.cache/screenshots/rtl-*.png`.
 */
import { mkdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildNewLocaleSite, newLocale, newLocaleDist } from '../helpers/new-locale.ts';
import { describeBrowser, desktop, phone, useBrowserSite } from '../helpers/browser.ts';

const shots = new URL('../../.cache/screenshots/', import.meta.url);
const site = useBrowserSite({
  root: newLocaleDist,
  prepare: () => {
    buildNewLocaleSite({ reuse: true });
  },
});

/** Opens `path` of the new-locale site at `viewport`. */
async function open(path: string, viewport = desktop): Promise<Page> {
  const page = await site.browser.newPage({ viewport });
  await page.goto(new URL(path, site.origin).href, { waitUntil: 'networkidle' });
  return page;
}

/** The left edge of the first element matching `selector`. */
const leftOf = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())?.x ?? NaN;

describeBrowser('a right-to-left locale', () => {
  it('mirrors the home page: the urgent box’s stripe and the search box’s padding on the right', async () => {
    const page = await open(`/${newLocale}/`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const urgent = await page.locator('.urgent-box').evaluate((box) => {
      const style = getComputedStyle(box);
      return { right: style.borderRightWidth, left: style.borderLeftWidth };
    });
    expect(urgent).toEqual({ right: '4px', left: '1px' });
    const box = await page.locator('.home-search .box').evaluate((element) => {
      const style = getComputedStyle(element);
      return { right: style.paddingRight, left: style.paddingLeft };
    });
    expect(Number.parseFloat(box.right)).toBeGreaterThan(Number.parseFloat(box.left));
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: new URL('rtl-home-desktop.png', shots).pathname, fullPage: true });
    await page.close();
    const mobile = await open(`/${newLocale}/`, phone);
    await mobile.screenshot({ path: new URL('rtl-home-phone.png', shots).pathname });
    await mobile.close();
  });

  it('runs the breadcrumbs from the right, pointing left, on an article shown in English', async () => {
    const page = await open(`/${newLocale}/fees/trading-fees/`);
    const crumbs = page.locator('.breadcrumbs li');
    const first = (await crumbs.nth(0).boundingBox())?.x ?? NaN;
    const second = (await crumbs.nth(1).boundingBox())?.x ?? NaN;
    expect(first).toBeGreaterThan(second);
    // The sidebar is on the right, the content on its left.
    expect(await leftOf(page, '#starlight__sidebar')).toBeGreaterThan(await leftOf(page, 'main'));
    // The English text keeps its own direction inside the page.
    expect(await page.locator('main').getAttribute('dir')).toBe('ltr');
    await page.screenshot({ path: new URL('rtl-article-desktop.png', shots).pathname });
    await page.close();
  });
});
