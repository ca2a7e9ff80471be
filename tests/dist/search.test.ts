/** The built site's search: the index Pagefind ships, the results pages, the header's dialog and the OpenSearch descriptions. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, localeIds } from '../../src/config/locales.ts';
import { loadSearchDictionary } from '../../src/readers/search-fs.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { siteUrl } from '../../src/config/site.ts';
import type { SiteSearchConfig } from '../../src/components/search/site-search.client.ts';
import type { DialogText, SearchConfig } from '../../src/lib/search/config.ts';
import { mergeShards, type DictionaryShard } from '../../src/lib/search/dictionary.ts';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { searchFields } from '../../src/config/search.ts';
import { distDir, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every page Pagefind indexed, as it stores them for results and excerpts. */
function fragments(): Fragment[] {
  const dir = join(distDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const data = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(data.slice(data.indexOf('{'))) as Fragment;
  });
}

describe('the search index', () => {
  const all = fragments();
  const page = (url: string) => {
    const found = all.find((fragment) => fragment.url === url);
    if (!found) throw new Error(`${url} is not in the search index`);
    return found;
  };

  it('is complete: every compressed file of it decompresses', () => {
    const dir = join(distDir, 'pagefind');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(pagefind|pf_meta|pf_index|pf_fragment)$/.test(file),
    );
    expect(files.some((file) => file.startsWith('wasm.'))).toBe(true);
    for (const file of files) expect(() => gunzipSync(readFileSync(join(dir, file))), file).not.toThrow();
  });

  it('holds the articles of every locale, and neither home, category nor search pages', () => {
    const urls = all.map((fragment) => fragment.url);
    for (const locale of localeIds) {
      expect(urls).toContain(`/${locale}/deposits/deposit-not-received/`);
      expect(urls).not.toContain(`/${locale}/`);
      expect(urls).not.toContain(`/${locale}/deposits/`);
      expect(urls).not.toContain(`/${locale}/search/`);
    }
  });

  it('splits Chinese text where browsers split queries, and keeps the result title as written', () => {
    const article = page('/zh-cn/deposits/deposit-not-received/');
    expect(article.content).toContain('充\u200b值\u200b没\u200b到\u200b账');
    expect(article.meta['title']).toBe(readPage('/zh-cn/deposits/deposit-not-received/').querySelector('h1')?.textContent);
    expect(article.meta[searchFields.heading]).toMatch(/^充 值 没 到 账 /);
  });

  it('weights keywords and their synonyms as metadata, which never becomes the excerpt', () => {
    const zh = page('/zh-cn/deposits/deposit-not-received/');
    // A misspelling readers type is a keyword and a synonym, never text of the page.
    expect(zh.meta[searchFields.terms]).toContain('冲 值 没 到 账');
    expect(zh.meta[searchFields.terms]).toContain('入金');
    expect(zh.content.replaceAll('\u200b', '')).not.toContain('冲值');
    const en = page('/en/deposits/deposit-not-received/');
    expect(en.meta[searchFields.terms]).toContain('deposite not recieved');
    expect(en.meta[searchFields.terms]).toContain('top up');
    expect(en.content).not.toContain('deposite');
  });

  it('leaves breadcrumbs, "last updated", previous/next and related articles out of the text', () => {
    const article = page('/en/deposits/deposit-not-received/');
    const html = readPage('/en/deposits/deposit-not-received/');
    const related = html.querySelector('.related li a')?.textContent ?? '';
    expect(related).not.toBe('');
    expect(article.content).not.toContain(related);
    expect(html.querySelector('footer')?.textContent).toContain('Last updated');
    expect(article.content).not.toContain('Last updated');
    expect(article.content.startsWith('Deposit not received')).toBe(true);
  });

  it('changes nothing in the pages readers download', () => {
    const html = readFileSync(join(distDir, 'zh-cn/deposits/deposit-not-received/index.html'), 'utf8');
    expect(html).not.toContain('\u200b');
    expect(html).not.toContain(`${searchFields.terms}[content]`);
  });
});

