/** `content/docs/<locale>/<category>/<slug>.mdx`: one article, its place and its frontmatter, validated (pure). */
import { categories, isCategory } from '../config/categories.ts';
import { isLocale, localeIds } from '../config/locales.ts';
import { articleSchema, unknownFieldFix, type ArticleData } from '../schemas/article.ts';
import { ContentError, type Problem } from './problems.ts';
import { readYaml } from './yaml.ts';

/** An article file as the reader leaves it: where it is, what it says, and what is wrong with it. */
export interface ArticleSource {
  /** Path under `content/docs/`, with `/`: `en/fees/trading-fees.mdx`. */
  path: string;
  /** Path for messages, from the project root: `content/docs/en/fees/trading-fees.mdx`. */
  file: string;
  /** `en/fees/trading-fees`, the collection entry id; `undefined` when the path is not `<locale>/<category>/<slug>`. */
  id: string | undefined;
  locale: string;
  category: string;
  slug: string;
  /** The whole file. */
  source: string;
  /** The frontmatter as written (`undefined` without one), for Astro's collection schema. */
  frontmatter: Record<string, unknown> | undefined;
  /** The frontmatter validated by the article schema; `undefined` when it has problems. */
  data: ArticleData | undefined;
  /** Frontmatter `sidebar.order`, if it is a number: the position in lists. */
  order: number | undefined;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** What is wrong with this file alone (place, frontmatter). */
  problems: Problem[];
}

/** The frontmatter block: `---`, the YAML, `---`. */
const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The parsed frontmatter (an object, or `undefined` without one), the body and its first line; throws on malformed YAML. */
export function splitFrontmatter(
  source: string,
  file = '(frontmatter)',
): {
  data: Record<string, unknown> | undefined;
  body: string;
  bodyLine: number;
  lineOf: (field: PropertyKey[]) => number;
} {
  const match = fence.exec(source);
  if (!match) return { data: undefined, body: source, bodyLine: 1, lineOf: () => 1 };
  // Timestamps as dates, as Astro's own frontmatter parser reads them.
  const yaml = readYaml(match[1] ?? '', file, { customTags: ['timestamp'] });
  const parsed = yaml.data;
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  // The YAML starts on line 2, after the opening `---`.
  const lineOf = (path: PropertyKey[]) => yaml.keyLineOf(path) + 1;
  return { data, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length, lineOf };
}

/** Places and ids: `en/fees/trading-fees.mdx` → locale, category, slug. */
function place(path: string): { locale: string; category: string; slug: string } | undefined {
  const parts = path.replace(/\.mdx?$/, '').split('/');
  if (parts.length !== 3 || parts.some((part) => !part)) return undefined;
  const [locale, category, slug] = parts as [string, string, string];
  return { locale, category, slug };
}

/**
 * Reads one article: `path` is its place under `content/docs/`, `root` what messages put before it.
 * Never throws: what is wrong with the file is in `problems`, each with the line, the field and the fix.
 */
export function parseArticle(text: string, path: string, root = 'content/docs/'): ArticleSource {
  const file = root + path;
  const at = place(path);
  const article: ArticleSource = {
    path,
    file,
    id: at ? `${at.locale}/${at.category}/${at.slug}` : undefined,
    locale: at?.locale ?? '',
    category: at?.category ?? '',
    slug: at?.slug ?? '',
    source: text,
    frontmatter: undefined,
    data: undefined,
    order: undefined,
    body: text,
    bodyLine: 1,
    problems: [],
  };
  const problem = (field: string, message: string, line?: number) => {
    article.problems.push({ file, line, field, message });
  };
  if (!at) {
    problem('path', 'articles live at content/docs/<locale>/<category>/<slug>.mdx; move the file there');
    return article;
  }
  if (!isLocale(at.locale)) {
    problem(
      'path',
      `"${at.locale}" is not a locale; use a folder named after one of: ${localeIds.join(', ')} (src/config/locales.ts)`,
    );
  }
  let split: ReturnType<typeof splitFrontmatter>;
  try {
    split = splitFrontmatter(text, file);
  } catch (error) {
    const reason = error instanceof ContentError ? (error.problems[0]?.message ?? error.message) : String(error);
    const line = error instanceof ContentError ? error.problems[0]?.line : undefined;
    const said = reason.replace(/^the YAML is malformed/, 'the YAML of the frontmatter is malformed');
    problem('frontmatter', said, line === undefined ? undefined : line + 1);
    return article;
  }
  const order = (split.data?.['sidebar'] as { order?: unknown } | undefined)?.order;
  Object.assign(article, {
    frontmatter: split.data,
    order: typeof order === 'number' ? order : undefined,
    body: split.body,
    bodyLine: split.bodyLine,
  });
  if (!split.data) {
    problem(
      'frontmatter',
      'the file has no frontmatter; start it with a `---` block holding title, description, category, keywords and updated',
      1,
    );
    return article;
  }
  const result = articleSchema.safeParse(split.data);
  if (result.success) article.data = result.data;
  else {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // One problem per unknown field, at its own line, with its fix ("did you mean …?").
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          problem(path.join('.'), unknownFieldFix(key, issue.path.join('.')), split.lineOf(path));
        }
      } else problem(issue.path.join('.') || 'frontmatter', issue.message, split.lineOf(issue.path));
    }
  }
  const category = split.data['category'];
  if (typeof category === 'string' && isCategory(category) && category !== at.category) {
    problem(
      'category',
      `the file is in the "${at.category}" folder but says \`category: ${category}\`; move the file or fix the field`,
      split.lineOf(['category']),
    );
  }
  if (!isCategory(at.category))
    problem('path', `"${at.category}" is not a category folder; use one of: ${categories.join(', ')}`);
  return article;
}
