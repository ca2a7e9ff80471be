/** The writers' check: frontmatter, file placement, translations with an original, and internal links. */
import { articleSchema } from '../schemas/article.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseArticleId } from './paths.ts';
import { parse as parseHost } from 'tldts-icann';

/** An article file as read from disk: its path relative to `content/docs/` and its text. */
export interface SourceFile {
  path: string;
  source: string;
}

/** One problem, with the file, the field (or link) and the fix. */
export interface Problem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
}

/** The site structure the check compares against. */
export interface CheckOptions {
  locales: readonly string[];
  defaultLocale: string;
  categories: readonly string[];
  /** Paths of pages that are not articles, without base, e.g. `/en/contact/`. */
  pages: readonly string[];
  /** Prefix of paths in messages, e.g. `content/docs/`. */
  root?: string;
  /** Locales written in a non-Latin script, by id, with their labels: their bodies must not carry English prose. */
  nonLatinLocales?: Readonly<Record<string, string>>;
  /** Latin-script terms allowed in those bodies (product names, tickers). */
  allowedLatin?: readonly string[];
}

interface Parsed {
  file: string;
  locale: string;
  category: string;
  slug: string;
  body: string;
  bodyLine: number;
}

/** Runs every check and returns the problems found (empty when the content is fine). */
export function checkContent(files: readonly SourceFile[], options: CheckOptions): Problem[] {
  const root = options.root ?? 'content/docs/';
  const problems: Problem[] = [];
  const parsed: Parsed[] = [];
  for (const { path, source } of files) {
    const file = root + path;
    const article = checkFile(file, path, source, options, problems);
    if (article) parsed.push(article);
  }
  problems.push(...checkParity(parsed, options));
  problems.push(...checkLinks(parsed, options));
  return problems;
}

/** Frontmatter and placement of one file; returns what the cross-file checks need. */
function checkFile(
  file: string,
  path: string,
  source: string,
  options: CheckOptions,
  problems: Problem[],
): Parsed | undefined {
  const id = parseArticleId(path.replace(/\.mdx?$/, ''));
  if (!id) {
    problems.push({
      file,
      field: 'path',
      message: 'articles live at content/docs/<locale>/<category>/<slug>.mdx; move the file there',
    });
    return undefined;
  }
  if (!options.locales.includes(id.locale)) {
    problems.push({
      file,
      field: 'path',
      message: `"${id.locale}" is not a locale; use a folder named after one of: ${options.locales.join(', ')} (src/config/locales.ts)`,
    });
  }
  let split;
  try {
    split = splitFrontmatter(source);
  } catch (error) {
    problems.push({
      file,
      field: 'frontmatter',
      message: `the YAML frontmatter is malformed: ${(error as Error).message}`,
    });
    return undefined;
  }
  if (!split.data) {
    problems.push({
      file,
      line: 1,
      field: 'frontmatter',
      message:
        'the file has no frontmatter; start it with a `---` block holding title, description, category, keywords and updated',
    });
    return undefined;
  }
  const result = articleSchema.safeParse(split.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || 'frontmatter';
      problems.push({ file, line: lineOf(source, String(issue.path[0] ?? '')), field, message: issue.message });
    }
  }
  const category = typeof split.data['category'] === 'string' ? split.data['category'] : undefined;
  if (category && options.categories.includes(category) && category !== id.category) {
    problems.push({
      file,
      line: lineOf(source, 'category'),
      field: 'category',
      message: `the file is in the "${id.category}" folder but says \`category: ${category}\`; move the file or fix the field`,
    });
  }
  if (!options.categories.includes(id.category)) {
    problems.push({
      file,
      field: 'path',
      message: `"${id.category}" is not a category folder; use one of: ${options.categories.join(', ')}`,
    });
  }
  problems.push(...lintBody(file, id.locale, split.body, split.bodyLine, options));
  return { file, ...id, body: split.body, bodyLine: split.bodyLine };
}

/**
 * Every translation has an original in the default locale under the same slug. An original without
 * a translation is fine: the page falls back to it, with Starlight's notice.
 */
