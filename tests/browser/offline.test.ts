/**
 * The offline emergency kit in Chromium: after a first visit in a locale, with the network cut
 * (`context.setOffline(true)`), the kit's pages open, the checker works, any other page shows the
 * offline page; only visited locales are kept; a new version removes the old caches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { defaultLocale } from '../../src/config/locales.ts';
import { describeBrowser, phone, useBrowserSite } from '../helpers/browser.ts';
import { distDir } from '../helpers/site.ts';

/** Each locale's kit as the built service worker lists it. */
function kits(): Record<string, string[]> {
  const source = readFileSync(join(distDir, 'sw.js'), 'utf8');
  return JSON.parse(/const KITS = (\{.*\});/.exec(source)?.[1] ?? '{}') as Record<string, string[]>;
}

/** The names of the caches of the page's origin. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Waits until the service worker controls the page and has cached `count` files for `locale`. */
async function kitCached(page: Page, locale: string, count: number): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(
    async ([wanted, size]) => {
      for (const name of await caches.keys()) {
        if (name.endsWith(`-${wanted}`) && !name.startsWith('signpost-old')) {
          if ((await (await caches.open(name)).keys()).length >= size) return true;
        }
      }
      return false;
    },
    [locale, count] as const,
    { timeout: 30_000, polling: 250 },
  );
}

describeBrowser('offline emergency kit (service worker)', () => {
  const site = useBrowserSite();

  it('keeps the visited locale’s kit and serves it with the network cut', async () => {
    const kit = kits()[defaultLocale] ?? [];
    const pages = kit.filter((path) => path.endsWith('/'));
    expect(pages.length).toBeGreaterThan(8);
    const context = await site.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}${defaultLocale}/`, { waitUntil: 'load' });
      await kitCached(page, defaultLocale, kit.length);
      // Only the visited locale is kept.
      expect((await cacheNames(page)).filter((name) => !name.endsWith(`-${defaultLocale}`))).toEqual([]);

      await context.setOffline(true);
      for (const path of pages) {
        const response = await page.goto(new URL(path.slice(1), site.origin).href, { waitUntil: 'load' });
        expect(response?.ok(), `${path} offline`).toBe(true);
        expect(await page.locator('h1').first().textContent(), path).not.toBe('');
      }

      // The checker works offline: engine and data come from the cache.
      await page.goto(`${site.origin}${defaultLocale}/verify/`, { waitUntil: 'load' });
      await page.locator('#verify-input').fill('https://www.kraken.com/');
      await page.keyboard.press('Enter');
      const verdict = page.locator('#verify-result section[data-verdict]');
      await verdict.waitFor({ timeout: 10_000 });
      expect(await verdict.getAttribute('data-verdict')).toBe('official');

      // Any other page: the offline page, listing what is available.
      await page.goto(`${site.origin}${defaultLocale}/deposits/deposit-basics/`, { waitUntil: 'load' });
      expect(page.url()).toContain('/deposits/deposit-basics/');
      const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining([`/${defaultLocale}/contact/`, `/${defaultLocale}/verify/`]));
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('removes old caches when a new version activates, and keeps the locales they held', async () => {
    const kit = kits()[defaultLocale] ?? [];
    const other = Object.keys(kits()).find((locale) => locale !== defaultLocale);
    const context = await site.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    try {
      await page.goto(`${site.origin}${defaultLocale}/`, { waitUntil: 'load' });
      await kitCached(page, defaultLocale, kit.length);
      // An earlier build's caches (one of a locale not visited now), then the worker installed again
      // (as a new build's would be).
      await page.evaluate(async (locale) => {
        await (await caches.open('signpost-old-en')).put('/old', new Response('old'));
        if (locale) await (await caches.open(`signpost-old-${locale}`)).put('/old', new Response('old'));
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      }, other);
      await page.reload({ waitUntil: 'load' });
      await kitCached(page, defaultLocale, kit.length);
      if (other) await kitCached(page, other, kits()[other]?.length ?? 0);
      await page.waitForFunction(
        async () => !(await caches.keys()).some((name) => name.startsWith('signpost-old-')),
        undefined,
        { timeout: 10_000 },
      );
      expect((await cacheNames(page)).some((name) => name.endsWith(`-${defaultLocale}`))).toBe(true);
    } finally {
      await context.close();
    }
  }, 120_000);
});
