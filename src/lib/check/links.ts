/** Cross-file rules of the writers' check: every translation has an original, every internal link leads to a page. */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import type { CheckOptions } from './options.ts';

/**
 * Every translation has an original in the default locale under the same slug. An original without
 * a translation is fine: the page falls back to it, with Starlight's notice.
 */
export function checkTranslations(articles: readonly ArticleSource[], options: CheckOptions): Problem[] {
  const key = (article: ArticleSource) => `${article.category}/${article.slug}`;
  const originals = new Set(articles.filter((a) => a.locale === options.defaultLocale).map(key));
  return articles
    .filter((article) => article.id && article.locale !== options.defaultLocale && !originals.has(key(article)))
    .map((article) => ({
      file: article.file,
      field: 'path',
      message: `there is no ${options.defaultLocale} original at content/docs/${options.defaultLocale}/${key(article)}.mdx; slugs must be the same in every locale, so rename this file or add the original`,
    }));
}

const markdownLink = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|href=["']([^"']+)["']/g;

/** Internal links (relative or root-absolute) must point at a page the site builds: another article (in any locale, translated or not) or a site page. */
export function checkLinks(articles: readonly ArticleSource[], options: CheckOptions): Problem[] {
  const known = new Set(options.pages);
  // Every original is built in every locale: translated, or as a fallback page.
  const placed = articles.filter((article) => article.id !== undefined);
  for (const article of placed) {
    const locales = article.locale === options.defaultLocale ? options.locales : [article.locale];
    for (const locale of locales) known.add(`/${locale}/${article.category}/${article.slug}/`);
  }
  const problems: Problem[] = [];
  for (const article of placed) {
    const page = new URL(`https://site.invalid/${article.locale}/${article.category}/${article.slug}/`);
    const lines = article.body.split('\n');
    lines.forEach((text, index) => {
      for (const match of text.matchAll(markdownLink)) {
        const target = match[1] ?? match[2] ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) continue;
        const url = new URL(target, page);
        const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
        if (known.has(path) || /\.[a-z0-9]+$/i.test(url.pathname)) continue;
        problems.push({
          file: article.file,
          line: article.bodyLine + index,
          field: 'link',
          message: `"${target}" leads to ${path}, which is not a page of this site; ${suggest(path, known)}`,
        });
      }
    });
  }
  return problems;
}

/** Suggests the closest existing page by slug, or how to write links. */
function suggest(path: string, known: ReadonlySet<string>): string {
  const slug = path.split('/').filter(Boolean).at(-1) ?? '';
  const match = [...known].find((page) => page.endsWith(`/${slug}/`));
  if (match) return `did you mean ${match}? Write links relative to this page, e.g. ../${slug}/`;
  return 'check the slug, or write links relative to this page, e.g. ../other-article/';
}
