/** Sitemap options: every locale with hreflang alternates, and only pages search engines should index. */
import type { SitemapOptions } from '@astrojs/sitemap';
import { defaultLocale, locales, localeIds } from './locales.ts';

/** A sitemap URL's path inside the site: base and origin left out (`/help/en/` → `/en/`). */
function sitePathOf(url: string, base: string): string {
  const { pathname } = new URL(url);
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * Whether a page belongs in the sitemap: not a page that falls back to the default language
 * (`fallbacks`: site paths without the base), not a search page nor the offline page (all `noindex`).
 */
export function sitemapFilter(base: string, fallbacks: ReadonlySet<string>): (page: string) => boolean {
  return (page) => {
    const path = sitePathOf(page, base);
    return !fallbacks.has(path) && !/^\/[^/]+\/(?:search|offline)\/$/.test(path);
  };
}

/** A sitemap entry as far as alternates go. */
interface SitemapEntry {
  url: string;
  links?: { url: string; lang: string }[] | undefined;
}

/**
 * Drops the root language picker from the alternates: it belongs to no locale, but the sitemap's
 * i18n mode would list it as a second English version of every home page, and give it alternates.
 */
export function withoutRootAlternates<T extends SitemapEntry>(item: T, base: string): T {
  const isRoot = (url: string) => sitePathOf(url, base) === '/';
  return { ...item, links: isRoot(item.url) ? [] : (item.links ?? []).filter(({ url }) => !isRoot(url)) };
}

/** Options for `@astrojs/sitemap`: Starlight's i18n alternates, {@link sitemapFilter}, {@link withoutRootAlternates}. */
export function sitemapOptions(base: string, fallbacks: ReadonlySet<string>): SitemapOptions {
  return {
    i18n: { defaultLocale, locales: Object.fromEntries(localeIds.map((id) => [id, locales[id].lang])) },
    filter: sitemapFilter(base, fallbacks),
    serialize: (item) => withoutRootAlternates(item, base),
  };
}
