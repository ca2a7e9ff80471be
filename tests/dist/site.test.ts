/** Tests over the built `dist/`: every article in every locale, with the metadata search engines need. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, localeIds } from '../../src/config/locales.ts';
import { siteUrl } from '../../src/config/site.ts';
import { builtPagePaths, distDir, readPage, requireBuild, sitemapPaths, sourceArticles } from '../helpers/site.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';

beforeAll(() => {
  requireBuild();
});

const articles = sourceArticles();
const pages = [...new Set(articles.map(({ category, slug }) => `${category}/${slug}`))];

describe.each(localeIds)('articles in %s', (locale) => {
  it.each(pages)(`/${locale}/%s/ has title, description, lang, canonical, hreflang, JSON-LD and Open Graph`, (page) => {
    const path = `/${locale}/${page}/`;
    const doc = readPage(path);
    expect(doc.documentElement.getAttribute('lang')).toBe(locales[locale].lang);
    expect(doc.querySelector('title')?.textContent.trim()).toBeTruthy();
    expect(doc.querySelector('h1')?.textContent.trim()).toBeTruthy();
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(path, siteUrl).href);
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
    for (const other of localeIds) {
      expect(alternates).toContainEqual([locales[other].lang, new URL(`/${other}/${page}/`, siteUrl).href]);
    }
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
      (script) => JSON.parse(script.textContent) as { '@context': string; '@graph': Record<string, unknown>[] },
    );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.['@context']).toBe('https://schema.org');
    const jsonLd = scripts[0]?.['@graph'] ?? [];
    expect(jsonLd.find((item) => item['@type'] === 'Article')).toMatchObject({
      inLanguage: locales[locale].lang,
      url: new URL(path, siteUrl).href,
      image: doc.querySelector('meta[property="og:image"]')?.getAttribute('content'),
    });
    const crumbs = jsonLd.find((item) => item['@type'] === 'BreadcrumbList')?.['itemListElement'];
    expect(crumbs).toHaveLength(3);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBeTruthy();
  });
});

describe('article furniture', () => {
  const [first] = articles;
  it('shows breadcrumbs, last updated, related articles and "Still need help?"', () => {
    if (!first) throw new Error('no articles');
    for (const locale of localeIds) {
      const doc = readPage(`/${locale}/${first.category}/${first.slug}/`);
      const crumbs = [...doc.querySelectorAll('nav.breadcrumbs a')].map((a) => a.getAttribute('href'));
      expect(crumbs).toEqual([`/${locale}/`, `/${locale}/${first.category}/`]);
      expect(doc.querySelector('nav.breadcrumbs [aria-current="page"]')?.textContent).toBe(
        doc.querySelector('h1')?.textContent,
      );
      expect(doc.querySelector('footer time[datetime]')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(doc.querySelectorAll('.related li').length).toBeGreaterThanOrEqual(1);
      expect(doc.querySelector('.need-help a')?.getAttribute('href')).toBe(`/${locale}/contact/`);
      // The end-of-article blocks must not pollute search excerpts.
      expect(doc.querySelector('.article-end')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
  });

  it('writes no English UI text into Chinese pages', () => {
    const english = [
      // Phrases only: single words such as "domain" also occur in markup and data.
      ...Object.values(loadUiStrings('en')).filter((text) => / \S+ /.test(text) && !text.includes('{{')),
      'Copy to clipboard',
      'On this page',
      'Skip to content',
      'Last updated',
      'Section titled',
    ];
    for (const { category, slug } of articles.filter((article) => article.locale === 'zh-cn')) {
      // Source quotes are the platform's own words, in the source page's language, on purpose.
      const html = readFileSync(`${distDir}zh-cn/${category}/${slug}/index.html`, 'utf8').replaceAll(
        /<blockquote translate="no">[\s\S]*?<\/blockquote>/g,
        '',
      );
      for (const text of english) expect(html, `zh-cn/${category}/${slug}`).not.toContain(text);
    }
  });
});

describe('home, category and root pages', () => {
  it.each(localeIds)('/%s/ has search, the urgent box and category cards', (locale) => {
    const doc = readPage(`/${locale}/`);
    expect(doc.documentElement.getAttribute('lang')).toBe(locales[locale].lang);
    expect(doc.querySelector('[data-home-search]')).not.toBeNull();
    // The articles, then "What happened?" (tests/dist/what-happened.test.ts).
    const urgent = [...doc.querySelectorAll('.urgent-box li a')].map((a) => a.getAttribute('href'));
    expect(urgent.length).toBeGreaterThan(0);
    for (const href of urgent) expect(href).toMatch(new RegExp(`^/${locale}/[a-z-]+/[a-z0-9-]+/$`));
    const cards = [...doc.querySelectorAll('.cards a')].map((a) => a.getAttribute('href'));
    expect(cards).toContain(`/${locale}/get-help/`);
  });

  it('the urgent box links every article marked urgent', () => {
    for (const locale of localeIds) {
      const urgentSources = articles.filter((article) => {
        if (article.locale !== locale) return false;
        const file = `content/docs/${locale}/${article.category}/${article.slug}.mdx`;
        return /^urgent: true$/m.test(readFileSync(file, 'utf8'));
      });
      const links = [...readPage(`/${locale}/`).querySelectorAll('.urgent-box a')].map((a) => a.getAttribute('href'));
      for (const article of urgentSources) expect(links).toContain(`/${locale}/${article.category}/${article.slug}/`);
    }
  });

  it('category pages list their articles', () => {
    for (const locale of localeIds) {
      const doc = readPage(`/${locale}/get-help/`);
      const links = [...doc.querySelectorAll('.article-list a')].map((a) => a.getAttribute('href'));
      const expected = articles.filter((a) => a.locale === locale && a.category === 'get-help');
      expect(links).toHaveLength(expected.length);
      expect(links[0]).toBe(`/${locale}/get-help/support-ladder/`);
    }
  });

  it('the root page links every locale, with hreflang, and works without JavaScript', () => {
    const doc = readPage('/');
    const links = [...doc.querySelectorAll('main a')].map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]);
    expect(links).toEqual(localeIds.map((id) => [`/${id}/`, locales[id].lang]));
    const alternates = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('hreflang'));
    expect(alternates).toEqual([...localeIds.map((id) => locales[id].lang), 'x-default']);
  });
});

describe('sitemap', () => {
  const noindex = (path: string) => readPage(path).querySelector('meta[name="robots"]')?.getAttribute('content');

  it('lists exactly the pages search engines may index', () => {
    const listed = sitemapPaths();
    const indexable = builtPagePaths().filter((path) => !noindex(path)?.includes('noindex'));
    expect(listed.sort()).toEqual(indexable);
    for (const locale of localeIds) expect(noindex(`/${locale}/search/`)).toBe('noindex');
  });

  it('gives every localised page its alternates in every locale, and the root page none', () => {
    const xml = readFileSync(`${distDir}sitemap-0.xml`, 'utf8');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc = '', rest = '']) => ({
      path: new URL(loc).pathname,
      alternates: [...rest.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href = '']) => [
        lang,
        new URL(href).pathname,
      ]),
    }));
    expect(entries.find(({ path }) => path === '/')?.alternates).toEqual([]);
    const article = entries.find(({ path }) => path === '/en/fees/trading-fees/');
    expect(article?.alternates).toEqual(localeIds.map((id) => [locales[id].lang, `/${id}/fees/trading-fees/`]));
    for (const { path, alternates } of entries.filter(({ path }) => path !== '/')) {
      expect(alternates.map(([lang]) => lang), path).toEqual(localeIds.map((id) => locales[id].lang));
    }
  });
});
