/** Text written per locale in data files: `{ en: …, zh-cn: … }`, or one string for every locale. */

/** A text in every locale, or one text that is the same everywhere (names, codes). */
export type Localized = string | Readonly<Record<string, string>>;

/** The text for `locale`, falling back to `fallback`'s; throws if neither exists, naming what is missing. */
export function localize(value: Localized, locale: string, fallback: string): string {
  if (typeof value === 'string') return value;
  const text = value[locale] ?? value[fallback];
  if (text === undefined)
    throw new Error(`no text for locale "${locale}" (or "${fallback}") in ${JSON.stringify(value)}`);
  return text;
}

/** Fills `{{name}}` placeholders; unknown placeholders become empty. Returns plain text (never HTML). */
export function interpolate(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, key: string) => params[key] ?? '');
}
