/** `?country=XX` on the report-a-scam page (pure, browser-safe: no data imports). */

/** The query parameter that preselects a country. */
export const countryParam = 'country';

/**
 * The country a report page URL asks for with `?country=XX` (any case), as the lower-case id of its
 * section, when `known` has it and the URL has no fragment of its own (a fragment the reader chose
 * wins); otherwise `undefined`.
 */
export function requestedCountry(search: string, hash: string, known: (id: string) => boolean): string | undefined {
  if (hash && hash !== '#') return undefined;
  const code = new URLSearchParams(search).get(countryParam)?.trim().toLowerCase();
  return code && /^[a-z]{2}$/.test(code) && known(code) ? code : undefined;
}
