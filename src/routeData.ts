/** Route data middleware: a sidebar of bounded size, "last updated", keywords, the OpenSearch link, the social image, JSON-LD, noindex for fallbacks. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { defaultLocale } from './config/locales.ts';
import { sidebarGroupLimit } from './config/sidebar.ts';
import { fallbackPathSet } from './data/articles.ts';
import { withoutAlternatesTo } from './lib/alternates.ts';
import { parseArticleId, sitePath, socialImagePath } from './lib/paths.ts';
import { boundedSidebar } from './lib/sidebar.ts';
import { socialImageTags } from './lib/social-image.ts';
import { articleJsonLd, breadcrumbJsonLd, jsonForScript, jsonLdGraph } from './lib/structured-data.ts';

/** Labels of the sidebar's links to all articles of a category, by language, category and count: the same on every page. */
const allArticlesLabels = new Map<string, string>();

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { t } = context.locals;
  const { updated, keywords, category, title, description } = route.entry.data;
  const base = import.meta.env.BASE_URL;
  if (updated instanceof Date) route.lastUpdated = updated;
  route.sidebar = boundedSidebar(route.sidebar, {
    limit: sidebarGroupLimit,
    allLink: (category, count, href) => ({
      type: 'link',
      label: remembered(allArticlesLabels, `${route.locale ?? ''}\0${category}\0${count}`, () =>
        t('sidebar.allArticles', { category, count }),
      ),
      href,
      isCurrent: false,
      badge: undefined,
      attrs: { class: 'sp-sidebar-all' },
    }),
  });
  // Browsers offer to add the locale's search to the address bar.
  if (route.locale) {
    route.head.push({
      tag: 'link',
      attrs: {
        rel: 'search',
        type: 'application/opensearchdescription+xml',
        title: route.siteTitle,
        href: `${sitePath(base, route.locale)}opensearch.xml`,
      },
    });
  }
  if (keywords?.length) route.head.push({ tag: 'meta', attrs: { name: 'keywords', content: keywords.join(', ') } });
  // A page shown in the default language because its translation is missing is not indexed there,
  // and no page names it as its translation.
  if (route.isFallback) route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' } });
  route.head = withoutAlternatesTo(route.head, await fallbackPathSet(), base);

  const article = parseArticleId(route.id);
  const site = context.site;
  if (!site) return;
  // Articles have their own image (of the entry shown, which is the original on a fallback page);
  // other pages the default image of their locale. src/integrations/social-images.ts renders them.
  const shown = category ? parseArticleId(route.entry.id) : undefined;
  const image = new URL(
    shown ? socialImagePath(base, shown.locale, shown) : socialImagePath(base, route.locale ?? defaultLocale),
    site,
  ).href;
  const alt = shown ? title : t('site.tagline');
  for (const { property, content } of socialImageTags(image, alt)) {
    route.head.push({ tag: 'meta', attrs: { property, content } });
  }
  if (!article || !category || !(updated instanceof Date)) return;
  const absolute = (...segments: string[]) => new URL(sitePath(base, ...segments), site).href;
  const url = absolute(article.locale, article.category, article.slug);
  const graph = [
    articleJsonLd({
      title,
      description: description ?? '',
      url,
      lang: route.lang,
      updated,
      siteName: route.siteTitle,
      siteUrl: absolute(article.locale),
      image,
    }),
    breadcrumbJsonLd([
      { name: t('breadcrumbs.home'), url: absolute(article.locale) },
      { name: t(`category.${category}.label`), url: absolute(article.locale, category) },
      { name: title, url },
    ]),
  ];
  route.head.push({
    tag: 'script',
    attrs: { type: 'application/ld+json' },
    content: jsonForScript(jsonLdGraph(graph)),
  });
});

/** The value `make` gives, made once per key. */
function remembered(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
