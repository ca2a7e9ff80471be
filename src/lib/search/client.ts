/**
 * Search as the header's dialog and the results page run it (browser side, no DOM): Pagefind on the
 * page's thread, the dictionary shards a query needs, the query prepared, planned and ranked.
 */
import { searchRanking } from '../../config/search.ts';
import type { SearchConfig } from './config.ts';
import { mergeShards, shardsFor, type Dictionary, type DictionaryShard } from './dictionary.ts';
import { prepareQuery, type PreparedQuery } from './query.ts';
import { searchPlan } from './rank.ts';
import { runSearch, type PagefindApi, type PagefindResult } from './run.ts';

/** A query's preparation and its ranked results. */
export interface SearchOutcome {
  prepared: PreparedQuery;
  results: PagefindResult[];
}

/** Search for one page: loads what it needs on first use and keeps it. */
export interface SiteSearch {
  /** Loads Pagefind and starts its index loading, before any query. */
  warm: () => Promise<PagefindApi>;
  search: (raw: string) => Promise<SearchOutcome>;
}

/** Words of an excerpt. */
const excerptLength = 20;

/** The search of the locale `config` describes. */
export function createSearch(config: SearchConfig): SiteSearch {
  let pagefind: Promise<PagefindApi> | undefined;
  const shards = new Map<number, Promise<DictionaryShard | undefined>>();

  const warm = () => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${config.bundlePath}pagefind.js`)) as PagefindApi;
      // In a worker, Pagefind would fetch a second copy of itself before anything else.
      await api.options({
        noWorker: true,
        // The site's base path, prefixed to result URLs: where the bundle directory is.
        baseUrl: config.bundlePath.replace(/pagefind\/$/, ''),
        ranking: searchRanking,
        metaCacheTag: config.indexTag,
        excerptLength,
      });
      await api.init();
      return api;
    })();
    // A failed load is tried again on the next query.
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  /** Shard `n` of the dictionary, or `undefined` if it cannot be had (the query then goes as typed). */
  const shard = (n: number) => {
    let loading = shards.get(n);
    if (!loading) {
      loading = fetch(`${config.dictionary.url}${n}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<DictionaryShard>) : undefined))
        .catch(() => undefined);
      shards.set(n, loading);
    }
    return loading;
  };

  const dictionaryFor = async (raw: string): Promise<Dictionary> => {
    const { lang, shards: count } = config.dictionary;
    const loaded = await Promise.all(shardsFor(raw, lang, count).map(shard));
    return mergeShards(
      config.dictionary,
      loaded.filter((part) => part !== undefined),
    );
  };

  return {
    warm,
    search: async (raw) => {
      const [api, dictionary] = await Promise.all([warm(), dictionaryFor(raw)]);
      const prepared = prepareQuery(raw, dictionary);
      return { prepared, results: await runSearch(api, searchPlan(prepared)) };
    },
  };
}
