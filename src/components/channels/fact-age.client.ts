/**
 * The age of the channel data, computed in the reader's browser: a copy of the site may be served
 * long after it was built, so the flags set at build time are not enough. Uses the same rules as
 * the writers' check (src/lib/fact-age.ts).
 */
import { ageInDays, isStale } from '../../lib/fact-age.ts';
import { interpolate } from '../../lib/localized.ts';

/**
 * Flags every fact under `root` whose check date (the `<time>` of its "Source" line) is more than
 * `staleAfterDays` days before `now`, with the text of the closest `[data-stale]` element;
 * facts already flagged (at build time or by an earlier call) are left alone. Returns how many it flagged.
 */
export function markStaleFacts(root: Document, now: Date): number {
  let flagged = 0;
  for (const time of root.querySelectorAll<HTMLTimeElement>('details.source > summary > time[datetime]')) {
    const summary = time.parentElement;
    if (!summary || summary.querySelector('.stale') || !isStale(time.dateTime, now)) continue;
    const flag = root.createElement('strong');
    flag.className = 'stale';
    flag.textContent = summary.closest<HTMLElement>('[data-stale]')?.dataset['stale'] ?? '';
    summary.append(' ', flag);
    flagged += 1;
  }
  return flagged;
}

/**
 * Shows the warning of every `[data-built]` element (the day this copy of the site was built) once
 * that day is more than `staleAfterDays` days before `now`: its hidden `[data-old]` child,
 * with `{{days}}` replaced by the days since the build. Returns the days since the build, if known.
 */
export function showBuildAge(root: Document, now: Date): number | undefined {
  let age: number | undefined;
  for (const element of root.querySelectorAll<HTMLElement>('[data-built]')) {
    const built = element.dataset['built'] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(built)) continue;
    age = ageInDays(built, now);
    const warning = element.querySelector<HTMLElement>('[data-old]');
    if (!warning || !isStale(built, now)) continue;
    warning.textContent = interpolate(warning.dataset['old'] ?? '', { days: String(age) });
    warning.hidden = false;
  }
  return age;
}
