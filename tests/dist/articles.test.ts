/** The article set as readers get it: every planned slug in every locale, described, with keywords; urgent ones act first. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { categories } from '../../src/config/categories.ts';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { readPage, requireBuild, sourceArticles } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

/** The written slugs of the content plan (`content/plan.yaml`), as `category/slug`; `planned:` ones are not written yet. */
function plannedSlugs(): string[] {
  const plan = parse(readFileSync('content/plan.yaml', 'utf8')) as Record<string, string[]>;
  return Object.entries(plan)
    .filter(([category]) => (categories as readonly string[]).includes(category))
    .flatMap(([category, slugs]) => slugs.map((slug) => `${category}/${slug}`));
}

const articles = sourceArticles();

describe('the content plan', () => {
  const planned = plannedSlugs();
  it('lists every article of the default locale, and every listed article is written', () => {
    const english = articles.filter((a) => a.locale === defaultLocale).map((a) => `${a.category}/${a.slug}`);
    expect(planned.length).toBeGreaterThanOrEqual(43);
    expect(english.filter((slug) => !planned.includes(slug))).toEqual([]);
  });
  it.each(localeIds)('is fully written in %s, with the same slugs and categories', (locale) => {
    const written = articles.filter((a) => a.locale === locale).map((a) => `${a.category}/${a.slug}`);
    expect(planned.filter((slug) => !written.includes(slug))).toEqual([]);
  });
});

describe.each(localeIds)('built articles in %s', (locale) => {
  const mine = articles.filter((a) => a.locale === locale);
  it.each(mine.map((a) => `${a.category}/${a.slug}`))('%s has ≥3 keywords and a description under 160 characters', (page) => {
    const doc = readPage(`/${locale}/${page}/`);
    const keywords = doc.querySelector('meta[name="keywords"]')?.getAttribute('content')?.split(', ') ?? [];
    expect(keywords.length).toBeGreaterThanOrEqual(3);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThan(10);
    expect(description.length).toBeLessThan(160);
  });

  it('urgent articles open with numbered steps, before any other section', () => {
    const urgent = mine.filter((a) => {
      const source = readFileSync(`content/docs/${locale}/${a.category}/${a.slug}.mdx`, 'utf8');
      return /^urgent: true$/m.test(source);
    });
    expect(urgent.length).toBeGreaterThanOrEqual(4);
    for (const { category, slug } of urgent) {
      const doc = readPage(`/${locale}/${category}/${slug}/`);
      const content = doc.querySelector('.sl-markdown-content');
      const firstHeading = content?.querySelector('h2');
      expect(firstHeading?.id, `${category}/${slug}`).toBe('do-this-now');
      const steps = firstHeading?.parentElement?.querySelectorAll('ol > li') ?? [];
      expect(steps.length, `${category}/${slug}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('every safety article links the channel checker', () => {
    for (const { category, slug } of mine.filter((a) => a.category === 'safety')) {
      const links = [...readPage(`/${locale}/${category}/${slug}/`).querySelectorAll('.sl-markdown-content a')];
      expect(
        links.some((a) => a.getAttribute('href')?.endsWith('/verify/')),
        `${category}/${slug}`,
      ).toBe(true);
    }
  });

  it("names the platform's domain from its data where phishing-and-lookalike-domains teaches the rule", () => {
    const doc = readPage(`/${locale}/safety/phishing-and-lookalike-domains/`);
    const names = [...doc.querySelectorAll('.sl-markdown-content code[translate="no"]')].map((code) => code.textContent);
    expect(names).toEqual(expect.arrayContaining(['kraken.com', '.kraken.com', 'support.kraken.com']));
  });
});
