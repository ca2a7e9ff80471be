/** What Pagefind indexes for a page: its text segmented like queries are, plus title, keywords and synonyms as metadata. */
import { searchFields } from '../../config/search.ts';
import { platformFilter } from './params.ts';
import { tokenize, type Dictionary } from './dictionary.ts';
import { decodeCharacterReferences, escapeAttribute } from '../markup.ts';
import { segmentedScript, wordSegmenter, words } from './text.ts';

/**
 * Words as `Intl.Segmenter` splits a query, separated by spaces (Pagefind splits metadata on spaces
 * only); each text once and in order, so that an exact-phrase search finds a keyword as written.
 */
function fieldText(texts: readonly string[], lang: string): string {
  const seen = new Set<string>();
  const kept = texts.map((text) => spacedWords(text, lang)).filter((text) => !seen.has(text) && seen.add(text));
  return kept.join(' ');
}

/** `words(text, lang)` joined with spaces, remembered: the same synonyms and stop words recur on every page. */
const spacedWordCache = new Map<string, string>();
function spacedWords(text: string, lang: string): string {
  const key = `${lang}\0${text}`;
  let spaced = spacedWordCache.get(key);
  if (spaced === undefined) {
    spaced = words(text, lang).join(' ');
    spacedWordCache.set(key, spaced);
  }
  return spaced;
}

/**
 * The words an article is found by besides its text: its keywords, the synonyms of what the article
 * is about, and the stop words (present on every page, they never exclude one). An article is
 * about a group when a word of it is in the title or in two keywords or more: one passing keyword
 * ("deposit credited but can't withdraw") does not make a deposit article a withdrawal article.
 */
export function indexTerms(article: { title: string; keywords: readonly string[] }, dictionary: Dictionary): string {
  /** Every term of every group a text uses a word of. */
  const synonymsIn = (text: string) => new Set(tokenize(text, dictionary).flatMap((token) => token.group ?? []));
  const keywordCounts = new Map<string, number>();
  for (const keyword of article.keywords) {
    for (const term of synonymsIn(keyword)) keywordCounts.set(term, (keywordCounts.get(term) ?? 0) + 1);
  }
  const recurring = [...keywordCounts].filter(([, count]) => count >= 2).map(([term]) => term);
  const synonyms = new Set([...synonymsIn(article.title), ...recurring]);
  return fieldText([...article.keywords, ...synonyms, ...dictionary.stopwords], dictionary.lang);
}

/** Parts of a page that are not its subject, left out of the index: breadcrumbs, "last updated", previous and next. */
export const notSearched = ['.breadcrumbs', 'footer'];

/** Zero-width space: a word boundary for Pagefind's indexer that readers never see. */
const wordBreak = '\u200b';

/**
 * Marks word boundaries in Chinese (and other unspaced) text with zero-width spaces, placed where
 * `Intl.Segmenter` puts them. Pagefind's indexer would otherwise split with its own dictionary
 * (jieba), while browsers split queries with `Intl.Segmenter`: `充值` indexed whole but searched
 * as `充` `值` matches badly (Pagefind issues #1237, #659).
 */
export function segmentForIndex(text: string, lang: string): string {
  return segmentedScript.test(text) ? segmentOne(text, lang) : text;
}

/** The segments of one text, joined with zero-width spaces. */
function segmentOne(text: string, lang: string): string {
  const parts: string[] = [];
  for (const { segment } of wordSegmenter(lang).segment(text)) parts.push(segment);
  return parts.join(wordBreak);
}

/** Joins the texts segmented at once: a paragraph separator is a word boundary on both sides (UAX #29, WB3a/b). */
const separator = '\u2029';

/**
 * {@link segmentForIndex} of each text, with one call to the segmenter for them all: a page has
 * hundreds of short texts, and each `segment()` call has a fixed cost. The texts are joined with
 * {@link separator} and each segment is given back to its text by offset.
 */
