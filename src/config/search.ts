/** Search settings: Pagefind's ranking and each locale's synonym dictionary (build-time, Node only). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileDictionary, type Dictionary, type PlatformName } from '../lib/search/dictionary.ts';
import { loadPlatforms } from '../readers/platforms-fs.ts';
import { searchFields } from '../lib/search/index-entry.ts';
import { searchDictionarySchema } from '../schemas/search.ts';
import { locales, type Locale } from './locales.ts';

/** Where the synonym dictionaries live, relative to the project root. */
export const searchDictionaryDir = new URL('../../content/search/', import.meta.url);

/** Starlight's default Pagefind ranking: what plain Starlight's search dialog uses. */
export const starlightRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
};

/**
 * Pagefind's ranking, for the header's search dialog and the results page alike: Starlight's, and
 * `metaWeights` to boost pages whose title (`heading`, split into words in every language) or
 * whose keywords and synonyms (`terms`) contain the query's words; less for a platform guide's
 * (`platform`), which should lead only when the query names the platform. Pagefind's own `title`
 * field is left out: in Chinese it holds the whole title as one word. Tuned with `npm run search:eval`.
 */
export const searchRanking = {
  ...starlightRanking,
  metaWeights: { title: 0, [searchFields.heading]: 5, [searchFields.terms]: 8, [searchFields.platform]: 2 },
};

/**
 * Validates and compiles one locale's synonym dictionary from its YAML, with the platforms whose
 * names it should recognise; throws with the file, the place and the fix.
 */
export function parseSearchDictionary(source: string, locale: Locale, platforms: readonly PlatformName[]): Dictionary {
  const path = `content/search/synonyms.${locale}.yaml`;
  let raw: unknown;
  try {
    raw = parse(source);
  } catch (error) {
    throw new Error(`${path}: not valid YAML (${(error as Error).message.split('\n')[0] ?? ''}).`, { cause: error });
  }
  const result = searchDictionarySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${path}: ${problems.join('; ')}.`);
  }
  return compileDictionary(result.data, locales[locale], platforms);
}

/** Reads one locale's synonym dictionary from `content/search/` with the platforms of `content/platforms/` (Node). */
export function loadSearchDictionary(
  locale: Locale,
  dir: URL = searchDictionaryDir,
  platforms: readonly PlatformName[] = loadPlatforms(),
): Dictionary {
  let source: string;
  try {
    source = readFileSync(new URL(`synonyms.${locale}.yaml`, dir), 'utf8');
  } catch (error) {
    throw new Error(
      `content/search/synonyms.${locale}.yaml: cannot read the synonym dictionary (${(error as Error).message}). ` +
        'Copy content/search/synonyms.en.yaml to this name and write the groups readers of this language use.',
      { cause: error },
    );
  }
  return parseSearchDictionary(source, locale, platforms);
}
