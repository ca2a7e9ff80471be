/**
 * The writers' check: every problem of the content, with the file, the line, the field and the fix.
 * The readers (`src/readers/`) report what is wrong with one file (YAML, frontmatter schema, place);
 * the rules here look at the text, compile each article as the build does, and look across files.
 * `npm run check` and the build (through the `signpost:content-check` integration) both run
 * {@link checkSite}.
 */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import type { SiteContent } from '../../readers/site-fs.ts';
import { changeLogProblems } from '../changes.ts';
import { checkFactAges } from './age.ts';
import { checkContactDetails } from './contacts.ts';
import { checkOneFilePerPage, checkPlatformIds, checkUrgentOpening } from './frontmatter.ts';
import { checkLinks, checkTranslations } from './links.ts';
import { compileArticle, type CompiledArticle } from './mdx.ts';
import { siteCheckOptions, type CheckOptions } from './options.ts';
import { lintBody } from './prose.ts';
import { checkTerms } from './terms.ts';

export type { CheckOptions };

/** Ids every page has besides its headings: Starlight's "Overview" link to the top. */
const pageAnchors = ['_top'];

/** The rules over articles: each file's text and MDX, then frontmatter, translations and links across files. */
export async function checkArticles(articles: readonly ArticleSource[], options: CheckOptions): Promise<Problem[]> {
  const placed = articles.filter((article) => article.id !== undefined);
  const platformIds = options.platformIds ?? [];
  const compiled = new Map<ArticleSource, CompiledArticle>();
  for (const article of placed) {
    compiled.set(article, await compileArticle({ file: article.file, source: article.source }, { platformIds }));
  }
  const anchors = new Map<string, string[]>();
  for (const [article, result] of compiled) anchors.set(article.id ?? '', [...pageAnchors, ...result.anchors]);
  return [
    ...placed.flatMap((article) => [
      ...(compiled.get(article)?.problems ?? []),
      ...lintBody(article, options),
      ...checkContactDetails(article),
      ...checkTerms(article, options.terms?.get(article.locale)),
      ...(options.platformIds ? checkPlatformIds(article, options.platformIds) : []),
      ...checkUrgentOpening(article, compiled.get(article)),
    ]),
    ...checkOneFilePerPage(placed),
    ...checkTranslations(articles, options),
    ...checkLinks(articles, options, anchors),
  ];
}

/** Orders problems by file, then line and column. */
function byPlace(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
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
 * The change log is compared with the platform files, and facts checked more than a year before
 * `now` are problems, when the content carries the platform locator.
 */
export async function checkSite(
  content: Pick<SiteContent, 'docs' | 'platforms' | 'problems'> &
    Partial<Pick<SiteContent, 'glossary' | 'changes' | 'locatePlatform'>>,
  options?: CheckOptions,
  now: Date = new Date(),
): Promise<Problem[]> {
  const { changes, locatePlatform } = content;
  const problems = [
    ...content.problems,
    ...(await checkArticles(content.docs, options ?? siteCheckOptions(content.platforms, content.glossary))),
    ...(locatePlatform ? checkChangeLog({ ...content, changes, locatePlatform }) : []),
    ...(locatePlatform ? checkFactAges(content.platforms, locatePlatform, now).problems : []),
  ];
  return problems.sort(byPlace);
}

/** What the check reports without stopping: facts checked more than half a year before `now`, by file. */
export function checkSiteWarnings(
  content: Pick<SiteContent, 'platforms' | 'locatePlatform'>,
  now: Date = new Date(),
): Problem[] {
  return checkFactAges(content.platforms, content.locatePlatform, now).warnings.sort(byPlace);
}
