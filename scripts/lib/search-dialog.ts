/** The header's search dialog in Chromium: its selectors, and the pages it lists once results have loaded. */
import type { Page } from 'playwright-core';

/** Selectors of the search button, the dialog and Pagefind's UI inside it. */
export const searchDialog = {
  button: 'site-search button[data-open-modal]:not([disabled])',
  dialog: 'site-search dialog',
  standIn: 'site-search form[data-search-stand-in] input',
  input: '#starlight__search .pagefind-ui__search-input',
  /** Links to result pages (sections under them left out). */
  pageLinks: '#starlight__search .pagefind-ui__result-inner > .pagefind-ui__result-title > a',
  /** "Load more results". */
  more: '#starlight__search .pagefind-ui__button',
};

/** True once the dialog lists every shown result for `query`, or says there is none (runs in the page). */
function resultsShown(query: string): boolean {
  const area = document.querySelector('#starlight__search .pagefind-ui__results-area');
  const message = area?.querySelector('.pagefind-ui__message')?.textContent ?? '';
  return (
    Boolean(area?.querySelector('.pagefind-ui__results') && !area.querySelector('.pagefind-ui__loading')) &&
    message.includes(query)
  );
}

/** Waits for the results of `query` and returns the result pages' paths, best first, with their query strings. */
export async function dialogResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction(resultsShown, query, { timeout: 15_000 });
  return page
    .locator(searchDialog.pageLinks)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** `href` without its query string and hash. */
export const pathOf = (href: string) => href.replace(/[?#].*$/, '');
