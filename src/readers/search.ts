/** `content/search/synonyms.<locale>.yaml`: one locale's synonym groups and stop words, validated (pure). */
import { locales, type Locale } from '../config/locales.ts';
import { compileDictionary, type Dictionary, type PlatformName } from '../lib/search/dictionary.ts';
import { searchDictionarySchema, type SearchDictionaryData } from '../schemas/search.ts';
import { ContentError, type Problem } from './problems.ts';
import { readYaml } from './yaml.ts';

/** Validates one synonym dictionary; throws a {@link ContentError} with the file, the line, the place and the fix. */
export function parseSearchDictionary(text: string, file: string): SearchDictionaryData {
  const { data, lineOf } = readYaml(text, file);
  const result = searchDictionarySchema.safeParse(data);
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => ({
      file,
      line: lineOf(issue.path),
      field: issue.path.join('.') || '(file)',
      message: issue.message,
    }));
    throw new ContentError(`${file}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, problems);
  }
  return result.data;
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
