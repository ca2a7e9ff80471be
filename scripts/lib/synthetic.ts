/** A synthetic site of N articles made from the real ones, for the build and search benchmarks (pure). */
import { isLocale, localeConfig } from '../../src/config/locales.ts';
import type { SourceFile } from './articles.ts';
import { parseArticleId } from '../../src/lib/paths.ts';

/** Options of {@link syntheticArticles}. */
export interface SyntheticOptions {
  /** Pages in all, split evenly across the locales (rounded down to a multiple of their number). */
  pages: number;
  /** Locale ids, the default first; every page exists in each, translated where the real article is, else as a fallback. */
  locales: readonly string[];
  /** Categories left out (platform guides depend on the channel data). */
  exclude?: readonly string[];
}

const latinSyllables = ['ka', 'lo', 'mi', 'ru', 'te', 'sa', 'no', 'vi', 'ze', 'pu', 'do', 'fe', 'bi', 'gu', 'ha', 'jo'];
const hanSyllables = Array.from('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥');

/** A made-up word that is different for every `n`: four Latin syllables, or three Han characters. */
export function uniqueWord(n: number, han: boolean): string {
  const syllables = han ? hanSyllables : latinSyllables;
  const length = han ? 3 : 4;
  let rest = n;
  let word = '';
  for (let i = 0; i < length; i++) {
    word += syllables[rest % syllables.length] ?? '';
    rest = Math.floor(rest / syllables.length);
  }
  if (rest > 0) throw new Error(`uniqueWord: ${n} is more than ${syllables.length ** length} words`);
  return word;
}

/**
 * The sentence that makes page `n` findable on its own: in Chinese characters for a language written
 * without spaces, in English for one in Latin script, and for another script its number and word
 * as code, which the check's English-prose rule does not read.
 */
export function uniqueSentence(n: number, locale: string): string {
  const config = isLocale(locale) ? localeConfig(locale) : undefined;
  if (config?.segmentWords) return `参考编号 ${n}：本页的档案词是「${uniqueWord(n, true)}」。`;
  if (!config || config.script === 'Latn')
    return `Reference ${n}: the archive word of this page is ${uniqueWord(n, false)}.`;
  return `№ ${n}: \`${uniqueWord(n, false)}\``;
}

const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;
const markdownLink = /(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)/g;

/** The article id a relative link leads to, from the page `locale/category/slug`, if it is an article. */
function linkedArticle(target: string, from: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('#')) return undefined;
  const { pathname } = new URL(target, `https://site.invalid/${from}/`);
  const id = parseArticleId(decodeURIComponent(pathname));
  return id ? `${id.locale}/${id.category}/${id.slug}` : undefined;
}

/** A copy of `source` as page `n` (copy `copy` of its article): new title, no urgent flag, one unique sentence. */
function copyArticle(source: string, locale: string, n: number, copy: number): string {
  const head = frontmatter.exec(source)?.[0] ?? '';
  const title = /^title:\s*(.*)$/m.exec(head)?.[1]?.trim() ?? '';
  const plainTitle = /^["']/.test(title) ? title.slice(1, -1) : title;
  const newHead = head
    .replace(/^title:.*$/m, () => `title: ${JSON.stringify(`${plainTitle} ${copy}`)}`)
    // A real site has a few urgent articles, not one in seven.
    .replace(/^urgent:.*\r?\n/m, '');
  return `${newHead}${source.slice(head.length).trimEnd()}\n\n${uniqueSentence(n, locale)}\n`;
}

/**
 * `pages` articles from the real ones: first the real articles themselves (so their internal links
 * resolve), then numbered copies (`<slug>-<copy>`) of them in turn, each with its own title and a
 * sentence with its own number and word. Links to articles left out are turned into plain text.
 */
export function syntheticArticles(real: readonly SourceFile[], options: SyntheticOptions): SourceFile[] {
  const perLocale = Math.floor(options.pages / options.locales.length);
  if (perLocale < 1) throw new Error(`syntheticArticles: ${options.pages} pages is fewer than one per locale`);
  const exclude = new Set(options.exclude ?? []);
  const byId = new Map<string, { path: string; source: string }>();
  for (const file of real) {
    const id = parseArticleId(file.path.replace(/\.mdx?$/, ''));
    if (id && !exclude.has(id.category)) byId.set(`${id.locale}/${id.category}/${id.slug}`, file);
  }
  // Articles of the default locale (the first), as category/slug; other locales have the translations
  // there are, and the site builds the rest from the original, as it does for a real locale.
  const [first = ''] = options.locales;
  const keys = [...byId.keys()]
    .filter((id) => id.startsWith(`${first}/`))
    .map((id) => id.slice(first.length + 1))
    .sort();
  if (keys.length === 0) throw new Error(`syntheticArticles: no article in ${first}`);

  const pages: { locale: string; id: string; source: string }[] = [];
  for (let n = 0; n < perLocale; n++) {
    const key = keys[n % keys.length] ?? '';
    const copy = Math.floor(n / keys.length);
    for (const locale of options.locales) {
      const file = byId.get(`${locale}/${key}`);
      if (!file) continue;
      const extension = /\.mdx?$/.exec(file.path)?.[0] ?? '.mdx';
      const id = copy === 0 ? `${locale}/${key}` : `${locale}/${key}-${copy}`;
      const source = copy === 0 ? file.source : copyArticle(file.source, locale, n, copy);
      pages.push({ locale, id: `${id}${extension}`, source });
    }
  }
  const ids = new Set(pages.map((page) => page.id.replace(/\.mdx?$/, '')));
  if (ids.size !== pages.length) throw new Error('syntheticArticles: two pages got the same slug');
  return pages.map(({ id, source }) => {
    const from = id.replace(/\.mdx?$/, '');
    const head = frontmatter.exec(source)?.[0] ?? '';
    const body = source.slice(head.length).replace(markdownLink, (link, text: string, target: string) => {
      const article = linkedArticle(target, from);
      // A page exists when it is written, or its original is (the site builds it as a fallback).
      const built = article && (ids.has(article) || ids.has(`${first}${article.slice(article.indexOf('/'))}`));
      return article && !built ? text : link;
    });
    return { path: id, source: head + body };
  });
}
