/**
 * The age of every fact of the platform files: a warning when it was checked more than
 * {@link staleAfterDays} days ago, a problem (the check and the build stop) past
 * {@link expiredAfterDays}; each with the platform file, the line of its `checked:` and the fix.
 */
import type { Problem } from '../../readers/problems.ts';
import type { PlatformLocator } from '../../readers/platforms-fs.ts';
import type { Platform } from '../../schemas/platform.ts';
import { ageInDays, expiredAfterDays, staleAfterDays } from '../fact-age.ts';
import { platformFacts } from '../facts.ts';

/** Facts checked too long ago: `warnings` past {@link staleAfterDays}, `problems` past {@link expiredAfterDays}. */
export function checkFactAges(
  platforms: readonly Platform[],
  locate: PlatformLocator,
  now: Date,
): { warnings: Problem[]; problems: Problem[] } {
  const warnings: Problem[] = [];
  const problems: Problem[] = [];
  for (const platform of platforms) {
    for (const fact of platformFacts(platform)) {
      const days = ageInDays(fact.checked, now);
      if (days <= staleAfterDays) continue;
      const path = [fact.section, fact.index, 'checked'];
      const place = { ...locate(platform.id, path), field: path.join('.') };
      const reread = `re-read ${fact.sources[0] ?? 'the source'}, update \`evidence:\` if the page changed (or move the fact to \`unclear:\` if it no longer says so), and set \`checked:\` to the day you read it`;
      if (days > expiredAfterDays) {
        problems.push({
          ...place,
          message: `checked ${fact.checked}, ${days} days ago: a fact older than ${expiredAfterDays} days cannot be published; ${reread}`,
        });
      } else {
        warnings.push({
          ...place,
          message: `checked ${fact.checked}, ${days} days ago (over ${staleAfterDays}): ${reread}`,
        });
      }
    }
  }
  return { warnings, problems };
}
