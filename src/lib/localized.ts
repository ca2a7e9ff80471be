/** Text written per locale in data files: `{ en: …, <locale>: … }`, or one string for every locale. */

/** A text per locale (the default locale's required, others optional), or one text that is the same everywhere (names, codes). */
export type Localized = string | Readonly<Partial<Record<string, string>>>;

/** A text chosen for a locale, and the locale it is written in: `fallback` when the wanted one has none. */
export interface LocalizedText {
  text: string;
  locale: string;
}

/**
 * The text for `locale`, or `fallback`'s when there is none (the page then marks it with the
 * fallback's `lang`); throws if neither exists, naming what is missing. A plain string is in
 * every locale.
 */
export function localize(value: Localized, locale: string, fallback: string): LocalizedText {
  if (typeof value === 'string') return { text: value, locale };
  const own = value[locale];
  if (own !== undefined) return { text: own, locale };
  const text = value[fallback];
  if (text === undefined)
    throw new Error(`no text for locale "${locale}" (or "${fallback}") in ${JSON.stringify(value)}`);
  return { text, locale: fallback };
}

/** Fills `{{name}}` placeholders; unknown placeholders become empty. Returns plain text (never HTML). */
export function interpolate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, key: string) => params[key] ?? '');
}
