/** Pagefind's Default UI in the search dialog, with the site's ranking and query preparation; loaded on first use. */
import type { Dictionary } from '../../lib/search/dictionary.ts';
import { dialogResult, dialogTerm, type DialogResultData } from '../../lib/search/dialog.ts';
import dialogStyles from '../../styles/search-dialog.css?url';
import type { SiteSearchConfig } from './site-search.client.ts';
import { looksCheckable } from '../verify/checkable.ts';
import { checkConfig } from '../../lib/verify-strings.ts';

/** The options of Pagefind's Default UI this site sets (https://pagefind.app/docs/ui/). */
interface PagefindUiOptions {
  element: HTMLElement;
  bundlePath: string;
  baseUrl: string;
  ranking: Record<string, unknown>;
  translations: Record<string, string>;
  showSubResults: boolean;
  showImages: boolean;
  processTerm: (term: string) => string;
  processResult: (data: DialogResultData) => DialogResultData;
}

declare global {
  interface Window {
    /** Set by Pagefind's `pagefind-ui.js`. */
    PagefindUI?: new (options: PagefindUiOptions) => unknown;
  }
}

/** Adds `element` to the head and resolves once it has loaded. */
function attach(element: HTMLScriptElement | HTMLLinkElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => {
      resolve();
    });
    element.addEventListener('error', () => {
      reject(new Error(`could not load ${element.outerHTML}`));
    });
    document.head.append(element);
  });
}

function script(src: string): Promise<void> {
  const element = document.createElement('script');
  element.src = src;
  return attach(element);
}

function stylesheet(href: string): Promise<void> {
  const element = document.createElement('link');
  element.rel = 'stylesheet';
  element.href = href;
  return attach(element);
}

/** The locale's dictionary, or `undefined` (queries then go to Pagefind as typed) if it cannot be had. */
async function dictionaryFrom(url: string): Promise<Dictionary | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as Dictionary) : undefined;
  } catch {
    return undefined;
  }
}

/** Result links in the order they are shown. */
const resultLinks = (mount: HTMLElement) => [...mount.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-link')];

/** Arrow keys move between the input and the result links, as Tab and Shift+Tab do. */
function arrowKeys(mount: HTMLElement, input: HTMLInputElement): void {
  mount.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = resultLinks(mount);
    const stops = [input, ...links];
    const current = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (current < 0 || links.length === 0) return;
    const next = stops[current + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}

/** Shows the channel checker's verdict above the results when the query looks like a link, address, number or handle. */
function checkAbove(input: HTMLInputElement, config: SiteSearchConfig): void {
  const box = document.createElement('div');
  box.className = 'search-check';
  box.hidden = true;
  box.setAttribute('aria-live', 'polite');
  (input.closest('form') ?? input).after(box);
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
      input.value === query ? showCheck(box, query, checkConfig(config.baseUrl, config.locale)) : undefined,
    );
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  if (input.value) update();
}

/**
 * Loads Pagefind's UI (script and styles, then ours) and the dictionary together, mounts the UI in
 * `mount` and returns its input. Each query goes through {@link dialogTerm}; each result through
 * {@link dialogResult}, with the terms of the query that found it.
 */
export async function mountSearchUi(mount: HTMLElement, config: SiteSearchConfig): Promise<HTMLInputElement> {
  const [dictionary] = await Promise.all([
    dictionaryFrom(config.dictionary),
    script(`${config.bundlePath}pagefind-ui.js`),
    stylesheet(`${config.bundlePath}pagefind-ui.css`),
    stylesheet(dialogStyles),
  ]);
  const PagefindUI = window.PagefindUI;
  if (!PagefindUI) throw new Error('pagefind-ui.js did not define PagefindUI');
  let highlight: string[] = [];
  new PagefindUI({
    element: mount,
    bundlePath: config.bundlePath,
    baseUrl: config.baseUrl,
    ranking: config.ranking,
    translations: config.translations,
    showSubResults: true,
    showImages: false,
    processTerm: (raw) => {
      const prepared = dialogTerm(raw, dictionary);
      highlight = prepared.highlight;
      return prepared.term;
    },
    processResult: (data) => dialogResult(data, highlight),
  });
  const input = mount.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  if (!input) throw new Error('Pagefind UI rendered no search input');
  arrowKeys(mount, input);
  checkAbove(input, config);
  return input;
}
