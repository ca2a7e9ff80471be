/** Each locale's synonym dictionary for pages and endpoints (Astro side): compiled, and in the shards search fetches. */
import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../config/locales.ts';
import { dictionaryShardBytes } from '../config/search.ts';
import { shardCount, shardDictionary, type Dictionary, type DictionaryShard } from '../lib/search/dictionary.ts';
import { compileSearchDictionary } from '../readers/search.ts';

const compiled = new Map<Locale, Promise<Dictionary>>();
const sharded = new Map<Locale, Promise<DictionaryShard[]>>();

/** The compiled dictionary of `locale`, knowing the platforms' names, made once per build. */
export function searchDictionary(locale: Locale): Promise<Dictionary> {
  let dictionary = compiled.get(locale);
  if (!dictionary) {
    dictionary = (async () => {
      const entry = await getEntry('search', locale);
      // A missing or invalid file stops the build in the writers' check, with the file and the fix.
      if (!entry) throw new Error(`[search dictionary] no valid content/search/synonyms.${locale}.yaml`);
      const platforms = (await getCollection('platforms')).map(({ data }) => data);
      return compileSearchDictionary(locale, entry.data, platforms);
    })();
    compiled.set(locale, dictionary);
  }
  return dictionary;
}

/** The dictionary of `locale` in shards of about {@link dictionaryShardBytes} each, as `/<locale>/search/synonyms/<n>.json` serves them. */
export function searchDictionaryShards(locale: Locale): Promise<DictionaryShard[]> {
  let shards = sharded.get(locale);
  if (!shards) {
    shards = searchDictionary(locale).then((dictionary) =>
      shardDictionary(dictionary, shardCount(dictionary, dictionaryShardBytes)),
    );
    sharded.set(locale, shards);
  }
  return shards;
}
