/** `/<locale>/search/synonyms/<n>.json`: one shard of the locale's synonym dictionary; search fetches those a query's words need. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { isLocale, localeIds } from '../../../../config/locales.ts';
import { searchDictionaryShards } from '../../../../data/search-dictionary.ts';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    localeIds.map(async (locale) =>
      (await searchDictionaryShards(locale)).map((_, shard) => ({ params: { locale, shard: String(shard) } })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { locale = '', shard = '' } = params;
  if (!isLocale(locale)) throw new Error(`[search dictionary] unknown locale "${locale}"`);
  const data = (await searchDictionaryShards(locale))[Number(shard)];
  if (!data) throw new Error(`[search dictionary] no shard ${shard} in ${locale}`);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
