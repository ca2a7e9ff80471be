/**
 * `npm run search:eval`: runs the relevance suite (tests/search/queries.<locale>.yaml) against a built
 * site in headless Chromium and prints success@1, success@3 and MRR per locale, with every query
 * whose first result is wrong.
 *
 *   npm run search:eval                                  # dist/: the results page and the search dialog
 *   npm run search:eval -- --dir .cache/baseline/dist    # plain Starlight (npm run baseline builds it)
 *   npm run search:eval -- --locale zh-cn --json
 *
 * Ways of searching, chosen from what the build contains:
 * - `results page`: /<locale>/search/?q=… as a reader opens it (query preparation, synonyms, phrases);
 * - `search dialog`: typed into the header's search dialog, as a reader does (its query preparation,
 *   the site's ranking), reading the result pages it lists, up to ten;
 * - `plain Pagefind`: `pagefind.search(q)` with Starlight's default ranking, on a build without our search page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { isLocale, localeIds, type Locale } from '../src/config/locales.ts';
import { starlightRanking } from '../src/config/search.ts';
import { pageId, relevanceReport, type RankedCase, type RelevanceReport } from './lib/search-metrics.ts';
import { queryParam } from '../src/lib/search/params.ts';
import { serveStatic } from './lib/static-server.ts';
import type { RelevanceCase } from '../src/schemas/search.ts';
import { dialogResults, searchDialog } from './lib/search-dialog.ts';
import { loadRelevanceSuite } from './lib/search-suite.ts';
import { launchChromium } from './lib/chromium.ts';

/** How a build is searched. */
export type SearchMode = 'results page' | 'search dialog' | 'plain Pagefind';

/** The ways of searching a build offers: ours has a results page, plain Starlight only Pagefind. */
export function modesFor(dir: string): SearchMode[] {
  return existsSync(join(dir, localeIds[0] ?? 'en', 'search', 'index.html'))
    ? ['results page', 'search dialog']
    : ['plain Pagefind'];
}

/** Result page ids, best first, for each query through the results page. */
async function viaResultsPage(page: Page, origin: string, locale: Locale, queries: string[]): Promise<string[][]> {
  const ranked: string[][] = [];
  for (const q of queries) {
    await page.goto(new URL(`${locale}/search/?${queryParam}=${encodeURIComponent(q)}`, origin).href);
    await page.waitForSelector('[data-search-page][data-state="done"], [data-search-page][data-state="error"]');
    const hrefs = await page
      .locator('[data-search-results] h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    ranked.push(hrefs.map((href) => pageId(href, '/', locale)));
  }
  return ranked;
}

/** Result page ids, best first, for each query typed into the search dialog; shows a second batch so ten are read. */
async function viaDialog(page: Page, origin: string, locale: Locale, queries: string[], firstPage: string) {
  await page.goto(new URL(`${locale}/${firstPage}/`, origin).href);
  await page.click(searchDialog.button);
  const input = page.locator(searchDialog.input);
  const ranked: string[][] = [];
  for (const q of queries) {
    await input.fill('');
    await input.fill(q);
    let hrefs = await dialogResults(page, q);
    if (await page.locator(searchDialog.more).isVisible()) {
      await page.click(searchDialog.more);
      hrefs = await dialogResults(page, q);
    }
    ranked.push(hrefs.slice(0, 10).map((href) => pageId(href, '/', locale)));
  }
  return ranked;
}

/**
 * Runs in the page: Pagefind's own search, as plain Starlight's dialog calls it. Kept as source text so
 * that test runners, which rewrite `import()` in the code they load, pass it to the browser as is.
 */
const searchInPage = `async ({ queries, ranking }) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ ranking });
  const all = [];
  for (const query of queries) {
    const { results } = await pagefind.search(query);
    all.push(await Promise.all(results.slice(0, 10).map(async (result) => (await result.data()).url)));
  }
  return all;
}`;

/** Result page ids, best first, for each query through `pagefind.search()` with `ranking`. */
async function viaPagefind(
  page: Page,
  origin: string,
  locale: Locale,
  queries: string[],
  ranking: object,
  firstPage: string,
): Promise<string[][]> {
  // Pagefind picks the index of the page's language, so search from a page of this locale.
  await page.goto(new URL(`${locale}/${firstPage}/`, origin).href);
  const urls = await page.evaluate<string[][]>(`(${searchInPage})(${JSON.stringify({ queries, ranking })})`);
  return urls.map((list) => list.map((url) => pageId(url, '/', locale)));
}

/** Runs one locale's suite in one mode against the site served at `origin`. */
export async function evaluateSuite(
  browser: Browser,
  origin: string,
  locale: Locale,
  mode: SearchMode,
  suite: RelevanceCase[] = loadRelevanceSuite(locale),
): Promise<RelevanceReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const queries = suite.map((item) => item.q);
  const firstPage = suite[0]?.expect[0] ?? 'get-help/support-ladder';
  try {
    const results =
      mode === 'results page'
        ? await viaResultsPage(page, origin, locale, queries)
        : mode === 'search dialog'
          ? await viaDialog(page, origin, locale, queries, firstPage)
          : await viaPagefind(page, origin, locale, queries, starlightRanking, firstPage);
    const cases: RankedCase[] = suite.map((item, index) => ({ ...item, results: results[index] ?? [] }));
    return relevanceReport(cases);
  } finally {
    await context.close();
  }
}

const percent = (value: number) => value.toFixed(3);

/** The report as text: a table, then each query whose first result is wrong. */
export function formatReports(rows: { locale: string; mode: SearchMode; report: RelevanceReport }[]): string {
  const lines = ['locale  way of searching   queries  success@1  success@3    MRR  guide first'];
  for (const { locale, mode, report } of rows) {
    lines.push(
      `${locale.padEnd(8)}${mode.padEnd(19)}${String(report.queries).padStart(7)}${percent(report.successAt1).padStart(11)}${percent(report.successAt3).padStart(11)}${percent(report.mrr).padStart(7)}${`${percent(report.guideFirst)} of ${report.platformQueries}`.padStart(13)}`,
    );
  }
  for (const { locale, mode, report } of rows) {
    if (report.misses.length === 0) continue;
    lines.push('', `Not first (${locale}, ${mode}): rank of the first expected page, 0 = not in the first 10`);
    for (const miss of report.misses) {
      lines.push(
        `  ${String(miss.rank).padStart(2)}  ${miss.q}  →  ${miss.results.slice(0, 3).join(', ') || '(nothing)'}`,
      );
      lines.push(`      expected ${miss.expect.join(' or ')}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
      locale: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
    },
  });
  const locales = (values.locale ?? localeIds).filter((id): id is Locale => isLocale(id));
  if (!existsSync(join(values.dir, 'pagefind', 'pagefind.js'))) {
    console.error(`No Pagefind index in ${values.dir}: run npm run build (or npm run baseline) first.`);
    process.exit(1);
  }
  const { server, url } = await serveStatic({ root: values.dir });
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const locale of locales) {
      for (const mode of modesFor(values.dir))
        rows.push({ locale, mode, report: await evaluateSuite(browser, url, locale, mode) });
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    values.json ? JSON.stringify({ dir: values.dir, rows }, null, 2) : `${values.dir}\n\n${formatReports(rows)}`,
  );
}
