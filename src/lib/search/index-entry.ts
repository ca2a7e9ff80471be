/** What Pagefind indexes for a page: its text segmented like queries are, plus title, keywords and synonyms as metadata. */
import { parseHTML } from 'linkedom';
import { platformFilter } from './params.ts';
import { tokenize, type Dictionary } from './dictionary.ts';
import { needsWordSegmentation, segmentedScript, segmentWords, words } from './text.ts';

/** Metadata fields the index adds, each weighted in ranking (`searchRanking.metaWeights`). */
export const searchFields = {
  /** The page title, split into words (Pagefind's own `title` field is not split in Chinese). */
  heading: 'heading',
  /** The article's keywords, the synonyms of title and keywords, and the stop words. */
  terms: 'terms',
  /** Title, keywords and synonyms of a page about one platform, which answers queries that name it. */
  platform: 'platform',
} as const;

/**
 * Words as `Intl.Segmenter` splits a query, separated by spaces (Pagefind splits metadata on spaces
 * only); each text once and in order, so that an exact-phrase search finds a keyword as written.
 */
function fieldText(texts: readonly string[], lang: string): string {
  const seen = new Set<string>();
  const kept = texts.map((text) => words(text, lang).join(' ')).filter((text) => !seen.has(text) && seen.add(text));
  return kept.join(' ');
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
  if (!segmentedScript.test(text)) return text;
  return segmentWords(text, lang)
    .map((segment) => segment.text)
    .join(wordBreak);
}

/**
 * The part of a built page search needs, `<html>`, `<head>` and `<main>`, or the whole page when its
 * searchable part is elsewhere. The sidebar, which lists every page of the locale, is skipped before
 * parsing: parsing it for every page would make indexing grow with the square of the site's size.
 */
export function indexedParts(html: string): string {
  const start = html.search(/<main[\s>]/i);
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

/**
 * The HTML to hand Pagefind for one built page, or `undefined` for pages that are not searchable
 * (no `data-pagefind-body`). The page readers get is not changed: only the indexed copy leaves out
 * what is {@link notSearched}, and carries the segmented text, the clean title and the metadata.
 */
export function indexEntryHtml(html: string, { dictionaryFor, platform }: IndexEntryOptions): string | undefined {
  const { document } = parseHTML(indexedParts(html));
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const lang = document.documentElement.getAttribute('lang') ?? 'en';
  const dictionary = dictionaryFor(lang);
  const title = document.querySelector('h1')?.textContent.trim() ?? '';
  const keywords = (document.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? '')
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean);

  for (const element of body.querySelectorAll(notSearched.join(', '))) element.setAttribute('data-pagefind-ignore', '');

  if (needsWordSegmentation(lang)) {
    const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.tagName.toLowerCase();
      if (parent === 'script' || parent === 'style') continue;
      node.nodeValue = segmentForIndex(node.nodeValue ?? '', lang);
    }
  }

  const head = document.head;
  const meta = (field: string, content: string, kind = 'data-pagefind-meta') => {
    const element = document.createElement('meta');
    element.setAttribute(kind, `${field}[content]`);
    element.setAttribute('content', content);
    head.append(element);
  };
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
  return `<!doctype html>${document.documentElement.outerHTML}`;
}
