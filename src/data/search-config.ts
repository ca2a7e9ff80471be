/** What each page tells its search about the locale (Astro side): the index's files and the dictionary's shards (the ranking comes with the search code). */
import { localeConfig, type Locale } from '../config/locales.ts';
import { sitePath } from '../lib/paths.ts';
import type { SearchConfig } from '../lib/search/config.ts';
import { searchDictionaryShards } from './search-dictionary.ts';

/**
 * The tag of this build's search index, Pagefind's `metaCacheTag` (set by the search-index
 * integration; `dev` in the dev server, which has no index).
 */
export const searchIndexTag: string = import.meta.env.SIGNPOST_SEARCH_INDEX_TAG ?? 'dev';

/** The search configuration of `locale`'s pages, for a site under `base`. */
export async function searchConfig(locale: Locale, base: string): Promise<SearchConfig> {
  const { lang, segmentWords, stemming } = localeConfig(locale);
  const shards = await searchDictionaryShards(locale);
  return {
    bundlePath: sitePath(base, 'pagefind'),
    indexTag: searchIndexTag,
    wasm: `wasm.${stemming ?? 'unknown'}.pagefind`,
    dictionary: { url: sitePath(base, locale, 'search', 'synonyms'), shards: shards.length, lang, segmentWords },
  };
}