describe.each(localeIds)('search in %s', (locale) => {
  it('has its own Pagefind index, stemmed as the locale list says', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string | null; page_count: number } | undefined>;
    };
    const index = entry.languages[locales[locale].lang.toLowerCase()];
    expect(index?.page_count).toBeGreaterThan(0);
    expect(index?.wasm).toBe(locales[locale].stemming);
  });

  it('has a results page with a working form, suggestions and its strings, kept out of the index', () => {
    const doc = readPage(`/${locale}/search/`);
    expect(doc.documentElement.getAttribute('lang')).toBe(locales[locale].lang);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    const form = doc.querySelector('main form[role="search"]');
    expect(form?.getAttribute('action')).toBe(`/${locale}/search/`);
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[name="q"]')?.id).toBe(form?.querySelector('label')?.getAttribute('for'));
    const suggestions = [...doc.querySelectorAll('[data-search-suggestions] a')].map((a) => a.getAttribute('href'));
    expect(suggestions).toContain(`/${locale}/contact/`);
    expect(suggestions).toContain(`/${locale}/verify/`);
    expect(suggestions.filter((href) => /^\/[^/]+\/[a-z-]+\/[a-z0-9-]+\/$/.test(href ?? '')).length).toBeGreaterThanOrEqual(4);
    const config = JSON.parse(doc.querySelector('[data-search-page]')?.getAttribute('data-search-page') ?? '{}') as {
      search?: SearchConfig;
    };
    expect(config.search?.dictionary.lang).toBe(locales[locale].lang);
    // What every search needs is asked for with the page, at the addresses Pagefind fetches.
    const hints = [...doc.querySelectorAll('head link[rel="preload"], head link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    );
    expect(hints).toEqual(
      expect.arrayContaining([
        `/pagefind/${config.search?.wasm ?? ''}`,
        `/pagefind/pagefind-entry.json?ts=${config.search?.indexTag ?? ''}`,
      ]),
    );
  });

  it('gives the header’s search dialog the index’s files and the dictionary’s shards, none of which loads with the page', () => {
    const page = `/${locale}/deposits/deposit-not-received/`;
    const header = readPage(page).querySelector('site-search[data-site-search]');
    const config = JSON.parse(header?.getAttribute('data-site-search') ?? '{}') as Partial<SiteSearchConfig>;
    const search = config.search;
    expect(search?.bundlePath).toBe('/pagefind/');
    // The tag and the WebAssembly file the page preloads are the ones Pagefind uses.
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string | null }>;
    };
    expect(search?.wasm).toBe(`wasm.${entry.languages[locales[locale].lang.toLowerCase()]?.wasm ?? 'unknown'}.pagefind`);
    expect(search?.indexTag).toMatch(/^[a-z0-9]+$/);
    expect(search?.indexTag).not.toBe('dev');
    // The shards, together, are the locale's dictionary.
    const dictionary = loadSearchDictionary(locale);
    const shards = Array.from({ length: search?.dictionary.shards ?? 0 }, (_, n) =>
      JSON.parse(readFileSync(join(distDir, locale, 'search', 'synonyms', `${n}.json`), 'utf8')) as DictionaryShard,
    );
    expect(shards.length).toBeGreaterThan(1);
    const merged = mergeShards(dictionary, shards);
    expect(new Set(merged.groups.map((group) => group.join()))).toEqual(new Set(dictionary.groups.map((group) => group.join())));
    expect(new Set(merged.stopwords)).toEqual(new Set(dictionary.stopwords));
    expect(merged.platforms).toEqual(dictionary.platforms);
    // Neither Pagefind nor the dialog's own code loads with the page.
    const upFront = pageWeight(distDir, page).files;
    expect(upFront.length).toBeGreaterThan(2);
    expect(upFront.filter((file) => /pagefind|site-search-ui/.test(file))).toEqual([]);
    // The dialog's words come with search, in the locale's language, not with the page.
    expect(config.text).toBe(`/${locale}/search/dialog.json`);
    const text = JSON.parse(readFileSync(join(distDir, locale, 'search', 'dialog.json'), 'utf8')) as DialogText;
    const strings = loadUiStrings(locale);
    expect(text.strings.none).toBe(strings['searchPage.none']);
    expect(text.more).toBe(strings['searchPage.more']);
    expect(text.help.map((link) => link.href)).toEqual([`/${locale}/contact/`, `/${locale}/verify/`]);
    expect(header?.querySelector('[data-search-results], [data-search-status]')).toBeNull();
    // Until search loads, and without JavaScript, the dialog's field submits to the results page.
    const form = header?.querySelector('dialog form[role="search"]');
    expect(form?.getAttribute('action')).toBe(`/${locale}/search/`);
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
  });

  it('sends the home search box to the results page', () => {
    const form = readPage(`/${locale}/`).querySelector('main form[role="search"]');
    expect(form?.getAttribute('action')).toBe(`/${locale}/search/`);
    expect(form?.querySelector('input[name="q"][data-home-search]')).not.toBeNull();
  });

  it('describes the results page for the address bar (OpenSearch), linked from every page', () => {
    const xml = readFileSync(join(distDir, locale, 'opensearch.xml'), 'utf8');
    expect(xml).toContain('<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">');
    expect(xml).toContain(`template="${new URL(`/${locale}/search/`, siteUrl).href}?q={searchTerms}"`);
    expect(xml).toContain(`<Language>${locales[locale].lang}</Language>`);
    for (const path of [`/${locale}/`, `/${locale}/search/`, `/${locale}/accounts/reset-password/`]) {
      const link = readPage(path).querySelector('link[rel="search"]');
      expect(link?.getAttribute('type'), path).toBe('application/opensearchdescription+xml');
      expect(link?.getAttribute('href'), path).toBe(`/${locale}/opensearch.xml`);
    }
  });
});
