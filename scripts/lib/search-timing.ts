/** Times a first search in headless Chromium, cold: Pagefind bytes fetched and time to the first result. */
import type { Browser, Page, Request } from 'playwright-core';
import { queryParam } from '../../src/lib/search/params.ts';

/** Selectors of the search dialog, the same in plain Starlight and in Signpost. */
export const dialogSelectors = {
  open: 'site-search button[data-open-modal]',
  input: '#starlight__search input',
  /** A result whose data has loaded (Pagefind UI shows placeholders without a link before). */
  result: '.pagefind-ui__result a[href]',
};

/** The first result link on Signpost's results page (`/<locale>/search/?q=`). */
export const resultsPageResult = '[data-search-results] h2 a';

/** What one cold search fetched and how long it took. */
export interface SearchTiming {
  /** `/pagefind/` bytes and files fetched before search was opened (eagerly loaded UIs). */
  beforeOpenBytes: number;
  beforeOpenFiles: number;
  /** `/pagefind/` bytes and files fetched from opening search until the first results showed. */
  bytes: number;
  files: number;
  /** From the click that opens search (or the navigation, for the results page) to the first result. */
  openToResultMs: number;
  /** From the query reaching the input to the first result (the results page: same as above). */
  inputToResultMs: number;
}

/**
 * Runs in the page from its first script: notes the first click, the first input event and when
 * the first element matching the selector appears, in `performance.now()` time. Source text, so
 * that it reaches the browser as written.
 */
const timingProbe = (selector: string) => `(() => {
  const marks = (window.__benchMarks = {});
  addEventListener('click', () => { marks.click ??= performance.now(); }, true);
  addEventListener('input', () => { marks.input ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (marks.result === undefined && document.querySelector(${JSON.stringify(selector)})) marks.result = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** Counts `/pagefind/` transfer, split at the moment `open()` is called. */
class PagefindTraffic {
  private opened = false;
  private readonly started = new Map<Request, boolean>();
  private readonly inFlight = new Set<Request>();
  private readonly pending = new Set<Promise<void>>();
  private readonly totals = { before: { bytes: 0, files: 0 }, after: { bytes: 0, files: 0 } };

  constructor(page: Page) {
    page.on('request', (request) => {
      if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
      this.started.set(request, this.opened);
      this.inFlight.add(request);
    });
    page.on('requestfailed', (request) => this.inFlight.delete(request));
    page.on('requestfinished', (request) => {
      const afterOpen = this.started.get(request);
      if (afterOpen === undefined) return;
      this.inFlight.delete(request);
      const counted = request.sizes().then((sizes) => {
        const total = afterOpen ? this.totals.after : this.totals.before;
        total.bytes += sizes.responseBodySize;
        total.files++;
      });
      this.pending.add(counted);
      void counted.finally(() => this.pending.delete(counted));
    });
  }

  open(): void {
    this.opened = true;
  }

  /** Waits until no Pagefind request has been in flight for `quietMs` (at most `maxMs`), then returns the totals. */
  async settle(page: Page, quietMs = 400, maxMs = 10_000): Promise<typeof this.totals> {
    const end = Date.now() + maxMs;
    let quietSince = Date.now();
    let seen = this.started.size;
    while (Date.now() < end) {
      await page.waitForTimeout(100);
      if (this.started.size !== seen || this.inFlight.size > 0) {
        seen = this.started.size;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs) break;
    }
    await Promise.all(this.pending);
    return this.totals;
  }
}

type Marks = { click?: number; input?: number; result?: number };

/** A fresh context with the HTTP cache off, so every search starts cold. */
async function coldPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

/** Opens `pageUrl`, lets it go idle, then opens the search dialog, types `query` and waits for a result. */
export async function timeDialogSearch(browser: Browser, pageUrl: string, query: string): Promise<SearchTiming> {
  const page = await coldPage(browser);
  try {
    await page.addInitScript(timingProbe(dialogSelectors.result));
    const traffic = new PagefindTraffic(page);
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    traffic.open();
    await page.click(dialogSelectors.open);
    // Typed where the dialog puts the focus: the field Pagefind UI made, or the one that stands in until it loads.
    await page.keyboard.type(query);
    await page.waitForSelector(dialogSelectors.result, { timeout: 30_000 });
    const marks = await page.evaluate<Marks>('window.__benchMarks');
    const totals = await traffic.settle(page);
    return timing(totals, marks.click, marks.input, marks.result);
  } finally {
    await page.context().close();
  }
}

/** Opens Signpost's results page for `query` and waits for the first result. */
export async function timeResultsPage(browser: Browser, origin: string, locale: string, query: string) {
  const page = await coldPage(browser);
  try {
    await page.addInitScript(timingProbe(resultsPageResult));
    const traffic = new PagefindTraffic(page);
    traffic.open();
    await page.goto(new URL(`${locale}/search/?${queryParam}=${encodeURIComponent(query)}`, origin).href);
    await page.waitForSelector(resultsPageResult, { timeout: 30_000 });
    const marks = await page.evaluate<Marks>('window.__benchMarks');
    const totals = await traffic.settle(page);
    // Navigation starts at performance.now() = 0; the query is in the address.
    return timing(totals, 0, 0, marks.result);
  } finally {
    await page.context().close();
  }
}

/** The totals and marks as a {@link SearchTiming}; throws if a mark is missing. */
function timing(
  totals: { before: { bytes: number; files: number }; after: { bytes: number; files: number } },
  opened: number | undefined,
  typed: number | undefined,
  result: number | undefined,
): SearchTiming {
  if (opened === undefined || typed === undefined || result === undefined) {
    throw new Error(`search timing: missing marks (open ${opened}, input ${typed}, result ${result})`);
  }
  return {
    beforeOpenBytes: totals.before.bytes,
    beforeOpenFiles: totals.before.files,
    bytes: totals.after.bytes,
    files: totals.after.files,
    openToResultMs: result - opened,
    inputToResultMs: result - typed,
  };
}
