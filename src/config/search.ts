/** Search settings: the fields the index adds, and Pagefind's ranking. */

/** Metadata fields the index adds (`src/lib/search/index-entry.ts`), each weighted in {@link searchRanking}. */
export const searchFields = {
  /** The page title, split into words (Pagefind's own `title` field is not split in Chinese). */
  heading: 'heading',
  /** The article's keywords, the synonyms of title and keywords, and the stop words. */
  terms: 'terms',
  /** Title, keywords and synonyms of a page about one platform, which answers queries that name it. */
  platform: 'platform',
} as const;

/** Starlight's default Pagefind ranking: what plain Starlight's search dialog uses. */
export const starlightRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};

/**
 * Pagefind's ranking, for the header's search dialog and the results page alike: Starlight's, and
 * `metaWeights` to boost pages whose title (`heading`, split into words in every language) or
 * whose keywords and synonyms (`terms`) contain the query's words; less for a platform guide's
 * (`platform`), which should lead only when the query names the platform. Pagefind's own `title`
 * field is left out: in Chinese it holds the whole title as one word. Tuned with `npm run search:eval`.
 */
export const searchRanking = {
  ...starlightRanking,
  metaWeights: { title: 0, [searchFields.heading]: 5, [searchFields.terms]: 8, [searchFields.platform]: 2 },
};

/** Results the dialog and the results page show at first, and add with "more": each costs the reader a download of its excerpt data. */
export const resultsPerPage = 5;

/**
 * About how many bytes of the synonym dictionary's JSON go in one shard: a query fetches the shards
 * of its words' first characters only (`src/lib/search/dictionary.ts`).
 */
export const dictionaryShardBytes = 1024;

/** The `import.meta.env` variable the search-index integration sets to its build's tag (Pagefind's `metaCacheTag`). */
export const searchIndexTagVariable = 'SIGNPOST_SEARCH_INDEX_TAG';
