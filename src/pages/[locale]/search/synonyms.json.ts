/** `/<locale>/search/synonyms.json`: the locale's synonym dictionary, which the search dialog loads when it is opened. */
import type { APIRoute } from 'astro';
import { isLocale } from '../../../config/locales.ts';
import { searchDictionary } from '../../../data/search-dictionary.ts';
import { localePaths } from '../../../data/locale-paths.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const { locale = '' } = params;
  if (!isLocale(locale)) throw new Error(`[search dictionary] unknown locale "${locale}"`);
  return new Response(JSON.stringify(await searchDictionary(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
