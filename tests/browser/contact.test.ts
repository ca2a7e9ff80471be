/**
 * The contact page on a phone (390 px): each platform's channels two taps away at most, and the
 * age of the data computed in the browser for a copy of the site served long after its build.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localeIds } from '../../src/config/locales.ts';
import { staleAfterDays } from '../../src/lib/fact-age.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { describeBrowser, phone, useBrowserSite } from '../helpers/browser.ts';

const site = useBrowserSite();
const platforms = loadPlatforms();

/** Opens a page on a phone, failing the test on a script error or a CSP violation. */
async function openOnPhone(
  path: string,
  setUp?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await setUp?.(page);
  await page.goto(new URL(path, site.origin).href, { waitUntil: 'networkidle' });
  return { page, errors };
}

describeBrowser('the contact page on a phone', () => {
  it.each(localeIds)(
    '%s: one tap on the index shows each platform’s first channel and its copy button',
    async (locale) => {
      const { page, errors } = await openOnPhone(`/${locale}/contact/`);
      for (const platform of platforms) {
        await page.evaluate(() => {
          window.scrollTo(0, 0);
        });
        // Tap 1: the platform in the index at the top of the page.
        await page.locator(`.platform-index a[href="#${platform.id}"]`).tap();
        const section = page.locator(`section[aria-labelledby="${platform.id}"]`);
        const first = section.locator('a.value').first();
        await expect.poll(() => first.isVisible(), { message: platform.id }).toBe(true);
        const box = await first.boundingBox();
        expect(box, platform.id).not.toBeNull();
        // The channel is on screen, whole, so tap 2 can open or copy it.
        expect(box?.y ?? -1, platform.id).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? 0), platform.id).toBeLessThanOrEqual(phone.height);
        expect((box?.x ?? 0) + (box?.width ?? 0), platform.id).toBeLessThanOrEqual(phone.width);
        // …and not under the sticky header: a tap there reaches the link itself.
        const reached = await first.evaluate((link) => {
          const { x, y, width, height } = link.getBoundingClientRect();
          return link.contains(document.elementFromPoint(x + width / 2, y + height / 2));
        });
        expect(reached, platform.id).toBe(true);
        expect(await section.locator('button[data-copy]').first().isVisible(), platform.id).toBe(true);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a fresh copy flags no fact and shows the build date without a warning', async () => {
    const { page, errors } = await openOnPhone('/en/contact/');
    expect(await page.locator('.data-age [data-old]').isHidden()).toBe(true);
    expect(await page.locator('details.source .stale').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(localeIds)('%s: a copy opened 400 days after its build says so and flags every fact', async (locale) => {
    const probe = await openOnPhone(`/${locale}/contact/`);
    const built = (await probe.page.locator('.data-age').getAttribute('data-built')) ?? '';
    await probe.page.close();
    const later = new Date(Date.parse(`${built}T12:00:00Z`) + 400 * 86_400_000);
    const { page, errors } = await openOnPhone(`/${locale}/contact/`, (page) => page.clock.setFixedTime(later));
    const strings = loadUiStrings(locale);
    const warning = page.locator('.data-age [data-old]');
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toBe(strings['contact.builtOld'].replace('{{days}}', '400'));
    const facts = await page.locator('details.source').count();
    expect(facts).toBeGreaterThan(50);
    const flags = page.locator('details.source > summary .stale');
    expect(await flags.count()).toBe(facts);
    expect(await flags.first().textContent()).toBe(
      strings['contact.stale'].replace('{{days}}', String(staleAfterDays)),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
