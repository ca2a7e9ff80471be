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

const count = <T>(items: Iterable<T>, keep: (item: T) => boolean) => [...items].filter(keep).length;

/** Score of `other` as a suggestion for `current`: shared keywords, their terms, platforms, category. */
export function relatedScore(current: RelatedCandidate, other: RelatedCandidate): number {
  const keywords = new Set(current.keywords.map((keyword) => keyword.toLocaleLowerCase()));
  const sharedKeywords = count(other.keywords, (keyword) => keywords.has(keyword.toLocaleLowerCase()));
  const terms = keywordTerms(current.keywords);
  const sharedTerms = count(keywordTerms(other.keywords), (term) => terms.has(term));
  const platforms = new Set(current.platforms ?? []);
  const sharedPlatforms = count(other.platforms ?? [], (platform) => platforms.has(platform));
  const sameCategory = current.category === other.category ? 1 : 0;
  return sharedKeywords * 4 + sharedTerms + sharedPlatforms * 2 + sameCategory * 2;
}

/** Up to `limit` related articles, best first; ties keep a stable order by title. */
export function relatedArticles<T extends RelatedCandidate>(
  current: RelatedCandidate,
  candidates: readonly T[],
  limit = 3,
): T[] {
  return candidates
    .filter((other) => other.id !== current.id)
    .map((other) => ({ other, score: relatedScore(current, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title))
    .slice(0, limit)
    .map(({ other }) => other);
}
