/** Picks the articles to suggest at the end of an article, from shared keywords and category. */

/** What the ranking needs to know about an article. */
export interface RelatedCandidate {
  id: string;
  title: string;
  category: string;
  keywords: readonly string[];
  platforms?: readonly string[] | undefined;
}

/** Score of `other` as a suggestion for `current`: shared keywords and platforms, then category. */
export function relatedScore(current: RelatedCandidate, other: RelatedCandidate): number {
  const keywords = new Set(current.keywords.map((keyword) => keyword.toLocaleLowerCase()));
  const sharedKeywords = other.keywords.filter((keyword) => keywords.has(keyword.toLocaleLowerCase())).length;
  const platforms = new Set(current.platforms ?? []);
  const sharedPlatforms = (other.platforms ?? []).filter((platform) => platforms.has(platform)).length;
  const sameCategory = current.category === other.category ? 1 : 0;
  return sharedKeywords * 2 + sharedPlatforms * 2 + sameCategory;
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
