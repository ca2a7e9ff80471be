/** The search results page: runs the reader's query and lists ranked results with the terms marked. */
import { resultsPerPage } from '../../config/search.ts';
import { createSearch } from '../../lib/search/client.ts';
import { fill, maxQueryLength, type SearchConfig, type SearchStrings } from '../../lib/search/config.ts';
import { queryParam } from '../../lib/search/params.ts';
import type { PagefindResultData } from '../../lib/search/run.ts';
import { excerptParagraph, resultLink } from './result-view.ts';
import { looksCheckable } from '../verify/checkable.ts';
import type { CheckConfig } from '../verify/verify-hook.client.ts';

/** What the page passes in `data-search-page`. */
export interface SearchPageConfig {
  search: SearchConfig;
  strings: SearchStrings;
  /** Where the channel checker's data and words are, for a query that looks like a link, address, number or handle. */
  check: CheckConfig;
}

/** One result: the title linking to the page with the terms to highlight there, and Pagefind's excerpt. */
function resultItem(data: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  heading.append(resultLink(data.url, data.meta['title'] ?? data.url, terms));
  item.append(heading, excerptParagraph(data.excerpt));
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

  let outcome;
  try {
    outcome = await createSearch(config.search).search(query);
  } catch {
    status.textContent = config.strings.error;
    root.dataset['state'] = 'error';
    return;
  }
  const { prepared, results } = outcome;
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
  /** The next page of results, each drawn as soon as it and those before it are in. */
  const showMore = async () => {
    const next = results.slice(shown, shown + resultsPerPage).map((result) => result.data());
    shown += next.length;
    list.hidden = false;
    for (const data of next) list.append(resultItem(await data, prepared.highlight));
    more.hidden = shown >= results.length;
  };
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore().then(() => list.children[first]?.querySelector('a')?.focus());
  });
  await showMore();
  root.dataset['state'] = 'done';
}
