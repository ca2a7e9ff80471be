/** Page-weight budgets per page type: what a page loads before any interaction, gzipped, in bytes. */
import { localeIds } from './locales.ts';

/** A page type, a page that represents it, and its budgets. */
export interface PageBudget {
  type: string;
  /** Site path of the representative page (without base). */
  path: string;
  /** HTML + CSS + JS, gzip. */
  total: number;
  /** JavaScript alone, gzip. */
  js: number;
}

const kB = 1024;

/** Budgets for every page type in every locale; JS stays at what theme, menu and search need. */
export const pageBudgets: PageBudget[] = [
  { type: 'language picker', path: '/', total: 6 * kB, js: 1.5 * kB },
  ...localeIds.flatMap((locale) => [
    { type: `home (${locale})`, path: `/${locale}/`, total: 24 * kB, js: 4 * kB },
    { type: `category (${locale})`, path: `/${locale}/deposits/`, total: 25 * kB, js: 5 * kB },
    { type: `article (${locale})`, path: `/${locale}/deposits/deposit-not-received/`, total: 28 * kB, js: 5 * kB },
    { type: `contact (${locale})`, path: `/${locale}/contact/`, total: 29 * kB, js: 6 * kB },
    { type: `verify (${locale})`, path: `/${locale}/verify/`, total: 28 * kB, js: 6 * kB },
    { type: `open data (${locale})`, path: `/${locale}/open-data/`, total: 24 * kB, js: 5 * kB },
    { type: `report a scam (${locale})`, path: `/${locale}/report-a-scam/`, total: 36 * kB, js: 4 * kB },
    { type: `what happened (${locale})`, path: `/${locale}/what-happened/`, total: 26 * kB, js: 4 * kB },
    // The search page's own code; Pagefind loads when a search runs, not counted here. It fetches the
    // synonyms a query needs in shards instead of carrying the whole dictionary in its HTML (2.2 kB
    // less HTML, 0.8 kB more code: the shared search client and the shard merging).
    { type: `search (${locale})`, path: `/${locale}/search/`, total: 30 * kB, js: 9 * kB },
  ]),
];
