/** What a search result shows besides its page: the sections of the page the query was found in (browser-safe). */
import type { PagefindResultData, PagefindSubResult } from './run.ts';

/**
 * The sections to list under a result, in page order: those other than the page's top (whose
 * excerpt is the result's own), at most `limit`, the ones with the most matches when there are
 * more.
 */
export function resultSections(data: PagefindResultData, limit = 3): PagefindSubResult[] {
  const sections = (data.sub_results ?? []).filter((section) => section.url !== data.url);
  if (sections.length <= limit) return sections;
  const best = new Set([...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, limit));
  return sections.filter((section) => best.has(section));
}
