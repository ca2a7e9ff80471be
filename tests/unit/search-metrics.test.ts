import { describe, expect, it } from 'vitest';
import { firstRank, pageId, relevanceReport } from '../../scripts/lib/search-metrics.ts';
import { openSearchDescription } from '../../src/lib/search/opensearch.ts';

describe('relevanceReport', () => {
  it('computes success@1, success@3 and MRR, and lists what is not first', () => {
    const report = relevanceReport([
      { q: 'a', expect: ['x'], results: ['x', 'y'] },
      { q: 'b', expect: ['x', 'z'], results: ['y', 'z'] },
      { q: 'c', expect: ['x'], results: ['y', 'w', 'v', 'x'] },
      { q: 'd', expect: ['x'], results: [] },
    ]);
    expect(report.queries).toBe(4);
    expect(report.successAt1).toBe(0.25);
    expect(report.successAt3).toBe(0.5);
    expect(report.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4) / 4);
    expect(report.misses.map(({ q, rank }) => [q, rank])).toEqual([
      ['b', 2],
      ['c', 4],
      ['d', 0],
    ]);
  });
  it('counts the platform queries whose guide comes first', () => {
    const report = relevanceReport([
      { q: 'kraken phone', expect: ['platforms/kraken'], results: ['platforms/kraken', 'x'] },
      { q: 'okx locked', expect: ['platforms/okx', 'accounts/account-locked'], results: ['accounts/account-locked'] },
      { q: 'locked', expect: ['accounts/account-locked'], results: ['y'] },
    ]);
    expect([report.platformQueries, report.guideFirst]).toEqual([2, 0.5]);
    expect(report.successAt1).toBeCloseTo(2 / 3);
  });
  it('is all zeros for an empty suite', () => {
    expect(relevanceReport([])).toMatchObject({ queries: 0, successAt1: 0, successAt3: 0, mrr: 0 });
    expect(firstRank(['x'], [])).toBe(0);
  });
});

describe('pageId', () => {
  it('names articles by category and slug, other pages by name, under any base', () => {
    expect(pageId('/en/deposits/deposit-not-received/?highlight=x#y', '/', 'en')).toBe('deposits/deposit-not-received');
    expect(pageId('https://example.org/help/zh-cn/contact/', '/help/', 'zh-cn')).toBe('contact');
  });
});

describe('openSearchDescription', () => {
  it('describes the results page with the query placeholder, escaped', () => {
    const xml = openSearchDescription({
      shortName: 'Signpost & a very long name',
      description: 'Search <articles>',
      searchUrl: 'https://example.org/en/search/',
      iconUrl: 'https://example.org/favicon.svg',
      lang: 'en',
    });
    expect(xml).toContain('<ShortName>Signpost &#38; a ver</ShortName>');
    expect(xml).toContain('<Description>Search &#60;articles&#62;</Description>');
    expect(xml).toContain(
      '<Url type="text/html" method="get" template="https://example.org/en/search/?q={searchTerms}"/>',
    );
    expect(xml).toContain('<InputEncoding>UTF-8</InputEncoding>');
  });
});
