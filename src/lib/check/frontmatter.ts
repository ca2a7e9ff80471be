/**
 * Frontmatter rules that need more than one file (the docs reader checks each file's fields alone):
 * platform ids that exist, one file per page, and urgent articles that open with `<DoThisNow>`.
 */
import type { ArticleSource } from '../../readers/docs.ts';
import type { Problem } from '../../readers/problems.ts';
import type { CompiledArticle } from './mdx.ts';
import { closest } from './suggest.ts';

/** The 1-based line of `key:` in the frontmatter, or of `value` in the lines under it (a list item), if written. */
export function frontmatterLine(source: string, key: string, value?: string): number | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return undefined;
  if (value === undefined) return start + 1;
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (index > start && /^\S/.test(line)) break;
    if (new RegExp(`(?:^|[\\s\\[,'"-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[\\s\\],'"])`).test(line)) {
      return index + 1;
    }
  }
  return start + 1;
}

/** `platforms:` names only platforms of content/platforms/. */
export function checkPlatformIds(article: ArticleSource, platformIds: readonly string[]): Problem[] {
  const listed = article.frontmatter?.['platforms'];
  if (!Array.isArray(listed)) return [];
  return listed
    .filter((id): id is string => typeof id === 'string' && !platformIds.includes(id))
    .map((id) => {
      const guess = closest(id, platformIds);
      return {
        file: article.file,
        line: frontmatterLine(article.source, 'platforms', id),
        field: 'platforms',
        message: `"${id}" is not a platform${guess ? `; did you mean \`${guess}\`?` : ''} Use ids of files in content/platforms/: ${platformIds.join(', ')}`,
      };
    });
}

/** Two files for one page (`slug.md` beside `slug.mdx`): the build would keep one and drop the other. */
export function checkOneFilePerPage(articles: readonly ArticleSource[]): Problem[] {
  const byId = new Map<string, ArticleSource[]>();
  for (const article of articles) {
    if (article.id) byId.set(article.id, [...(byId.get(article.id) ?? []), article]);
  }
  return [...byId.values()]
    .filter((files) => files.length > 1)
    .flatMap(([first, ...others]) =>
      others.map((other) => ({
        file: other.file,
        line: 1,
        field: 'path',
        message: `${other.file} and ${first?.file ?? ''} are the same page (${other.id ?? ''}); keep one file per page, as .mdx, and delete the other`,
      })),
    );
}

/** `urgent: true` articles open with `<DoThisNow>`, before any heading: readers act first, read after. */
export function checkUrgentOpening(article: ArticleSource, compiled: CompiledArticle | undefined): Problem[] {
  if (article.frontmatter?.['urgent'] !== true || !compiled) return [];
  const { doThisNowLine, firstHeadingLine } = compiled;
  if (doThisNowLine === undefined) {
    return [
      {
        file: article.file,
        line: frontmatterLine(article.source, 'urgent'),
        field: 'urgent',
        message:
          '`urgent: true` articles open with <DoThisNow>: add it before the first heading, with the first steps as a numbered list (and import it), or remove `urgent: true`',
      },
    ];
  }
  if (firstHeadingLine !== undefined && firstHeadingLine < doThisNowLine) {
    return [
      {
        file: article.file,
        line: doThisNowLine,
        field: 'urgent',
        message: `\`urgent: true\` articles open with <DoThisNow>: move it above the first heading (line ${firstHeadingLine})`,
      },
    ];
  }
  return [];
}
