/** The pages the site builds besides articles, per locale, without the base path. */
import { categories } from './categories.ts';
import { localeIds } from './locales.ts';

/** `/`, then each locale's home, category pages, contact page and channel checker. */
export function sitePages(): string[] {
  return [
    '/',
    ...localeIds.flatMap((locale) => [
      `/${locale}/`,
      ...categories.map((category) => `/${locale}/${category}/`),
      `/${locale}/contact/`,
      `/${locale}/verify/`,
    ]),
  ];
}
