/** Runs a search plan against Pagefind's JavaScript API (browser side, no DOM). */
import { platformFilter } from './params.ts';
import { putFirst, rankResults, type SearchPlan } from './rank.ts';

/** What Pagefind returns for one result page, as the results page uses it. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** One result of `pagefind.search()`. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** The part of Pagefind's API (`/pagefind/pagefind.js`) the results page uses. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** `null` with filters: every page that matches the filters. */
  search: (
    query: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Runs every query and phrase of `plan` one after the other and returns Pagefind's results ranked
 * by {@link rankResults}, the guides of the platforms the query names first; each page once, with
 * the result object first seen for it.
 */
export async function runSearch(pagefind: PagefindApi, plan: SearchPlan): Promise<PagefindResult[]> {
  const seen = new Map<string, PagefindResult>();
  const runs = [];
  for (const { query, weight } of plan.queries) {
    const results = (await pagefind.search(query))?.results ?? [];
    for (const result of results) if (!seen.has(result.id)) seen.set(result.id, result);
    runs.push({ weight, results });
  }
  const phraseHits = [];
  for (const phrase of plan.phrases) {
    const pages = new Set(((await pagefind.search(phrase))?.results ?? []).map((result) => result.id));
    phraseHits.push({ phrase, pages });
  }
  const ranked = rankResults(runs, phraseHits).flatMap(({ id }) => seen.get(id) ?? []);
  const guides = [];
  for (const platform of plan.platforms) {
    guides.push(...((await pagefind.search(null, { filters: { [platformFilter]: platform } }))?.results ?? []));
  }
  return putFirst(ranked, guides);
}
