/** Picks the articles to suggest at the end of an article, from shared keywords and category. */

/** What the ranking needs to know about an article. */
export interface RelatedCandidate {
  id: string;
  title: string;
  category: string;
  keywords: readonly string[];
  platforms?: readonly string[] | undefined;
}

const han = /\p{Script=Han}/u;

/**
 * The terms of a keyword list: Latin-script words of three or more letters, and the character
 * pairs of Chinese runs (Chinese has no spaces, so pairs stand in for words).
 */
export function keywordTerms(keywords: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const keyword of keywords) {
    for (const run of keyword.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (han.test(run)) {
        const chars = Array.from(run);
        for (let i = 0; i + 1 < chars.length; i++) terms.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
      } else if (run.length >= 3) {
        terms.add(run);
      }
    }
  }
  return terms;
}

/** An article's keywords (lower case), keyword terms and platforms, computed once per article. */
interface Features {
  keywords: Set<string>;
  terms: Set<string>;
  platforms: Set<string>;
}

const featureCache = new WeakMap<RelatedCandidate, Features>();

function features(article: RelatedCandidate): Features {
  let cached = featureCache.get(article);
  if (!cached) {
    cached = {
      keywords: new Set(article.keywords.map((keyword) => keyword.toLocaleLowerCase())),
      terms: keywordTerms(article.keywords),
      platforms: new Set(article.platforms ?? []),
    };
    featureCache.set(article, cached);
  }
  return cached;
}

/** How many items of `a` are in `b`. */
function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const item of a) if (b.has(item)) n++;
  return n;
}

/** Score of `other` as a suggestion for `current`: shared keywords, their terms, platforms, category. */
export function relatedScore(current: RelatedCandidate, other: RelatedCandidate): number {
  const mine = features(current);
  const theirs = features(other);
  const sameCategory = current.category === other.category ? 1 : 0;
  return (
    shared(theirs.keywords, mine.keywords) * 4 +
    shared(theirs.terms, mine.terms) +
    shared(theirs.platforms, mine.platforms) * 2 +
    sameCategory * 2
  );
}

/** Weight of each kind of shared feature in {@link relatedScore}, by the prefix of its index key. */
const weights = { k: 4, t: 1, p: 2 } as const;
/** Weight of sharing the category. */
const categoryWeight = 2;

/** Index keys of an article's features: `k:` keyword, `t:` keyword term, `p:` platform. */
function featureKeys(article: RelatedCandidate): string[] {
  const { keywords, terms, platforms } = features(article);
  return [
    ...[...keywords].map((keyword) => `k:${keyword}`),
    ...[...terms].map((term) => `t:${term}`),
    ...[...platforms].map((platform) => `p:${platform}`),
  ];
}

/**
 * Ranks related articles among `candidates`, indexed once: a query scores only the candidates that
 * share a keyword, term or platform (through an inverted index), then fills up from the same category
 * in title order. The result is exactly {@link relatedArticles}', at a cost that grows with the
 * number of shared features rather than with the square of the number of articles.
 */
export function relatedIndex<T extends RelatedCandidate>(
  candidates: readonly T[],
): (current: RelatedCandidate, limit?: number) => T[] {
  // Ties go to the title first in the default collation, then to the candidate first in the list.
  const collator = new Intl.Collator();
  const byTitle = candidates.map((_, index) => index);
  byTitle.sort((a, b) => collator.compare(candidates[a]?.title ?? '', candidates[b]?.title ?? '') || a - b);
  const rank = new Int32Array(candidates.length);
  byTitle.forEach((index, position) => (rank[index] = position));

  const postings = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  for (const index of byTitle) {
    const candidate = candidates[index] as T;
    for (const key of featureKeys(candidate)) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
    const list = byCategory.get(candidate.category);
    if (list) list.push(index);
    else byCategory.set(candidate.category, [index]);
  }

  // Scores of the candidates a query touches, reset after each query.
  const scores = new Int32Array(candidates.length);
  const keyWeight = new Map([...postings.keys()].map((key) => [key, weights[key[0] as keyof typeof weights]] as const));
  return (current, limit = 3) => {
    if (limit <= 0) return [];
    const touched: number[] = [];
    for (const key of featureKeys(current)) {
      const list = postings.get(key);
      if (!list) continue;
      const weight = keyWeight.get(key) ?? 0;
      for (const index of list) {
        if (scores[index] === 0) touched.push(index);
        scores[index] = (scores[index] ?? 0) + weight;
      }
    }
    // The best `limit` so far, best first: a candidate ranks higher on score, then on title order.
    const best: { index: number; score: number }[] = [];
    const offer = (index: number, score: number) => {
      const last = best[best.length - 1];
      if (
        best.length === limit &&
        last &&
        (score < last.score || (score === last.score && (rank[index] ?? 0) > (rank[last.index] ?? 0)))
      )
        return;
      let at = best.length;
      for (; at > 0; at--) {
        const above = best[at - 1] as { index: number; score: number };
        if (score < above.score || (score === above.score && (rank[index] ?? 0) > (rank[above.index] ?? 0))) break;
      }
      best.splice(at, 0, { index, score });
      if (best.length > limit) best.pop();
    };
    for (const index of touched) {
      const candidate = candidates[index] as T;
      if (candidate.id !== current.id) {
        offer(index, (scores[index] ?? 0) + (candidate.category === current.category ? categoryWeight : 0));
      }
    }
    // Candidates that share only the category all score the same: the first few in title order.
    let found = 0;
    for (const index of byCategory.get(current.category) ?? []) {
      if (found === limit) break;
      if (scores[index] !== 0 || candidates[index]?.id === current.id) continue;
      offer(index, categoryWeight);
      found++;
    }
    for (const index of touched) scores[index] = 0;
    return best.map(({ index }) => candidates[index] as T);
  };
}

/** Up to `limit` related articles, best first; ties go to the title first in the default collation. */
export function relatedArticles<T extends RelatedCandidate>(
  current: RelatedCandidate,
  candidates: readonly T[],
  limit = 3,
): T[] {
  return relatedIndex(candidates)(current, limit);
}
