/** Relevance metrics for the search suite: success@k, mean reciprocal rank, platform guides first. */
import { guideCategory } from '../../src/lib/paths.ts';

/** One query of the suite and the page ids search returned for it, best first. */
export interface RankedCase {
  q: string;
  expect: readonly string[];
  results: readonly string[];
}

/** The report for one locale and one way of searching. */
export interface RelevanceReport {
  queries: number;
  /** Share of queries whose first result is an expected page. */
  successAt1: number;
  /** Share of queries with an expected page among the first three. */
  successAt3: number;
  /** Mean of 1 / rank of the first expected page (0 when none is returned). */
  mrr: number;
  /** Queries that name a platform (their first expected page is its guide, `platforms/<id>`). */
  platformQueries: number;
  /** Share of those whose first result is that guide (1 when there are none). */
  guideFirst: number;
  /** Queries whose first result is not an expected page, with the rank of the first expected one (0: not found). */
  misses: (RankedCase & { rank: number })[];
}

/** 1-based rank of the first expected page in the results, 0 when none is there. */
export function firstRank(expect: readonly string[], results: readonly string[]): number {
  return results.findIndex((id) => expect.includes(id)) + 1;
}

/** success@1, success@3 and MRR over `cases`, and the queries that miss the first place. */
export function relevanceReport(cases: readonly RankedCase[]): RelevanceReport {
  const ranks = cases.map((item) => firstRank(item.expect, item.results));
  const share = (test: (rank: number) => boolean) =>
    cases.length ? ranks.filter((rank) => rank > 0 && test(rank)).length / cases.length : 0;
  const platformCases = cases.filter((item) => item.expect[0]?.startsWith(`${guideCategory}/`));
  return {
    queries: cases.length,
    platformQueries: platformCases.length,
    guideFirst: platformCases.length
      ? platformCases.filter((item) => item.results[0] === item.expect[0]).length / platformCases.length
      : 1,
    successAt1: share((rank) => rank === 1),
    successAt3: share((rank) => rank <= 3),
    mrr: cases.length ? ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / cases.length : 0,
    misses: cases.flatMap((item, index) => {
      const rank = ranks[index] ?? 0;
      return rank === 1 ? [] : [{ ...item, rank }];
    }),
  };
}

/**
 * The id the suite uses for a result URL: `<category>/<slug>` for an article, the page name
 * otherwise (`contact`, `verify`). The base path, the locale, the query and the hash are ignored.
 */
export function pageId(url: string, base: string, locale: string): string {
  const path = new URL(url, 'https://site.invalid').pathname;
  const rest = path.startsWith(base) ? path.slice(base.length) : path;
  const parts = rest.split('/').filter(Boolean);
  return (parts[0] === locale ? parts.slice(1) : parts).join('/');
}
