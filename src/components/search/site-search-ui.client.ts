/** The search dialog's results: searches as the reader types and lists ranked results, terms marked; loaded on first use. */
import { resultsPerPage } from '../../config/search.ts';
import { createSearch } from '../../lib/search/client.ts';
import { fill, maxQueryLength, type DialogText } from '../../lib/search/config.ts';
import { resultSections } from '../../lib/search/dialog.ts';
import type { PagefindResult, PagefindResultData } from '../../lib/search/run.ts';
import { excerptParagraph, resultLink } from './result-view.ts';
import type { SiteSearchConfig } from './site-search.client.ts';
import dialogStyles from '../../styles/search-dialog.css?url';
import { looksCheckable } from '../verify/checkable.ts';
import type { CheckConfig } from '../verify/verify-hook.client.ts';

/** How long typing may pause before a search runs: a search per keystroke would queue up on a slow phone. */
const debounceMs = 100;

/** One result: its title linking to the page, the excerpt, and the sections of the page that match. */
function resultItem(data: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('p');
  title.className = 'title';
  title.append(resultLink(data.url, data.meta['title'] ?? data.url, terms));
  item.append(title, excerptParagraph(data.excerpt));
  const sections = resultSections(data);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const section of sections) {
      const entry = document.createElement('li');
      entry.append(resultLink(section.url, section.title, terms), excerptParagraph(section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Arrow keys move between the field and the result links, as Tab and Shift+Tab do. */
function arrowKeys(dialog: HTMLDialogElement, input: HTMLInputElement, list: HTMLElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const stops = [input, ...links];
    const current = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (current < 0 || links.length === 0) return;
    const next = stops[current + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}

/** Creates `tag` with `attributes` (data attributes name the parts for tests and styles). */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
}

/** The area under the field where results show, in the locale's words: a live status line, the list, "more", and the help links for when nothing matches. */
function resultsArea(input: HTMLInputElement, text: DialogText) {
  const area = element('div', { 'data-search-area': '' });
  const status = element('p', { class: 'status', role: 'status', 'data-search-status': '' });
  const list = element('ol', { id: 'site-search-results', class: 'results', 'data-search-results': '' });
  const more = element('button', { type: 'button', class: 'more', 'data-search-more': '' });
  more.textContent = text.more;
  more.hidden = true;
  const help = element('ul', { class: 'help-links', 'data-search-help': '' });
  help.hidden = true;
  for (const link of text.help) {
    const item = element('li');
    const anchor = element('a', { href: link.href });
    anchor.textContent = link.text;
    item.append(anchor);
    help.append(item);
  }
  area.append(status, list, more, help);
  input.form?.after(area);
  input.setAttribute('aria-controls', list.id);
  return { area, status, list, more, help };
}

/** Shows the channel checker's verdict above the results when the query looks like a link, address, number or handle. */
function checkAbove(input: HTMLInputElement, area: HTMLElement, config: CheckConfig): void {
  const box = element('div', { class: 'search-check', 'aria-live': 'polite' });
  box.hidden = true;
  area.before(box);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const query = input.value;
    if (!looksCheckable(query)) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    // The engine loads only for such a query, once.
    void import('../verify/verify-hook.client.ts').then(({ showCheck }) =>
      input.value === query ? showCheck(box, query, config) : undefined,
    );
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  if (input.value) update();
}

/**
 * Searches what the reader types in `input` (and what was typed before this code arrived) and lists
 * the results under it, a page at a time. The area's `data-state` and `data-query` say what it
 * shows (for tests).
 */
export async function attachSearchUi(
  dialog: HTMLDialogElement,
  input: HTMLInputElement,
  config: SiteSearchConfig,
): Promise<void> {
  // The results' styles come with this code rather than with every page.
  const styles = element('link', { rel: 'stylesheet', href: dialogStyles });
  document.head.append(styles);
  // Pagefind starts loading its index while the dialog's words arrive.
  const search = createSearch(config.search);
  void search.warm().catch(() => undefined);
  const response = await fetch(config.text);
  if (!response.ok) throw new Error(`${config.text}: HTTP ${response.status}`);
  const text = (await response.json()) as DialogText;
  const { area, status, list, more, help } = resultsArea(input, text);
  checkAbove(input, area, text.check);
  const { strings } = text;

  let results: PagefindResult[] = [];
  let terms: readonly string[] = [];
  let shown = 0;
  /** A newer query is waiting: what is being drawn is out of date. */
  let stale = false;
  // Read through a call: `stale` changes while a search awaits, which TypeScript's narrowing does not see.
  const isStale = () => stale;

  const showMore = async () => {
    const next = results.slice(shown, shown + resultsPerPage).map((result) => result.data());
    shown += next.length;
    for (const data of next) {
      const item = resultItem(await data, terms);
      if (stale) return;
      list.append(item);
    }
    more.hidden = shown >= results.length;
  };

  const show = async (query: string) => {
    area.dataset['query'] = query;
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      more.hidden = help.hidden = true;
      area.dataset['state'] = 'empty';
      return;
    }
    area.dataset['state'] = 'searching';
    if (list.childElementCount === 0) status.textContent = strings.searching;
    let outcome;
    try {
      outcome = await search.search(query);
    } catch {
      status.textContent = strings.error;
      area.dataset['state'] = 'error';
      return;
    }
    if (stale) return;
    ({ results } = outcome);
    terms = outcome.prepared.highlight;
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    help.hidden = results.length > 0;
    status.textContent =
      results.length === 0
        ? fill(strings.none, { query })
        : fill(results.length === 1 ? strings.foundOne : strings.found, { query, count: results.length });
    await showMore();
    if (!isStale()) area.dataset['state'] = 'done';
  };

  // One search at a time: input that comes meanwhile is searched when it is done.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const run = async () => {
    if (running) {
      stale = true;
      return;
    }
    running = true;
    try {
      do {
        clearTimeout(timer);
        stale = false;
        await show(input.value.trim().slice(0, maxQueryLength));
      } while (isStale());
    } finally {
      running = false;
    }
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (running) stale = true;
    timer = setTimeout(() => void run(), delay);
  };
  input.addEventListener('input', (event) => {
    if (!event.isComposing) schedule(debounceMs);
  });
  input.addEventListener('compositionend', () => {
    schedule(debounceMs);
  });
  more.addEventListener('click', () => {
    const first = list.childElementCount;
    area.dataset['state'] = 'searching';
    void showMore().then(() => {
      if (!stale) area.dataset['state'] = 'done';
      list.children[first]?.querySelector('a')?.focus();
    });
  });
  arrowKeys(dialog, input, list);
  if (input.value.trim()) schedule(0);
}
