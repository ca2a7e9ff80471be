/** Dates as pages show them: medium style in the page's language, in UTC, one formatter per language. */

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `date` in `lang`'s medium style ("Mar 4, 2026", "2026年3月4日"), read in UTC so a date-only value
 * never shifts a day. The same text as `toLocaleDateString(lang, …)`, which builds a new formatter
 * on every call: a page costs a lookup instead.
 */
export function formatDate(date: Date, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}
