/**
 * How the results page searches: which Pagefind queries to run for a prepared query, and how to
 * merge their results. Pagefind returns only pages that contain every word, has no synonyms and
 * no notion of phrases; the plan adds all three without changing what Pagefind does.
 */
import type { PreparedQuery } from './query.ts';

/** The Pagefind searches to run for one reader query. */
export interface SearchPlan {
  /** Queries for `pagefind.search()`, each with the share of its scores that counts. */
  queries: { query: string; weight: number }[];
  /** Exact-phrase queries (`"…"`); pages that contain a phrase as written rank higher. */
  phrases: string[];
  /** Platforms the query names: their guides come first (Pagefind's `platform` filter finds them). */
  platforms: string[];
}

/** Tuning of {@link searchPlan} and {@link rankResults}. */
export const planWeights = {
  /** How much a search with one word left out counts, against one with all words. */
  relaxed: 0.5,
  /** Extra score, as a multiple, for a page that contains every phrase of the query (phrases count by length). */
  phrase: 4,
  /** Most phrase searches run for one query. */
  maxPhrases: 6,
  /** Results scoring under this share of the best are dropped: they match a word or two by chance. */
  cutoff: 0.05,
};

/**
 * The searches for a query: as typed; with synonyms replaced by the words articles use (a union,
 * since Pagefind cannot search `a OR b`); and, for three words or more, once without each word,
 * at a lower weight, so that one word no page contains ("shown" in "less crypto than the price
 * shown") does not hide the right page.
 */
export function searchPlan(prepared: PreparedQuery): SearchPlan {
  const queries = [{ query: prepared.query, weight: 1 }];
  if (prepared.expanded !== prepared.query) queries.push({ query: prepared.expanded, weight: 1 });
  if (prepared.words.length >= 3) {
    prepared.words.forEach((_, skipped) => {
      const query = prepared.words.filter((__, index) => index !== skipped).join(' ');
      queries.push({ query, weight: planWeights.relaxed });
    });
  }
  const phrases = prepared.phrases.slice(0, planWeights.maxPhrases).map((phrase) => `"${phrase}"`);
  return { queries: dedupe(queries), phrases, platforms: prepared.platforms };
}

function dedupe(queries: { query: string; weight: number }[]): { query: string; weight: number }[] {
  const best = new Map<string, number>();
  for (const { query, weight } of queries) {
    if (query) best.set(query, Math.max(best.get(query) ?? 0, weight));
  }
  return [...best].map(([query, weight]) => ({ query, weight }));
}

/** A Pagefind result as ranking needs it. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** How much a phrase counts: its length in characters, spaces and quotes left out, so `"提币多久到账"` outweighs `"多久"`. */
export function phraseLength(phrase: string): number {
  return Array.from(phrase.replace(/["\s]/g, '')).length;
}

/**
 * Merges the results of a plan's queries: a page's score is the sum of its weighted scores, so a
 * page found both as typed and through synonyms, or with every word, leads; multiplied by
 * `1 + phrase × (share of the phrases it contains, by length)`. Highest first, equal scores in
 * Pagefind's order, without the tail that scores under `cutoff` of the best.
 */
export function rankResults(
  runs: readonly { weight: number; results: readonly ScoredResult[] }[],
  phraseHits: readonly { phrase: string; pages: ReadonlySet<string> }[],
): ScoredResult[] {
  const scores = new Map<string, number>();
  for (const { weight, results } of runs) {
    for (const { id, score } of results) scores.set(id, (scores.get(id) ?? 0) + score * weight);
  }
  const total = phraseHits.reduce((sum, { phrase }) => sum + phraseLength(phrase), 0);
  const phraseShare = (id: string) =>
    total
      ? phraseHits.reduce((sum, { phrase, pages }) => sum + (pages.has(id) ? phraseLength(phrase) : 0), 0) / total
      : 0;
  const ranked = [...scores]
    .map(([id, score]) => ({ id, score: score * (1 + planWeights.phrase * phraseShare(id)) }))
    .sort((a, b) => b.score - a.score);
  const floor = (ranked[0]?.score ?? 0) * planWeights.cutoff;
  return ranked.filter(({ score }) => score >= floor);
}

/** `ranked` with the `first` pages moved to the front, in the order given; pages not in `ranked` are added. */
export function putFirst<T extends { id: string }>(ranked: readonly T[], first: readonly T[]): T[] {
  const lead = [...new Map(first.map((result) => [result.id, result])).values()];
  const ids = new Set(lead.map((result) => result.id));
  return [...lead, ...ranked.filter((result) => !ids.has(result.id))];
}
