/** Reads `content/search/` from disk: every locale's synonym dictionary, each validated once (Node only). */
import { readFileSync } from 'node:fs';
import { defaultLocale, localeIds, type Locale } from '../config/locales.ts';
import type { Dictionary, PlatformName } from '../lib/search/dictionary.ts';
import type { SearchDictionaryData } from '../schemas/search.ts';
import { loadPlatforms } from './platforms-fs.ts';
import { ContentError, problemsOf, type Loaded, type Problem } from './problems.ts';
import { recordRead } from './reads.ts';
import { compileSearchDictionary, parseSearchDictionary } from './search.ts';

/** Where the synonym dictionaries live, relative to the project root. */
export const searchDictionaryDir = new URL('../../content/search/', import.meta.url);

/** One locale's dictionary from `dir`, validated; throws a {@link ContentError}. */
function readLocale(locale: Locale, dir: URL): SearchDictionaryData {
  const file = `content/search/synonyms.${locale}.yaml`;
  let text: string;
  try {
    text = readFileSync(new URL(`synonyms.${locale}.yaml`, dir), 'utf8');
  } catch (error) {
    const message =
      `cannot read the synonym dictionary (${(error as Error).message}). ` +
      `Copy content/search/synonyms.${defaultLocale}.yaml to this name and write the groups readers of this language use.`;
    throw new ContentError(`${file}: ${message}`, [{ file, field: '(file)', message }], { cause: error });
  }
  return parseSearchDictionary(text, file);
}

/** The dictionary of every locale that has a valid one, and the problems of the others. */
export function readSearchDictionaries(dir: URL = searchDictionaryDir): Loaded<Map<Locale, SearchDictionaryData>> {
  recordRead('search');
  const dictionaries = new Map<Locale, SearchDictionaryData>();
  const problems: Problem[] = [];
  for (const locale of localeIds) {
    try {
      dictionaries.set(locale, readLocale(locale, dir));
    } catch (error) {
      problems.push(...problemsOf(error, `content/search/synonyms.${locale}.yaml`));
    }
  }
  return { value: dictionaries, problems };
}

/** One locale's compiled dictionary, with the platforms of `content/platforms/` unless given (scripts and tests). */
export function loadSearchDictionary(
  locale: Locale,
  dir: URL = searchDictionaryDir,
  platforms: readonly PlatformName[] = loadPlatforms(),
): Dictionary {
  recordRead('search');
  return compileSearchDictionary(locale, readLocale(locale, dir), platforms);
}
