import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localeConfig, localeIds } from '../../src/config/locales.ts';
import { checkArticles } from '../../src/lib/check/index.ts';
import { siteCheckOptions } from '../../src/lib/check/options.ts';
import { parseArticleId } from '../../src/lib/paths.ts';
import { parseArticle, splitFrontmatter } from '../../src/readers/docs.ts';
import { readDocs } from '../../src/readers/docs-fs.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { syntheticArticles, uniqueSentence, uniqueWord } from '../../scripts/lib/synthetic.ts';

const real = readDocs(fileURLToPath(new URL('../../content/docs/', import.meta.url))).value;
const options = { locales: localeIds, exclude: ['platforms'] };
const checkOptions = siteCheckOptions(loadPlatforms());
const idOf = (path: string) => parseArticleId(path.replace(/\.mdx?$/, ''));

describe('syntheticArticles', () => {
  const pages = syntheticArticles(real, { ...options, pages: 200 });

  it('makes the pages asked for in the default locale, and the translations there are in the others', () => {
    const slugs = (locale: string) =>
      pages
        .filter((page) => idOf(page.path)?.locale === locale)
        .map((page) => page.path.slice(locale.length))
        .sort();
    const [first = '', ...others] = localeIds;
    expect(slugs(first)).toHaveLength(200 / localeIds.length);
    for (const locale of others) expect(slugs(first)).toEqual(expect.arrayContaining(slugs(locale)));
  });

  it('gives every page its own path, title and unique sentence, and leaves the excluded category out', () => {
    expect(new Set(pages.map((page) => page.path)).size).toBe(pages.length);
    expect(pages.some((page) => idOf(page.path)?.category === 'platforms')).toBe(false);
    for (const locale of localeIds) {
      const ofLocale = pages.filter((page) => idOf(page.path)?.locale === locale);
      const titles = ofLocale.map((page) => splitFrontmatter(page.source).data?.['title']);
      expect(new Set(titles).size).toBe(ofLocale.length);
    }
    // The real articles come first, then numbered copies fill the rest: how many depends on how many articles exist.
    const copies = pages.filter((page) => /-\d+\.mdx?$/.test(page.path));
    const originals = real.filter(({ path }) => idOf(path) && idOf(path)?.category !== 'platforms').length;
    expect(copies.length).toBe(pages.length - Math.min(originals, pages.length));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.source).toMatch(/Reference \d+: the archive word of this page is [a-z]+\.|参考编号 \d+：/);
      expect(splitFrontmatter(copy.source).data?.['urgent']).toBeUndefined();
    }
  });

  it('passes the writers’ check (schema, parity, links, lint), also when real articles are left out', async () => {
    for (const size of [40, 200]) {
      const articles = syntheticArticles(real, { ...options, pages: size }).map((file) =>
        parseArticle(file.source, file.path, 'synthetic/'),
      );
      const problems = [
        ...articles.flatMap((article) => article.problems),
        ...(await checkArticles(articles, checkOptions)),
      ];
      expect(problems).toEqual([]);
    }
  });

  it('turns links to articles left out into text and keeps the others', () => {
    const files = [
      { path: 'en/a/one.mdx', source: '---\ntitle: One\n---\nSee [two](../two/) and [help](../../contact/).\n' },
      { path: 'en/a/two.mdx', source: '---\ntitle: Two\n---\nSee [one](../one/).\n' },
    ];
    const [one] = syntheticArticles(files, { pages: 1, locales: ['en'] });
    expect(one?.source).toContain('See two and [help](../../contact/).');
    const [first, , copy] = syntheticArticles(files, { pages: 3, locales: ['en'] });
    expect(first?.source).toContain('[two](../two/)');
    expect(copy?.path).toBe('en/a/one-1.mdx');
    expect(copy?.source).toMatch(/^---\ntitle: "One 1"\n---\n/);
  });

  it('refuses fewer pages than locales', () => {
    expect(() => syntheticArticles(real, { ...options, pages: 1 })).toThrow(/fewer than one per locale/);
  });
});

describe('uniqueWord and uniqueSentence', () => {
  it('give a different word for every number, Latin or Han, in a sentence each locale’s check accepts', () => {
    for (const han of [false, true]) {
      const words = Array.from({ length: 5000 }, (_, n) => uniqueWord(n, han));
      expect(new Set(words).size).toBe(5000);
    }
    for (const locale of localeIds) {
      const { segmentWords, script } = localeConfig(locale);
      const sentence = uniqueSentence(12, locale);
      if (segmentWords) expect(sentence).not.toMatch(/[A-Za-z]/);
      else if (script === 'Latn') expect(sentence).toContain(uniqueWord(12, false));
      else expect(sentence).toContain(`\`${uniqueWord(12, false)}\``);
    }
    expect(() => uniqueWord(16 ** 4, false)).toThrow();
  });
});
