/** The header's search dialog in Chromium: its selectors, and the pages it lists once results have loaded. */
import type { Page } from 'playwright-core';
import type { DialogSelectors } from './search-timing.ts';

/** Selectors of the search button, the dialog and its results. */
export const searchDialog = {
  button: 'site-search button[data-open-modal]:not([disabled])',
  dialog: 'site-search dialog',
  input: 'site-search dialog form[role="search"] input',
  /** Links to result pages (sections under them left out). */
  pageLinks: 'site-search [data-search-results] > li > .title > a',
  /** "Show more results". */
  more: 'site-search [data-search-more]',
};

/** The dialog as the bench times it: the button that opens it, and a result link. */
export const signpostDialog: DialogSelectors = { open: searchDialog.button, result: searchDialog.pageLinks };

/** True once the dialog has listed the results of `query`, or said there is none (runs in the page). */
function resultsShown(query: string): boolean {
  const area = document.querySelector<HTMLElement>('site-search [data-search-area]');
  return area?.dataset['state'] === 'done' && area.dataset['query'] === query;
}

/** Waits for the results of `query` and returns the result pages' paths, best first, with their query strings. */
export async function dialogResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(resultsShown, query.trim(), { timeout: 30_000 });
  return page
    .locator(searchDialog.pageLinks)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** `href` without its query string and hash. */
export const pathOf = (href: string) => href.replace(/[?#].*$/, '');
