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

/**
 * Up to `limit` related articles, best first; ties keep a stable order by title. One pass that keeps
 * only the best few, so a page costs time in proportion to the number of articles, not more.
 */
export function relatedArticles<T extends RelatedCandidate>(
  current: RelatedCandidate,
  candidates: readonly T[],
  limit = 3,
): T[] {
  const best: { other: T; score: number }[] = [];
  const before = (a: { other: T; score: number }, b: { other: T; score: number }) =>
    a.score > b.score || (a.score === b.score && a.other.title.localeCompare(b.other.title) < 0);
  for (const other of candidates) {
    if (other.id === current.id || limit <= 0) continue;
    const entry = { other, score: relatedScore(current, other) };
    if (entry.score <= 0) continue;
    const last = best[best.length - 1];
    if (best.length === limit && last && !before(entry, last)) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1] as { other: T; score: number })) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}
