/** schema.org JSON-LD for articles: `Article` and `BreadcrumbList` in one graph, safe to embed in a script tag. */

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  url: string;
}

/** What an `Article` object needs. */
export interface ArticleMeta {
  title: string;
  description: string;
  url: string;
  lang: string;
  updated: Date;
  siteName: string;
  siteUrl: string;
  image?: string | undefined;
}

/** The `Article` object (a graph node: {@link jsonLdGraph} adds the context). */
export function articleJsonLd(meta: ArticleMeta): Record<string, unknown> {
  return {
    '@type': 'Article',
    headline: meta.title,
    description: meta.description,
    inLanguage: meta.lang,
    url: meta.url,
    mainEntityOfPage: meta.url,
    dateModified: meta.updated.toISOString(),
    ...(meta.image ? { image: meta.image } : {}),
    publisher: { '@type': 'Organization', name: meta.siteName, url: meta.siteUrl },
  };
}

/** The `BreadcrumbList` object, positions counted from 1 (a graph node, like {@link articleJsonLd}). */
export function breadcrumbJsonLd(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** One JSON-LD document holding several objects: one script tag and one `@context` for all of them. */
export function jsonLdGraph(nodes: readonly Record<string, unknown>[]): Record<string, unknown> {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text cannot close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
