/** The search results page: runs the reader's query with Pagefind and lists ranked results with the terms marked. */
import type { Dictionary } from '../../lib/search/dictionary.ts';
import { excerptParts } from '../../lib/search/excerpt.ts';
import { highlightRanges, withHighlight } from '../../lib/search/highlight.ts';
import { highlightParam, queryParam } from '../../lib/search/params.ts';
import { prepareQuery } from '../../lib/search/query.ts';
import { searchPlan } from '../../lib/search/rank.ts';
import { runSearch, type PagefindApi, type PagefindResultData } from '../../lib/search/run.ts';
import { looksCheckable } from '../verify/checkable.ts';
import type { CheckConfig } from '../verify/verify-hook.client.ts';

/** What the page passes in `data-search-page`. */
export interface SearchPageConfig {
  /** URL of Pagefind's `pagefind.js`. */
  bundle: string;
  /** The site's base path, prefixed to result URLs. */
  baseUrl: string;
  ranking: Record<string, unknown>;
  dictionary: Dictionary;
  pageSize: number;
  strings: Record<'searching' | 'found' | 'foundOne' | 'none' | 'error', string>;
  /** Where the channel checker's data and words are, for a query that looks like a link, address, number or handle. */
  check: CheckConfig;
}

/** Longest query taken from the URL. */
const maxQueryLength = 200;

/** Replaces `{name}` placeholders. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

/** Appends `text` to `parent`, with the ranges where `terms` occur in `<mark>`. */
function appendMarked(parent: HTMLElement, text: string, terms: readonly string[]): void {
  let position = 0;
  for (const [start, end] of highlightRanges(text, terms)) {
    parent.append(text.slice(position, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    parent.append(mark);
    position = end;
  }
  parent.append(text.slice(position));
}

/** One result: the title linking to the page with the terms to highlight there, and Pagefind's excerpt. */
function resultItem(data: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = withHighlight(data.url, terms, highlightParam);
  appendMarked(link, data.meta['title'] ?? data.url, terms);
  heading.append(link);
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data.excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  item.append(heading, excerpt);
  return item;
}

/**
 * Reads `?q=` and shows its results; without a query, or when nothing matches, the suggestions
 * (urgent articles, contact page, checker) stay visible. `data-state` tells tests when it is done.
 */
export async function initSearchPage(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset['searchPage'] ?? '{}') as SearchPageConfig;
  const input = root.querySelector<HTMLInputElement>(`input[name="${queryParam}"]`);
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]');
  if (!input || !status || !list || !more || !suggestions) return;

  const query = (new URLSearchParams(location.search).get(queryParam) ?? '').trim().slice(0, maxQueryLength);
  input.value = query;
  if (!query) {
    root.dataset['state'] = 'empty';
    return;
  }
  document.title = `${query} · ${document.title}`;
  const check = root.querySelector<HTMLElement>('[data-search-check]');
  if (check && looksCheckable(query)) {
    // The checker's verdict above the results: its engine loads only for such a query.
    void import('../verify/verify-hook.client.ts').then(({ showCheck }) => showCheck(check, query, config.check));
  }
  root.dataset['state'] = 'searching';
  status.textContent = config.strings.searching;

  const prepared = prepareQuery(query, config.dictionary);
  let results;
  try {
    const pagefind = (await import(/* @vite-ignore */ config.bundle)) as PagefindApi;
    await pagefind.options({ baseUrl: config.baseUrl, ranking: config.ranking });
    results = await runSearch(pagefind, searchPlan(prepared));
  } catch {
    status.textContent = config.strings.error;
    root.dataset['state'] = 'error';
    return;
  }

  if (results.length === 0) {
    status.textContent = fill(config.strings.none, { query });
    root.dataset['state'] = 'done';
    return;
  }
  suggestions.hidden = true;
  status.textContent =
    results.length === 1
      ? fill(config.strings.foundOne, { query })
      : fill(config.strings.found, { query, count: results.length });

  let shown = 0;
  const showMore = async () => {
    const next = results.slice(shown, shown + config.pageSize);
    shown += next.length;
    for (const data of await Promise.all(next.map((result) => result.data()))) {
      list.append(resultItem(data, prepared.highlight));
    }
    more.hidden = shown >= results.length;
  };
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  await showMore();
  list.hidden = false;
  root.dataset['state'] = 'done';
}
