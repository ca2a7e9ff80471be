/** Search relevance in Chromium: the suite in tests/search/ finds the right article first and in the top three, and platform guides first, in every locale and both ways of searching. */
import { expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { evaluateSuite, formatReports, type SearchMode } from '../../scripts/search-eval.ts';
import { describeBrowser, useBrowserSite } from '../helpers/browser.ts';

/** The floors: the share of queries with an expected article first, and among the first three results. */
const floorAt1 = 0.95;
const floor = 0.95;

const site = useBrowserSite();

describeBrowser('search relevance (npm run search:eval)', () => {
  const cases = localeIds.flatMap((locale) =>
    (['results page', 'search dialog'] as SearchMode[]).map((mode) => [locale, mode] as const),
  );

  it.each(cases)(
    `%s, %s: success@1 ≥ ${floorAt1}, success@3 ≥ ${floor}, platform guides first`,
    async (locale, mode) => {
      const report = await evaluateSuite(site.browser, site.origin, locale, mode);
      console.log(formatReports([{ locale, mode, report }]));
      expect(report.queries).toBeGreaterThanOrEqual(60);
      expect(report.successAt1).toBeGreaterThanOrEqual(floorAt1);
      expect(report.successAt3).toBeGreaterThanOrEqual(floor);
      // Both ways put the guide of a platform the query names first, every time (the dialog runs the results page's search).
      expect(report.platformQueries).toBeGreaterThanOrEqual(10);
      expect(report.guideFirst).toBe(1);
    },
    180_000,
  );
});
