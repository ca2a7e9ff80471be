/** Search relevance in Chromium: the suite in tests/search/ finds the right article in the top three, in every locale. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { localeIds } from '../../src/config/locales.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { evaluateSuite, formatReports, type SearchMode } from '../../scripts/search-eval.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import { distDir, requireBuild } from '../helpers/site.ts';

/** The floor: the share of queries with an expected article among the first three results. */
const floor = 0.95;

let browser: Browser;
let server: Server;
let origin = '';

describeBrowser('search relevance (npm run search:eval)', () => {
  beforeAll(async () => {
    requireBuild();
    ({ server, url: origin } = await serveStatic({ root: distDir }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    server.close();
  });

  const cases = localeIds.flatMap((locale) =>
    (['results page', 'search dialog'] as SearchMode[]).map((mode) => [locale, mode] as const),
  );

  it.each(cases)(
    `%s, %s: success@3 ≥ ${floor}`,
    async (locale, mode) => {
      const report = await evaluateSuite(browser, origin, locale, mode);
      console.log(formatReports([{ locale, mode, report }]));
      expect(report.queries).toBeGreaterThanOrEqual(60);
      expect(report.successAt3).toBeGreaterThanOrEqual(floor);
    },
    180_000,
  );
});
