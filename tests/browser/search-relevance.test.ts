/** Search relevance in Chromium: the suite in tests/search/ finds the right article in the top three, and platform guides first, in every locale. */
import { expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { evaluateSuite, formatReports, type SearchMode } from '../../scripts/search-eval.ts';
import { describeBrowser, useBrowserSite } from '../helpers/browser.ts';

/** The floor: the share of queries with an expected article among the first three results. */
const floor = 0.95;

const site = useBrowserSite();

describeBrowser('search relevance (npm run search:eval)', () => {
  const cases = localeIds.flatMap((locale) =>
    (['results page', 'search dialog'] as SearchMode[]).map((mode) => [locale, mode] as const),
  );

  it.each(cases)(
    `%s, %s: success@3 ≥ ${floor}`,
    async (locale, mode) => {
      const report = await evaluateSuite(site.browser, site.origin, locale, mode);
      console.log(formatReports([{ locale, mode, report }]));
      expect(report.queries).toBeGreaterThanOrEqual(60);
      expect(report.successAt3).toBeGreaterThanOrEqual(floor);
      // The results page puts the guide of a platform the query names first, every time.
      if (mode === 'results page') {
        expect(report.platformQueries).toBeGreaterThanOrEqual(10);
        expect(report.guideFirst).toBe(1);
      }
    },
    180_000,
  );
});
