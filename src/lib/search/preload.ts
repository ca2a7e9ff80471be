/**
 * Starts every fetch a first search needs that does not depend on the query, at once, the moment
 * the reader heads for search (browser side, small: it loads with every page). Pagefind would fetch
 * them one after the other (its script, then its entry file, then the locale's metadata and
 * WebAssembly); asked for here, they are in the browser's cache when it does.
 */
import type { SearchConfig } from './config.ts';

/** The locale's index in Pagefind's entry file: `<html lang>` in lower case, as Pagefind looks it up. */
const pagefindLanguage = (config: SearchConfig) => config.dictionary.lang.toLowerCase();

const asked = new Set<string>();

/** Adds `<link rel=… href=…>` once per address; `fetch` preloads match Pagefind's own `fetch()` calls. */
function hint(rel: 'modulepreload' | 'preload', href: string): void {
  if (asked.has(href)) return;
  asked.add(href);
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  if (rel === 'preload') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  document.head.append(link);
}

/** The address Pagefind fetches its entry file from, given the build's tag as `metaCacheTag`. */
export const entryUrl = (config: SearchConfig) => `${config.bundlePath}pagefind-entry.json?ts=${config.indexTag}`;

/**
 * Pagefind's script, its WebAssembly for the locale, `also` (fetched with `fetch()` too) and its
 * entry file, then, once the entry file names it, the locale's metadata. Safe to call again: each
 * file is asked for once.
 */
export function preloadSearch(config: SearchConfig, also: readonly string[] = []): void {
  hint('modulepreload', `${config.bundlePath}pagefind.js`);
  for (const href of also) hint('preload', href);
  hint('preload', `${config.bundlePath}${config.wasm}`);
  const entry = entryUrl(config);
  if (asked.has(entry)) return;
  asked.add(entry);
  void fetch(entry)
    .then((response) => response.json() as Promise<{ languages?: Record<string, { hash?: string } | undefined> }>)
    .then(({ languages }) => {
      const hash = languages?.[pagefindLanguage(config)]?.hash;
      if (hash) hint('preload', `${config.bundlePath}pagefind.${hash}.pf_meta`);
    })
    // Pagefind fetches it again and reports the problem itself.
    .catch(() => undefined);
}
