/**
 * How old a fact's check is. Platforms change their channels: a fact checked more than
 * {@link staleAfterDays} days ago is flagged (a warning in `npm run check`, a badge on the page),
 * one checked more than {@link expiredAfterDays} days ago stops the check and the build until it is
 * checked again. Pure: the writers' check, the pages at build time and the browser share it.
 */

/** Days after which a fact is flagged for re-checking. */
export const staleAfterDays = 180;

/** Days after which a fact may not be published without being checked again. */
export const expiredAfterDays = 365;

const day = 86_400_000;

/** Whole days from `checked` (YYYY-MM-DD, read as UTC midnight) to `now`; negative for a date after `now`. */
export function ageInDays(checked: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${checked}T00:00:00Z`)) / day);
}

/** True when `checked` is more than {@link staleAfterDays} days before `now`. */
export function isStale(checked: string, now: Date): boolean {
  return ageInDays(checked, now) > staleAfterDays;
}

/** True when `checked` is more than {@link expiredAfterDays} days before `now`. */
export function isExpired(checked: string, now: Date): boolean {
  return ageInDays(checked, now) > expiredAfterDays;
}
