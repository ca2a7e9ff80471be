/** Runs a search plan against Pagefind's JavaScript API (browser side, no DOM). */
import { platformFilter } from './params.ts';
import { putFirst, rankResults, type SearchPlan } from './rank.ts';

/** A part of a page Pagefind found the query in: a section under a heading, or the page's top. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the query's words are in the section. */
  locations: number[];
}

/** What Pagefind returns for one result page. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** One result of `pagefind.search()`. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** The part of Pagefind's API (`/pagefind/pagefind.js`) search uses. */
export interface PagefindApi {
  /** Before `init`: also `noWorker`, which keeps Pagefind on the page's thread. */
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Starts loading the index (the entry file, the language's metadata and WebAssembly). */
  init: () => Promise<void>;
  /** `null` with filters: every page that matches the filters. */
  search: (
    query: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Runs every query, phrase and platform filter of `plan` at once, so that Pagefind fetches the
 * index chunks they need together, and returns the results ranked by {@link rankResults}, the
 * guides of the platforms the query names first; each page once, with the result object first
 * seen for it.
 */
export async function runSearch(pagefind: PagefindApi, plan: SearchPlan): Promise<PagefindResult[]> {
  const search = async (query: string | null, filters?: Record<string, string>) =>
    (await pagefind.search(query, filters && { filters }))?.results ?? [];
  const [runs, phraseHits, guides] = await Promise.all([
    Promise.all(plan.queries.map(async ({ query, weight }) => ({ weight, results: await search(query) }))),
    Promise.all(
      plan.phrases.map(async (phrase) => ({ phrase, pages: new Set((await search(phrase)).map(({ id }) => id)) })),
    ),
    Promise.all(plan.platforms.map((platform) => search(null, { [platformFilter]: platform }))),
  ]);
  const seen = new Map<string, PagefindResult>();
  for (const { results } of runs) for (const result of results) if (!seen.has(result.id)) seen.set(result.id, result);
  const ranked = rankResults(runs, phraseHits).flatMap(({ id }) => seen.get(id) ?? []);
  return putFirst(ranked, guides.flat());
}
