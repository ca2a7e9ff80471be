/** `content/search/synonyms.<locale>.yaml`: one locale's synonym groups and stop words, validated (pure). */
import { locales, type Locale } from '../config/locales.ts';
import { compileDictionary, type Dictionary, type PlatformName } from '../lib/search/dictionary.ts';
import { searchDictionarySchema, type SearchDictionaryData } from '../schemas/search.ts';
import { parseYamlWith } from './yaml.ts';

/** Validates one synonym dictionary; throws a `ContentError` with the file, the line, the place and the fix. */
export function parseSearchDictionary(text: string, file: string): SearchDictionaryData {
  return parseYamlWith(text, file, searchDictionarySchema);
}

/** A locale's dictionary compiled for matching, knowing the platforms' names (for pages, the index and tests). */
export function compileSearchDictionary(
  locale: Locale,
  data: SearchDictionaryData,
  platforms: readonly PlatformName[],
): Dictionary {
  const names = platforms.map(({ id, name }) => ({ id, name }));
  return compileDictionary(data, locales[locale], names);
}
