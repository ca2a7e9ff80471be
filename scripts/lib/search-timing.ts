/**
 * Times a first search in headless Chromium, cold: the bytes search costs the reader and the time
 * to the first result, with or without a slow phone's CPU and network.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { queryParam } from '../../src/lib/search/params.ts';

/** How to drive one site's search dialog: its button, the field typed into, and a shown result. */
export interface DialogSelectors {
  /** Present once the dialog can take a query, if it loads its UI with the page rather than when the reader heads for search. */
  ready?: string;
  open: string;
  /** A result whose data has loaded (a link to a page). */
  result: string;
  /** Shown once the search is done, results or none (the time taken when there is no result). */
  settled?: string;
}

/** Plain Starlight's dialog: Pagefind's Default UI, which shows placeholders without a link until a result's data has loaded. */
export const starlightDialog: DialogSelectors = {
  // Its UI loads when the browser is idle, which can be after the network is: a query typed before goes nowhere.
  ready: '#starlight__search .pagefind-ui__search-input',
  open: 'site-search button[data-open-modal]',
  result: '.pagefind-ui__result a[href]',
  settled: '.pagefind-ui__message',
};

/** The first result link on Signpost's results page (`/<locale>/search/?q=`). */
export const resultsPageResult = '[data-search-results] h2 a';

