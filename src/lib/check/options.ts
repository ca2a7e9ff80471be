/** What the writers' check compares the content against: the site's structure and the lint lists. */
import { categories } from '../../config/categories.ts';
import { latinTermsAllowed } from '../../config/lint.ts';
import { defaultLocale, locales, localeIds } from '../../config/locales.ts';
import { sitePages } from '../../config/pages.ts';
import type { Glossary } from '../../schemas/glossary.ts';
import type { Platform } from '../../schemas/platform.ts';
import { termMatcher, type TermMatcher } from './terms.ts';

/** The site structure and lint settings the check uses (made up in tests). */
export interface CheckOptions {
  locales: readonly string[];
  defaultLocale: string;
  categories: readonly string[];
  /** Paths of pages that are not articles, without base, e.g. `/en/contact/`. */
  pages: readonly string[];
  /** Locales written in a non-Latin script, by id, with their labels: their bodies must not carry English prose. */
  nonLatinLocales?: Readonly<Record<string, string>>;
  /** Latin-script terms allowed in those bodies (product names, tickers). */
  allowedLatin?: readonly string[];
  /** Ids of the platforms (content/platforms/), for `platforms:` and component props. */
  platformIds?: readonly string[];
  /** Platform names and aliases as the data writes them (`Crypto.com`, `Gate.io`): names in the text, not addresses. */
  platformNames?: readonly string[];
  /** Each locale's glossary, ready to match (a locale without one has none). */
  terms?: ReadonlyMap<string, TermMatcher>;
}

/** This site's options: the locale and category lists, its pages (a contact page per platform), the platforms (names allowed as terms and, as written, in place of a domain; ids) and the glossaries. */
export function siteCheckOptions(
  platforms: readonly Pick<Platform, 'id' | 'name' | 'aliases'>[],
  glossary: ReadonlyMap<string, Glossary> = new Map(),
): CheckOptions {
  const names = platforms.flatMap((platform) => [platform.name, ...(platform.aliases ?? [])]);
  return {
    locales: localeIds,
    defaultLocale,
    categories,
    pages: sitePages(platforms.map((platform) => platform.id)),
    nonLatinLocales: Object.fromEntries(
      localeIds.filter((id) => locales[id].script !== 'Latn').map((id) => [id, locales[id].label]),
    ),
    // Platform names and aliases come from the channel data, so a new platform needs no lint change.
    allowedLatin: [...latinTermsAllowed, ...names],
    platformIds: platforms.map((platform) => platform.id),
    platformNames: names,
    terms: new Map([...glossary].map(([locale, terms]) => [locale, termMatcher(terms)])),
  };
}
