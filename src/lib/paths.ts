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
 * Site path of a social (Open Graph) image: the article's own (`/og/en/deposits/x.png`), or the
 * locale's default one (`/og/en.png`) without `article`. The build writes the files, pages link them.
 */
export function socialImagePath(base: string, locale: string, article?: Omit<ArticleId, 'locale'>): string {
  const segments = article ? [locale, article.category, article.slug] : [locale];
  return sitePath(base, 'og', ...segments).replace(/\/$/, '.png');
}
