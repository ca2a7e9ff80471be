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

/** True for a text written per locale: an object whose keys are all in `locales` and that has the `fallback` text. */
function isLocalizedText(
  value: unknown,
  locales: readonly string[],
  fallback: string,
): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as Record<string, unknown>)[fallback] === 'string' &&
    entries.every(([key, text]) => locales.includes(key) && typeof text === 'string')
  );
}

/**
 * Where `data` (parsed data of a content file) has a text per locale without `locale`'s line:
 * the paths of those texts (`nodes.2.answers.0.text`), in document order.
 */
export function missingTexts(data: unknown, locale: string, locales: readonly string[], fallback: string): string[] {
  const missing: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (isLocalizedText(value, locales, fallback)) {
      if (value[locale] === undefined) missing.push(path);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(data, '');
  return missing;
}

/**
 * The locales that must translate a page's data texts: those whose UI strings for the page (keys
 * starting with `prefix`) are translated, i.e. at least one differs from the `fallback` locale's. A
 * locale whose page strings are still the copy of the fallback's (a language being added) shows the
 * data in the fallback language until then; once its page strings are translated, its data texts
 * must be too, so that no page mixes the two languages.
 */
export function translatingLocales(
  ui: ReadonlyMap<string, Readonly<Record<string, string>>>,
  prefix: string,
  fallback: string,
): string[] {
  const original = ui.get(fallback) ?? {};
  const keys = Object.keys(original).filter((key) => key.startsWith(prefix));
  return [...ui.keys()].filter(
    (locale) => locale !== fallback && keys.some((key) => ui.get(locale)?.[key] !== original[key]),
  );
}