/** The conditions a search is timed under. */
export interface Conditions {
  name: string;
  /** Chromium's CPU slowdown (`Emulation.setCPUThrottlingRate`); 1 is none. */
  cpuRate: number;
  /** `Network.emulateNetworkConditions`, or none. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

/** As fast as this machine goes. */
export const unthrottled: Conditions = { name: 'unthrottled', cpuRate: 1 };

/**
 * A mid-range phone on a slow mobile connection: Chromium's 4× CPU slowdown and DevTools' "Slow 4G"
 * preset (the one Lighthouse's mobile run uses: 150 ms RTT, 1.6 Mbps down, 750 kbps up, which
 * DevTools applies as 562.5 ms of latency per request and 90% of the throughput).
 */
export const slowPhone: Conditions = {
  name: '4× CPU, slow 4G',
  cpuRate: 4,
  network: { latency: 150 * 3.75, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
};

/** What one cold search fetched and how long it took. */
export interface SearchTiming {
  /** Search's bytes and files fetched before search was opened (the Pagefind UI plain Starlight loads with every page). */
  beforeOpenBytes: number;
  beforeOpenFiles: number;
  /** Bytes and files fetched from opening search until the first results showed and the network went quiet. */
  bytes: number;
  files: number;
  /** The results page's own HTML (not in `bytes`), 0 for the dialog. */
  documentBytes: number;
  /** False when the search found nothing: the times are then to the "no result" message. */
  found: boolean;
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
const timingProbe = (selector: string, settled = selector) => `(() => {
  const marks = (window.__benchMarks = {});
  addEventListener('click', () => { marks.click ??= performance.now(); }, true);
  addEventListener('input', () => { marks.input ??= performance.now(); }, true);
  new MutationObserver(() => {
    if (marks.result === undefined && document.querySelector(${JSON.stringify(selector)})) marks.result = performance.now();
    if (marks.settled === undefined && document.querySelector(${JSON.stringify(settled)})) marks.settled = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** Pagefind's Default UI, as bundled by plain Starlight: the class names only its code holds. */
const pagefindUiCode = 'pagefind-ui__';

/**
 * Counts what search costs, split at the moment `open()` is called. Before it: Pagefind's files and
 * a script that holds Pagefind's UI (plain Starlight loads it with every page, when the browser is
 * idle). After it: every request, except `skip` (files an article page loads too, for the results
 * page) and the document, whose size is kept apart.
 */
class SearchTraffic {
  private opened = false;
  private readonly started = new Map<Request, boolean>();
  private readonly inFlight = new Set<Request>();
  private readonly pending = new Set<Promise<void>>();
  readonly totals = { before: { bytes: 0, files: 0 }, after: { bytes: 0, files: 0 }, document: 0 };

  constructor(page: Page, skip: ReadonlySet<string> = new Set()) {
    page.on('request', (request) => {
      this.started.set(request, this.opened);
      this.inFlight.add(request);
    });
    page.on('requestfailed', (request) => this.inFlight.delete(request));
    page.on('requestfinished', (request) => {
      const afterOpen = this.started.get(request);
      this.inFlight.delete(request);
      if (afterOpen === undefined || skip.has(new URL(request.url()).pathname)) return;
      const counted = this.count(request, afterOpen);
      this.pending.add(counted);
      void counted.finally(() => this.pending.delete(counted));
    });
  }

  private async count(request: Request, afterOpen: boolean): Promise<void> {
    const { responseBodySize } = await request.sizes();
    if (request.isNavigationRequest()) {
      if (afterOpen) this.totals.document += responseBodySize;
      return;
    }
    if (!afterOpen) {
      const path = new URL(request.url()).pathname;
      const isScript = request.resourceType() === 'script';
      const body = isScript && !path.includes('/pagefind/') ? await (await request.response())?.text() : '';
      if (!path.includes('/pagefind/') && !body?.includes(pagefindUiCode)) return;
    }
    const total = afterOpen ? this.totals.after : this.totals.before;
    total.bytes += responseBodySize;
    total.files++;
  }

  open(): void {
    this.opened = true;
  }

  /** Waits until no request has been in flight for `quietMs` (at most `maxMs`), then returns the totals. */
  async settle(page: Page, quietMs = 1000, maxMs = 30_000): Promise<typeof this.totals> {
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

type Marks = { click?: number; input?: number; result?: number; settled?: number };

/**
 * A page in a fresh context, so every search starts cold (an empty cache; the cache itself stays on,
 * as a reader's does, so that what a page preloads is used), under `conditions`.
 */
async function coldPage(browser: Browser, conditions: Conditions): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (conditions.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuRate });
  if (conditions.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions.network });
  }
  return page;
}

/** The paths an ordinary page at `pageUrl` loads by itself (its styles, scripts and fonts), which are not search's. */
export async function pageAssets(browser: Browser, pageUrl: string): Promise<Set<string>> {
  const page = await coldPage(browser, unthrottled);
  try {
    const paths = new Set<string>();
    page.on('request', (request) => paths.add(new URL(request.url()).pathname));
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    return paths;
  } finally {
    await page.context().close();
  }
}

/** Opens `pageUrl`, lets it go idle, then opens the search dialog, types `query` and waits for a result. */
export async function timeDialogSearch(
  browser: Browser,
  pageUrl: string,
  query: string,
  selectors: DialogSelectors,
  conditions: Conditions = unthrottled,
): Promise<SearchTiming> {
  const page = await coldPage(browser, conditions);
  try {
    await page.addInitScript(timingProbe(selectors.result, selectors.settled));
    const traffic = new SearchTraffic(page);
    await page.goto(pageUrl, { waitUntil: 'networkidle', timeout: 120_000 });
    if (selectors.ready) await page.waitForSelector(selectors.ready, { state: 'attached', timeout: 60_000 });
    traffic.open();
    await page.click(selectors.open);
    // Typed where the dialog puts the focus.
    await page.keyboard.type(query);
    const done = selectors.settled ? `${selectors.result}, ${selectors.settled}` : selectors.result;
    await page.waitForSelector(done, { timeout: 60_000 });
    // A result may still come after the message that counts them.
    await page.waitForSelector(selectors.result, { timeout: 10_000 }).catch(() => undefined);
    const marks = await page.evaluate<Marks>('window.__benchMarks');
    const totals = await traffic.settle(page);
    const found = marks.result !== undefined;
    return { ...timing(totals, marks.click, marks.input, found ? marks.result : marks.settled), found };
  } finally {
    await page.context().close();
  }
}

/** Opens Signpost's results page for `query` and waits for the first result; `shared` are the paths an article page loads too. */
export async function timeResultsPage(
  browser: Browser,
  origin: string,
  locale: string,
  query: string,
  shared: ReadonlySet<string>,
  conditions: Conditions = unthrottled,
): Promise<SearchTiming> {
  const page = await coldPage(browser, conditions);
  try {
    await page.addInitScript(timingProbe(resultsPageResult));
    const traffic = new SearchTraffic(page, shared);
    traffic.open();
    await page.goto(new URL(`${locale}/search/?${queryParam}=${encodeURIComponent(query)}`, origin).href, {
      timeout: 120_000,
    });
    await page.waitForSelector(resultsPageResult, { timeout: 60_000 });
    const marks = await page.evaluate<Marks>('window.__benchMarks');
    const totals = await traffic.settle(page);
    // Navigation starts at performance.now() = 0; the query is in the address.
    return { ...timing(totals, 0, 0, marks.result), found: true };
  } finally {
    await page.context().close();
  }
}

/** The totals and marks as a {@link SearchTiming}; throws if a mark is missing. */
function timing(
  totals: SearchTraffic['totals'],
  opened: number | undefined,
  typed: number | undefined,
  result: number | undefined,
): Omit<SearchTiming, 'found'> {
  if (opened === undefined || typed === undefined || result === undefined) {
    throw new Error(`search timing: missing marks (open ${opened}, input ${typed}, result ${result})`);
  }
  return {
    beforeOpenBytes: totals.before.bytes,
    beforeOpenFiles: totals.before.files,
    bytes: totals.after.bytes,
    files: totals.after.files,
    documentBytes: totals.document,
    openToResultMs: result - opened,
    inputToResultMs: result - typed,
  };
}
