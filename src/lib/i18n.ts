/** Locale negotiation: which of our locales best fits a browser's preferred languages. */

/** A locale id and the browser languages it serves, as in the locale list (`accept`). */
export interface LocaleChoice {
  id: string;
  /** Lower-case tags, matched whole or as a prefix ending at a `-` (`zh` matches `zh-hans-cn`). */
  accept: readonly string[];
}

/** How much of `tag` the prefix `accept` covers: its length, or -1 when it does not match at a subtag boundary. */
function coverage(tag: string, accept: string): number {
  return tag === accept || tag.startsWith(`${accept}-`) ? accept.length : -1;
}

/**
 * The first of the reader's languages (in preference order) that one of `locales` accepts; when
 * several accept it, the one with the longest matching tag (`zh-tw` before `zh`). Returns
 * `undefined` when none fits, so the caller can show the choice instead of guessing.
 */
export function pickLocale(preferred: readonly string[], locales: readonly LocaleChoice[]): string | undefined {
  for (const wanted of preferred) {
    const tag = wanted.trim().toLowerCase();
    if (!tag || tag === '*') continue;
    let best: { id: string; length: number } | undefined;
    for (const { id, accept } of locales) {
      for (const prefix of accept) {
        const length = coverage(tag, prefix.toLowerCase());
        if (length > (best?.length ?? 0)) best = { id, length };
      }
    }
    if (best) return best.id;
  }
  return undefined;
}
