/** Each locale's synonym dictionary for pages and endpoints (Astro side): the results page and the search dialog's JSON. */
import { getCollection } from 'astro:content';
import type { Locale } from '../config/locales.ts';
import { parseSearchDictionary } from '../config/search.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';

// Read through Vite, so the files are found from the built pages too.
const sources = import.meta.glob<string>('/content/search/synonyms.*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The compiled dictionary of `locale`, knowing the platforms' names; throws when its file is missing or invalid. */
export async function searchDictionary(locale: Locale): Promise<Dictionary> {
  const source = sources[`/content/search/synonyms.${locale}.yaml`];
  if (source === undefined) {
    throw new Error(
      `[search dictionary] content/search/synonyms.${locale}.yaml is missing: copy synonyms.en.yaml to this name and write the groups.`,
    );
  }
  const platforms = (await getCollection('platforms')).map(({ data }) => ({ id: data.id, name: data.name }));
  return parseSearchDictionary(source, locale, platforms);
}
