/** Cross-file rules of the writers' check: every translation has an original, every internal link leads to a page. */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import type { CheckOptions } from './options.ts';
import { closest } from './suggest.ts';

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

/** `target` written relative to the page at `from` (both site paths ending in `/`), as articles write links: `../other/`. */
export function relativeLink(from: string, target: string): string {
  const source = from.split('/').filter(Boolean);
  const goal = target.split('/').filter(Boolean);
  let common = 0;
  while (common < source.length && common < goal.length && source[common] === goal[common]) common += 1;
  const up = source.length - common;
  const rest = goal.slice(common).join('/');
  return `${'../'.repeat(up)}${rest ? `${rest}/` : ''}` || './';
}

/**
 * Internal links (relative or root-absolute) must point at a page the site builds, in the
 * article's own language, and a `#fragment` at a heading of that page (`anchors`: by article id,
 * as the build makes them). Links to an `.mdx` file and to another language's page get the link
 * to write instead.
 */
export function checkLinks(
  articles: readonly ArticleSource[],
  options: CheckOptions,
  anchors: ReadonlyMap<string, readonly string[]> = new Map(),
): Problem[] {
  const known = new Set(options.pages);
  /** Article id of each article page path, in every locale it is built in (translated, or falling back to the original). */
  const pageIds = new Map<string, string>();
  const placed = articles.filter((article) => article.id !== undefined);
  for (const article of placed) {
    const locales = article.locale === options.defaultLocale ? options.locales : [article.locale];
    for (const locale of locales) {
      const path = `/${locale}/${article.category}/${article.slug}/`;
      known.add(path);
      // A translation's own page replaces the fallback to the original.
      if (!pageIds.has(path) || locale === article.locale) pageIds.set(path, article.id ?? '');
    }
  }
  const problems: Problem[] = [];
  for (const article of placed) {
    const here = `/${article.locale}/${article.category}/${article.slug}/`;
    const page = new URL(`https://site.invalid${here}`);
    const lines = article.body.split('\n');
    lines.forEach((text, index) => {
      for (const match of text.matchAll(markdownLink)) {
        const target = match[1] ?? match[2] ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
        const at = { file: article.file, line: article.bodyLine + index, column: match.index + 1, field: 'link' };
        const url = new URL(target, page);
        let path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
        const file = /\.mdx?$/.exec(url.pathname);
        if (file) {
          path = `${url.pathname.slice(0, file.index)}/`;
          const page = known.has(path) ? path : suggestPage(path, here, known);
          problems.push({
            ...at,
            message: `"${target}" links the source file; link the page instead${page ? `: ${relativeLink(here, page)}${url.hash}` : ', e.g. ../other-article/'}`,
          });
          continue;
        }
        if (/\.[a-z0-9]+$/i.test(url.pathname)) continue;
        if (!known.has(path)) {
          const page = suggestPage(path, here, known);
          problems.push({
            ...at,
            message: `"${target}" leads to ${path}, which is not a page of this site; ${page ? `did you mean ${page}? Write ${relativeLink(here, page)}${url.hash}` : 'check the slug, or write links relative to this page, e.g. ../other-article/'}`,
          });
          continue;
        }
        const locale = path.split('/')[1] ?? '';
        if (locale !== article.locale && options.locales.includes(locale)) {
          const own = `/${article.locale}${path.slice(locale.length + 1)}`;
          if (known.has(own)) {
            problems.push({
              ...at,
              message: `"${target}" leads to the ${locale} page; readers of this page read ${article.locale}: write ${relativeLink(here, own)}${url.hash}`,
            });
            continue;
          }
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        const id = pageIds.get(path);
        const ids = id === undefined ? undefined : anchors.get(id);
        if (fragment && ids && !ids.includes(fragment)) {
          const headings = ids.filter((anchor) => anchor !== '_top');
          const guess =
            closest(fragment, headings) ?? headings.find((anchor) => anchor.startsWith(fragment.toLowerCase()));
          problems.push({
            ...at,
            message: `"${target}": ${path} has no heading with the id "${fragment}"${guess ? `; did you mean #${guess}?` : '.'} Its headings: ${headings.map((anchor) => `#${anchor}`).join(', ') || 'none'}`,
          });
        }
      }
    });
  }
  return problems;
}

/** The page a wrong path most likely meant: the same slug in this page's locale first, then in any. */
function suggestPage(path: string, here: string, known: ReadonlySet<string>): string | undefined {
  const slug = path.split('/').filter(Boolean).at(-1) ?? '';
  const locale = here.split('/')[1] ?? '';
  const matches = [...known].filter((page) => page.endsWith(`/${slug}/`));
  return matches.find((page) => page.startsWith(`/${locale}/`)) ?? matches[0];
}