function checkParity(articles: readonly Parsed[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const key = (article: Parsed) => `${article.category}/${article.slug}`;
  const originals = new Set(articles.filter((a) => a.locale === options.defaultLocale).map(key));
  for (const article of articles) {
    if (article.locale !== options.defaultLocale && !originals.has(key(article))) {
      problems.push({
        file: article.file,
        field: 'path',
        message: `there is no ${options.defaultLocale} original at content/docs/${options.defaultLocale}/${key(article)}.mdx; slugs must be the same in every locale, so rename this file or add the original`,
      });
    }
  }
  return problems;
}

const markdownLink = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|href=["']([^"']+)["']/g;

/** Internal links (relative or root-absolute) must point at a page the site builds. */
function checkLinks(articles: readonly Parsed[], options: CheckOptions): Problem[] {
  const known = new Set(options.pages);
  // Every original is built in every locale: translated, or as a fallback page.
  for (const article of articles) {
    const locales = article.locale === options.defaultLocale ? options.locales : [article.locale];
    for (const locale of locales) known.add(`/${locale}/${article.category}/${article.slug}/`);
  }
  const problems: Problem[] = [];
  for (const article of articles) {
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

/** 1-based line of `field:` in the frontmatter, if it is there. */
function lineOf(source: string, field: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.startsWith(`${field}:`));
  return index >= 0 ? index + 1 : undefined;
}

/** Prose lines of a body with code, imports, JSX tags and link targets blanked out, keeping line numbers. */
export function proseLines(body: string): string[] {
  let fenced = false;
  return body.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    if (fenced || /^\s*(import|export)\s/.test(line)) return '';
    return line
      .replace(/`[^`]*`/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ');
  });
}

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const url = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+?(?=[.,;:!?)]*(?:\s|$))/i;
const phone = /(?:\+|\b)\d[\d\s().-]{5,}\d\b/g;
const hostLike = /(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?![\p{L}\p{N}-])/gu;
/** Names reserved for examples (RFC 2606, RFC 6761): writers may use them to show patterns. */
const exampleNames = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/i;

/** A real domain name (ICANN suffix, not an example name), e.g. `support.platform.com`. */
function isRealDomain(text: string): boolean {
  const host = parseHost(text.toLowerCase(), { allowPrivateDomains: false });
  return Boolean(host.domain && host.isIcann && !exampleNames.test(host.hostname ?? ''));
}

/** A digit run that reads as a phone number: 7–15 digits, grouped or with a leading +, not a date. */
function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return false;
  return text.trim().startsWith('+') || /[\s().-]/.test(text.trim());
}

/** Contact details and absolute links in a body, and English prose in one of a non-Latin script. */
function lintBody(file: string, locale: string, body: string, bodyLine: number, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const allowed = new Set((options.allowedLatin ?? []).map((term) => term.toLowerCase()));
  const script = options.nonLatinLocales?.[locale];
  const rawLines = body.split('\n');
  proseLines(body).forEach((line, index) => {
    const at = { file, line: bodyLine + index };
    const emailMatch = email.exec(line);
    if (emailMatch) {
      problems.push({
        ...at,
        field: 'body',
        message: `email address "${emailMatch[0]}" written in the text; link the contact page (../../contact/) instead, where channels come from the platform data`,
      });
    }
    const urlMatch = url.exec(line);
    if (urlMatch) {
      problems.push({
        ...at,
        field: 'body',
        message: `web address "${urlMatch[0]}" written in the text; name the page in words, or link the contact page or the verifier (../../verify/)`,
      });
    }
    if (!urlMatch && !emailMatch) {
      const domain = [...line.matchAll(hostLike)].map(([text]) => text).find(isRealDomain);
      if (domain) {
        problems.push({
          ...at,
          field: 'body',
          message: `domain name "${domain}" written in the text; a platform's addresses come only from content/platforms/ (use <PlatformChannels>), and examples use names such as platform.example`,
        });
      }
    }
    for (const [match] of line.matchAll(phone)) {
      if (looksLikePhone(match)) {
        problems.push({
          ...at,
          field: 'body',
          message: `phone number "${match.trim()}" written in the text; never print a number in an article: link the contact page (../../contact/)`,
        });
      }
    }
    if (script !== undefined) {
      // Domain names (already checked above) are not prose.
      const prose = line.replace(hostLike, ' ');
      const words = (prose.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? []).filter((word) => !allowed.has(word.toLowerCase()));
      const phrase = /[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){2,}/.exec(prose);
      if (phrase || words.some((word) => word.length >= 4 && /^[A-Za-z'’-]+$/.test(word))) {
        problems.push({
          ...at,
          field: 'body',
          message: `English text "${phrase?.[0] ?? words.find((w) => w.length >= 4) ?? ''}" in a ${script} article; write it in ${script}, or add a product name to src/config/lint.ts`,
        });
      }
    }
  });
  // Links must be relative: root-absolute ones break under a sub-path, absolute ones leave the site.
  rawLines.forEach((line, index) => {
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)|href=["']([^"']+)["']/g)) {
      const target = match[1] ?? match[2] ?? '';
      const at = { file, line: bodyLine + index, field: 'link' };
      if (target.startsWith('/')) {
        problems.push({
          ...at,
          message: `"${target}" starts at the site root and breaks under a sub-path; write it relative to this page, e.g. ../../contact/`,
        });
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        problems.push({
          ...at,
          message: `"${target}" links outside the site; articles link only to Signpost pages (platform addresses come from content/platforms/)`,
        });
      }
    }
  });
  return problems;
}

/** Formats problems as `file:line  field: message`, one per line. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map(({ file, line, field, message }) => `${file}${line ? `:${line}` : ''}\n  ✗ ${field}: ${message}`)
    .join('\n');
}
