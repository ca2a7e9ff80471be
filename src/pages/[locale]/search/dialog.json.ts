/**
 * `/<locale>/search/dialog.json`: the words the header's search dialog shows around its results
 * (counts, states, "more", the help links when nothing matches). Fetched with search when the reader
 * heads for it, so that no page carries them.
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { isLocale, locales } from '../../../config/locales.ts';
import { localePaths } from '../../../data/locale-paths.ts';
import { sitePath } from '../../../lib/paths.ts';
import type { DialogText } from '../../../lib/search/config.ts';
import { checkConfig } from '../../../lib/verify-strings.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] ?? '';
  if (!isLocale(locale)) throw new Error(`[search dialog] unknown locale "${locale}"`);
  const t = (await getEntry('i18n', locales[locale].lang))?.data;
  if (!t) throw new Error(`[search dialog] no UI strings for locale "${locale}"; add content/i18n/${locale}.json`);
  const base = import.meta.env.BASE_URL;
  const text: DialogText = {
    strings: {
      searching: t['searchPage.searching'],
      found: t['searchPage.found'],
      foundOne: t['searchPage.foundOne'],
      none: t['searchPage.none'],
      error: t['searchPage.error'],
    },
    more: t['searchPage.more'],
    help: [
      { href: sitePath(base, locale, 'contact'), text: t['home.contactLink'] },
      { href: sitePath(base, locale, 'verify'), text: t['home.verifyLink'] },
    ],
    check: checkConfig(base, locale),
  };
  return new Response(JSON.stringify(text), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
