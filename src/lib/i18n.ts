/** Locale negotiation: which of our locales best fits a browser's preferred languages. */

/** A locale id and its BCP-47 tag, as in the locale list. */
export interface LocaleTag {
  id: string;
  lang: string;
}

/**
 * The first of the reader's languages (in preference order) that one of `locales` serves:
 * an exact tag match, then a match on the primary language (`zh-Hans-CN` → `zh-CN`).
 * Returns `undefined` when none fits, so the caller can show the choice instead of guessing.
 */
export function pickLocale(preferred: readonly string[], locales: readonly LocaleTag[]): string | undefined {
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  for (const wanted of preferred) {
    const tag = wanted.trim().toLowerCase();
    if (!tag || tag === '*') continue;
    const exact = locales.find((locale) => locale.lang.toLowerCase() === tag);
    if (exact) return exact.id;
    const sameLanguage = locales.find((locale) => primary(locale.lang) === primary(tag));
    if (sameLanguage) return sameLanguage.id;
  }
  return undefined;
}
