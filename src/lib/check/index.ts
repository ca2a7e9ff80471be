/**
 * The writers' check: every problem of the content, with the file, the line, the field and the fix.
 * The readers (`src/readers/`) report what is wrong with one file (YAML, frontmatter, schema, place);
 * the rules here look at the text and across files. `npm run check` and the build (through the
 * `signpost:content-check` integration) both run {@link checkSite}.
 */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import type { SiteContent } from '../../readers/site-fs.ts';
import { checkLinks, checkTranslations } from './links.ts';
import { siteCheckOptions, type CheckOptions } from './options.ts';
import { lintBody } from './prose.ts';

export type { CheckOptions };

/** The rules over articles: each body, then translations and links across files. */
export function checkArticles(articles: readonly ArticleSource[], options: CheckOptions): Problem[] {
  return [
    ...articles.filter((article) => article.id !== undefined).flatMap((article) => lintBody(article, options)),
    ...checkTranslations(articles, options),
    ...checkLinks(articles, options),
  ];
}

/** Every problem of the site's content: what the readers found, then what the rules find, by file. */
export function checkSite(content: Pick<SiteContent, 'docs' | 'platforms' | 'problems'>, options?: CheckOptions) {
  const problems = [
    ...content.problems,
    ...checkArticles(content.docs, options ?? siteCheckOptions(content.platforms)),
  ];
  return problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}
