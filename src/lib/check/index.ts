/**
 * The writers' check: every problem of the content, with the file, the line, the field and the fix.
 * The readers (`src/readers/`) report what is wrong with one file (YAML, frontmatter, schema, place);
 * the rules here look at the text and across files. `npm run check` and the build (through the
 * `signpost:content-check` integration) both run {@link checkSite}.
 */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import type { SiteContent } from '../../readers/site-fs.ts';
import { changeLogProblems } from '../changes.ts';
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

/**
 * The change log against the platform files: every value the log lacks or still lists. Left out
 * while the log or a platform file has problems of its own (those are reported, and a platform
 * missing for that reason would read as removed).
 */
export function checkChangeLog(
  content: Pick<SiteContent, 'platforms' | 'problems' | 'changes' | 'locatePlatform'>,
): Problem[] {
  const { changes } = content;
  const platformDir = changes?.file.slice(0, changes.file.lastIndexOf('/') + 1);
  if (!changes || content.problems.some(({ file }) => platformDir !== undefined && file.startsWith(platformDir))) {
    return [];
  }
  return changeLogProblems(changes.entries, content.platforms, { log: changes.file, locate: content.locatePlatform });
}

/**
 * Every problem of the site's content: what the readers found, then what the rules find, by file.
 * The change log is compared with the platform files when the content carries it.
 */
export function checkSite(
  content: Pick<SiteContent, 'docs' | 'platforms' | 'problems'> &
    Partial<Pick<SiteContent, 'changes' | 'locatePlatform'>>,
  options?: CheckOptions,
) {
  const { changes, locatePlatform } = content;
  const problems = [
    ...content.problems,
    ...checkArticles(content.docs, options ?? siteCheckOptions(content.platforms)),
    ...(locatePlatform ? checkChangeLog({ ...content, changes, locatePlatform }) : []),
  ];
  return problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}