export function segmentAllForIndex(texts: readonly string[], lang: string): string[] {
  const chosen = texts.filter((text) => segmentedScript.test(text));
  if (chosen.length === 0) return [...texts];
  const segmented = chosen.map((): string[] => []);
  let which = 0;
  // Where the current text ends, that is where the separator after it is.
  let end = chosen[0]?.length ?? 0;
  for (const { segment, index } of wordSegmenter(lang).segment(chosen.join(separator))) {
    if (index === end) {
      which++;
      end += separator.length + (chosen[which]?.length ?? 0);
    } else if (index + segment.length <= end) segmented[which]?.push(segment);
    // A segment across a separator would break the promise above: segment each text alone.
    else return texts.map((text) => (segmentedScript.test(text) ? segmentOne(text, lang) : text));
  }
  let next = 0;
  return texts.map((text) => (segmentedScript.test(text) ? (segmented[next++]?.join(wordBreak) ?? text) : text));
}

/** Where the first `<main>` tag starts (`indexOf` is much faster than a regular expression over a whole page), or -1. */
function mainTagAt(html: string): number {
  for (let at = html.indexOf('<main'); at >= 0; at = html.indexOf('<main', at + 1)) {
    if (/[\s>]/.test(html[at + 5] ?? '')) return at;
  }
  return -1;
}

/**
 * The part of a built page search needs, `<html>`, `<head>` and `<main>`, or the whole page when its
 * searchable part is elsewhere. The sidebar, which lists every page of the locale, is skipped before
 * parsing: parsing it for every page would make indexing grow with the square of the site's size.
 */
