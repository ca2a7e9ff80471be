/** URL paths inside the site, so every link honours the deployment base. */

/** Joins the base (`/` or `/help/`) and path segments into a path with one trailing slash. */
export function sitePath(base: string, ...segments: string[]): string {
  const parts = [base, ...segments].flatMap((part) => part.split('/')).filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** The parts of an article id such as `en/get-help/support-ladder`. */
export interface ArticleId {
  locale: string;
  category: string;
  slug: string;
}

/** Splits a docs entry id into locale, category and slug; `undefined` if it is not `<l>/<c>/<s>`. */
export function parseArticleId(id: string): ArticleId | undefined {
  const parts = id.replace(/^\/+|\/+$/g, '').split('/');
  if (parts.length !== 3 || parts.some((part) => !part)) return undefined;
  const [locale, category, slug] = parts as [string, string, string];
  return { locale, category, slug };
}

/** The first path segment after the base (`/help/zh-cn/contact/` → `zh-cn`), or `''`. */
export function firstSegment(pathname: string, base: string): string {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return rest.replace(/^\/+/, '').split('/')[0] ?? '';
}

/**
 * The file a built page is written to, relative to the output directory, from its URL path: the
 * base is dropped, `/en/contact/` is `en/contact/index.html` (Astro's `directory` format), and
 * `/404/` is `404.html`.
 */
export function outputFile(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const rest = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  const path = decodeURIComponent(rest).replace(/^\/+/, '');
  // Error pages are written as `404.html` and `500.html`, whatever the trailing slash setting.
  const error = /^(404|500)\/?$/.exec(path)?.[1];
  if (error) return `${error}.html`;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

/** The category of platform guides: `platforms/<platform id>`. */
export const guideCategory = 'platforms';

/** The platform an article is the guide of (its slug in the `platforms` category), or `undefined`. */
export function guideOf(article: ArticleId | undefined): string | undefined {
  return article?.category === guideCategory ? article.slug : undefined;
}

/**
 * Site paths (`/zh-cn/fees/trading-fees/`, base left out) of the pages Starlight builds from the
 * default locale because a locale has no translation: every default-locale article id missing in
 * another locale. Such pages are not indexed and not in the sitemap.
 */
export function fallbackPaths(
  articleIds: Iterable<string>,
  locales: readonly string[],
  defaultLocale: string,
): Set<string> {
  const ids = [...articleIds].flatMap((id) => parseArticleId(id) ?? []);
  const present = new Set(ids.map(({ locale, category, slug }) => `${locale}/${category}/${slug}`));
  const paths = new Set<string>();
  for (const { category, slug } of ids.filter((id) => id.locale === defaultLocale)) {
    for (const locale of locales) {
      if (!present.has(`${locale}/${category}/${slug}`)) paths.add(sitePath('/', locale, category, slug));
    }
  }
  return paths;
}

/**
 * Site path of a social (Open Graph) image: the article's own (`/og/en/deposits/x.png`), or the
 * locale's default one (`/og/en.png`) without `article`. The build writes the files, pages link them.
 */
export function socialImagePath(base: string, locale: string, article?: Omit<ArticleId, 'locale'>): string {
  const segments = article ? [locale, article.category, article.slug] : [locale];
  return sitePath(base, 'og', ...segments).replace(/\/$/, '.png');
}
