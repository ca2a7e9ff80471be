import { defaultLocale } from '../config/locales.ts';
import { sitePath } from './paths.ts';

/** The UI strings the checker's result needs (its own and the channel kind names), from a locale's full set. */

/** The checker's strings out of all of a locale's strings. */
export function checkerStrings(all: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(all).flatMap(([key, text]) =>
      typeof text === 'string' && (key.startsWith('verify.') || key.startsWith('contact.kind.')) ? [[key, text]] : [],
    ),
  );
}

/** Where the checker is for a locale, for the verdict beside search (the rest is derived from it: verify-hook.client.ts). */
export function checkConfig(base: string, locale: string) {
  return {
    verifyPage: sitePath(base, locale, 'verify'),
    data: `${base}verify-data.json`,
    locale,
    fallback: defaultLocale,
  };
}