export function indexedParts(html: string): string {
  const start = mainTagAt(html);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = html.slice(start, end + '</main>'.length);
  if (!main.includes('data-pagefind-body') && html.includes('data-pagefind-body')) return html;
  const root = /<html[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  return `<!doctype html>${root}${head}<body>${main}</body></html>`;
}

/** Options of {@link indexEntryHtml}. */
export interface IndexEntryOptions {
  /** The dictionary of a page's language (its `<html lang>`), if it has one. */
  dictionaryFor: (lang: string) => Dictionary | undefined;
  /**
   * The id of the platform this page is the guide of: its title and keywords go to the `platform`
   * field, weighted less, so "customer service number" finds the general articles first, and the
   * page carries the `platform` filter, so a query naming the platform puts the guide first.
   */
  platform?: string | undefined;
}

/** The rest of a tag after its name: attributes, whose quoted values may hold `>`, up to the closing `>`. */
const tagRest = `[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>`;

/** A comment, a script or style element whole, a tag, or text. */
const markupTokens = new RegExp(
  `<!--[\\s\\S]*?-->|<(script|style)\\b${tagRest}[\\s\\S]*?<\\/\\1\\s*>|<\\/?[a-zA-Z]${tagRest}|[^<]+|<`,
  'g',
);
/** The first `<h1>` element, its content in group 1. */
const firstHeading = new RegExp(`<h1\\b${tagRest}([\\s\\S]*?)<\\/h1\\s*>`, 'i');
/** A comment or a tag. */
const commentOrTag = new RegExp(`<!--[\\s\\S]*?-->|<\\/?[a-zA-Z]${tagRest}`, 'g');

/** Whether a tag may match one of {@link notSearched}'s selectors: its name is one, or a class named in one is in it. */
function mayBeNotSearched(token: string): boolean {
  const name = /^<([a-zA-Z][\w-]*)/.exec(token)?.[1]?.toLowerCase();
  return notSearched.some((selector) =>
    selector.startsWith('.') ? token.includes(selector.slice(1)) : selector === name,
  );
}

/** An opening tag's name and attributes (values decoded), or `undefined` for anything else. */
function openingTag(token: string): { name: string; attributes: Map<string, string> } | undefined {
  const match = /^<([a-zA-Z][\w-]*)/.exec(token);
  if (!match?.[1]) return undefined;
  const attributes = new Map<string, string>();
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  attribute.lastIndex = match[0].length;
  for (const [, key, double, single, bare] of token.slice(0, -1).matchAll(attribute)) {
    if (key) attributes.set(key.toLowerCase(), decodeCharacterReferences(double ?? single ?? bare ?? ''));
  }
  return { name: match[1].toLowerCase(), attributes };
}

/** Whether an element matches one of {@link notSearched}'s selectors (a tag name or `.class`). */
function isNotSearched({ name, attributes }: { name: string; attributes: Map<string, string> }): boolean {
  const classes = (attributes.get('class') ?? '').split(/\s+/);
  return notSearched.some((selector) =>
    selector.startsWith('.') ? classes.includes(selector.slice(1)) : selector === name,
  );
}

/** The text of an HTML fragment: tags dropped, character references decoded. */
function textOf(fragment: string): string {
  return decodeCharacterReferences(fragment.replace(commentOrTag, ''));
}

/**
 * The HTML to hand Pagefind for one built page, or `undefined` for pages that are not searchable
 * (no `data-pagefind-body`). The page readers get is not changed: only the indexed copy leaves out
 * what is {@link notSearched}, and carries the segmented text, the clean title and the metadata.
 */
export function indexEntryHtml(html: string, { dictionaryFor, platform }: IndexEntryOptions): string | undefined {
  const part = indexedParts(html);
  if (!/<[^>]*\sdata-pagefind-body[\s=>/]/.test(part)) return undefined;
  const lang = openingTag(/<html\b[^>]*>/i.exec(part)?.[0] ?? '')?.attributes.get('lang') || 'und';
  const dictionary = dictionaryFor(lang);
  const title = textOf(firstHeading.exec(part)?.[1] ?? '').trim();
  const keywordsTag = part
    .match(/<meta\b[^>]*>/gi)
    ?.find((tag) => openingTag(tag)?.attributes.get('name') === 'keywords');
  const keywords = (openingTag(keywordsTag ?? '')?.attributes.get('content') ?? '')
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean);

  // One pass over the markup: what is not searched is marked, text in unspaced scripts is segmented
  // between character references (`&amp;` stays whole), scripts, styles and comments are kept as they are.
  const segment = dictionary?.segmentWords ?? false;
  const pieces: string[] = [];
  const toSegment: number[] = [];
  for (const [token] of part.matchAll(markupTokens)) {
    if (token.startsWith('<')) {
      const tag = token.startsWith('<!') || !mayBeNotSearched(token) ? undefined : openingTag(token);
      if (!tag || tag.name === 'script' || tag.name === 'style' || !isNotSearched(tag)) pieces.push(token);
      else {
        const end = token.endsWith('/>') ? token.length - 2 : token.length - 1;
        pieces.push(`${token.slice(0, end)} data-pagefind-ignore${token.slice(end)}`);
      }
    } else if (!segment || !segmentedScript.test(token)) pieces.push(token);
    else {
      for (const [index, piece] of token.split(/(&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/i).entries()) {
        if (index % 2 === 0 && segmentedScript.test(piece)) toSegment.push(pieces.length);
        pieces.push(piece);
      }
    }
  }
  const segmented = segmentAllForIndex(
    toSegment.map((index) => pieces[index] ?? ''),
    lang,
  );
  toSegment.forEach((at, index) => (pieces[at] = segmented[index] ?? ''));
  const marked = pieces.join('');

  const metas: string[] = [];
  const meta = (field: string, content: string, kind = 'data-pagefind-meta') =>
    metas.push(`<meta ${kind}="${field}[content]" content="${escapeAttribute(content)}">`);
  // The first h1 is the result title; set it from the unsegmented heading.
  if (title) meta('title', title);
  const heading = title ? fieldText([title], lang) : '';
  const terms = dictionary ? indexTerms({ title, keywords }, dictionary) : '';
  if (platform) {
    meta(searchFields.platform, [heading, terms].filter(Boolean).join(' '));
    meta(platformFilter, platform, 'data-pagefind-filter');
  } else {
    if (heading) meta(searchFields.heading, heading);
    if (terms) meta(searchFields.terms, terms);
  }
  const headEnd = marked.search(/<\/head\s*>/i);
  if (headEnd >= 0) return `${marked.slice(0, headEnd)}${metas.join('')}${marked.slice(headEnd)}`;
  const htmlTag = /<html\b[^>]*>/i.exec(marked);
  const at = htmlTag ? htmlTag.index + htmlTag[0].length : 0;
  return `${marked.slice(0, at)}<head>${metas.join('')}</head>${marked.slice(at)}`;
}
