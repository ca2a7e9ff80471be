/** The pages the site builds besides articles, per locale, without the base path. */
import { categories } from './categories.ts';
import { localeIds } from './locales.ts';

/**
 * `/`, then each locale's home, category pages, contact page, the contact page of each platform
 * in `platformIds` (the ids of content/platforms/), the channel checker, the Open data page,
 * the report-a-scam page and "What happened?".
 */
export function sitePages(platformIds: readonly string[] = []): string[] {
  return [
    '/',
    ...localeIds.flatMap((locale) => [
      `/${locale}/`,
      ...categories.map((category) => `/${locale}/${category}/`),
      `/${locale}/contact/`,
      ...platformIds.map((id) => `/${locale}/contact/${id}/`),
      `/${locale}/verify/`,
      `/${locale}/open-data/`,
      `/${locale}/report-a-scam/`,
      `/${locale}/what-happened/`,
    ]),
  ];
}
