import type { CheckConfig } from '../../components/verify/verify-hook.client.ts';

/** What a page tells its search (the header's dialog and the results page): where the index and the dictionary are, (browser-safe). */

/** The Pagefind options and files the search of one locale needs, known when the page is built. */
export interface SearchConfig {
  /** Pagefind's bundle directory, `<site base>pagefind/`. */
  bundlePath: string;
  /**
   * Pagefind's `metaCacheTag`, the same for every page of a build: Pagefind fetches its entry file
   * as `pagefind-entry.json?ts=<tag>`, so the page can ask for it before Pagefind does.
   */
  indexTag: string;
  /** The WebAssembly file Pagefind loads for the locale (`wasm.en.pagefind`; `wasm.unknown.pagefind` without a stemmer). */
  wasm: string;
  /** The locale's synonym dictionary, in shards (`src/lib/search/dictionary.ts`). */
  dictionary: {
    /** Directory of the shards, ending in `/`: shard `n` is `<url><n>.json`. */
    url: string;
    shards: number;
    /** BCP-47 tag of the language, for `Intl.Segmenter`. */
    lang: string;
    segmentWords: boolean;
  };
}

/** The result count and state messages, from the locale's `searchPage.*` strings (`{query}`, `{count}`). */
export type SearchStrings = Record<'searching' | 'found' | 'foundOne' | 'none' | 'error', string>;

/** What the header's search dialog shows around its results (`/<locale>/search/dialog.json`). */
export interface DialogText {
  strings: SearchStrings;
  /** The "more results" button. */
  more: string;
  /** Where to go when nothing matches: the official channels and the checker. */
  help: { href: string; text: string }[];
  /** Where the channel checker is, for its verdict above results when the query looks like a link, address, number or handle. */
  check: CheckConfig;
}

/** Replaces `{name}` placeholders. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

/** Longest query a reader can type or put in the URL. */
export const maxQueryLength = 200;
