import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { searchRanking } from '../../src/config/search.ts';
import { parseSearchDictionary } from '../../src/readers/search.ts';
import { loadSearchDictionary } from '../../src/readers/search-fs.ts';
import { projectContent } from '../helpers/content.ts';
import { starlightOptions } from '../../src/config/starlight.ts';
import { searchFields } from '../../src/config/search.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { loadRelevanceSuite } from '../../scripts/lib/search-suite.ts';

describe.each(localeIds)('search data of %s', (locale) => {
  it('has a valid synonym dictionary', () => {
    const dictionary = loadSearchDictionary(locale);
    expect(dictionary.groups.length).toBeGreaterThan(20);
    expect(dictionary.stopwords.length).toBeGreaterThan(20);
  });

  it('knows every platform by its name, and Chinese names through the synonyms', () => {
    const dictionary = loadSearchDictionary(locale);
    for (const platform of loadPlatforms()) {
      expect(dictionary.platforms[platform.id], platform.id).toBe(platform.id);
      expect(dictionary.platforms[platform.name.toLowerCase()], platform.name).toBe(platform.id);
    }
    const others = { okex: 'okx', huobi: 'htx', 'gate.io': 'gate', mxc: 'mexc', 업비트: 'upbit' };
    for (const [name, id] of Object.entries(others)) expect(dictionary.platforms[name], name).toBe(id);
    if (locale === 'zh-cn') {
      const chinese = { 币安: 'binance', 欧易: 'okx', 火币: 'htx', 库币: 'kucoin', 芝麻开门: 'gate', 抹茶: 'mexc' };
      for (const [name, id] of Object.entries(chinese)) expect(dictionary.platforms[name], name).toBe(id);
    }
  });

  it('has a relevance suite of at least 60 queries naming pages that exist, platform queries naming the guide first', () => {
    const suite = loadRelevanceSuite(locale);
    const dictionary = loadSearchDictionary(locale);
    expect(suite.length).toBeGreaterThanOrEqual(60);
    expect(new Set(suite.map(({ q }) => q.toLowerCase())).size).toBe(suite.length);
    for (const { q, expect: pages } of suite) {
      for (const page of pages) {
        const exists = ['contact', 'verify'].includes(page) || existsSync(`content/docs/${locale}/${page}.mdx`);
        expect(exists, `${q} → ${page}`).toBe(true);
      }
      const named = prepareQuery(q, dictionary).platforms;
      expect(
        named.map((id) => `platforms/${id}`),
        q,
      ).toEqual(pages[0]?.startsWith('platforms/') ? [pages[0]] : []);
    }
  });
});

describe('synonym dictionary schema', () => {
  const file = 'content/search/synonyms.xx.yaml';
  it('names the file, the group and the fix when a term is in two groups', () => {
    expect(() => parseSearchDictionary('groups:\n  - [withdraw, cash out]\n  - [cash out, payout]\n', file)).toThrow(
      /synonyms\.xx\.yaml: groups\.1: "cash out" is already in group 1/,
    );
  });
  it('refuses a stop word that is also a term, a one-term group and unknown fields', () => {
    expect(() => parseSearchDictionary('groups:\n  - [withdraw, cash out]\nstopwords: [Withdraw]\n', file)).toThrow(
      /stop word/,
    );
    expect(() => parseSearchDictionary('groups:\n  - [withdraw]\n', file)).toThrow(/at least two terms/);
    expect(() => parseSearchDictionary('groups: []\nsynonyms: []\n', file)).toThrow(/synonyms/);
    expect(() => parseSearchDictionary('groups: [withdraw: x\n', file)).toThrow(/the YAML is malformed/);
  });
});

describe('ranking', () => {
  it('weights the fields the index adds; Starlight builds no index of its own and the dialog is the site’s', () => {
    const options = starlightOptions(projectContent());
    expect(options.pagefind).toBe(false);
    expect(options.components?.Search).toBe('./src/components/starlight/Search.astro');
    expect(Object.keys(searchRanking.metaWeights)).toEqual(['title', ...Object.values(searchFields)]);
  });
});
