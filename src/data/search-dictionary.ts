/** Each locale's synonym dictionary for pages and endpoints (Astro side): the results page and the search dialog's JSON. */
import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '../config/locales.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';
import { compileSearchDictionary } from '../readers/search.ts';

const compiled = new Map<Locale, Promise<Dictionary>>();

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
