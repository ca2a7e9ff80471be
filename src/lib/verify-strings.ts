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

/** Where the checker's data and a locale's words are, and where its result links go: for the verdict beside search. */
export function checkConfig(base: string, locale: string) {
  return {
    dataUrl: `${base}verify-data.json`,
    stringsUrl: `${sitePath(base, locale, 'verify')}strings.json`,
    verifyPage: sitePath(base, locale, 'verify'),
    contact: sitePath(base, locale, 'contact'),
    scammed: sitePath(base, locale, 'safety', 'if-you-were-scammed'),
    locale,
    fallback: defaultLocale,
  };
}
