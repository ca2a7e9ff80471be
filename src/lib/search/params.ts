/** URL parameters of search, shared by the results page, the search dialog and articles (browser-safe). */

/** The results page's query parameter: `/<locale>/search/?q=…`. */
export const queryParam = 'q';

/** The parameter carrying the terms to highlight on an article, as in Pagefind's `highlightParam`. */
export const highlightParam = 'highlight';

/** The Pagefind filter that marks a platform's guide with the platform id: `platform: binance`. */
export const platformFilter = 'platform';
