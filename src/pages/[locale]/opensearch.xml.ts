/** `/<locale>/opensearch.xml`: lets browsers search this locale's articles from the address bar. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { isLocale, locales } from '../../config/locales.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { sitePath } from '../../lib/paths.ts';
import { openSearchDescription } from '../../lib/search/opensearch.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const locale = params['locale'] ?? '';
  if (!isLocale(locale)) throw new Error(`[opensearch.xml] unknown locale "${locale}"`);
  const strings = (await getEntry('i18n', locales[locale].lang))?.data;
  if (!strings)
    throw new Error(`[opensearch.xml] no UI strings for locale "${locale}"; add content/i18n/${locale}.json`);
  const origin = site ?? url;
  const base = import.meta.env.BASE_URL;
  const body = openSearchDescription({
    shortName: strings['site.title'],
    description: strings['searchPage.description'],
    searchUrl: new URL(sitePath(base, locale, 'search'), origin).href,
    iconUrl: new URL(`${sitePath(base)}favicon.svg`, origin).href,
    lang: locales[locale].lang,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
