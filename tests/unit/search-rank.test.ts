import { describe, expect, it } from 'vitest';
import { spaced } from '../fixtures/languages.ts';
import { compileDictionary } from '../../src/lib/search/dictionary.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { phraseLength, planWeights, putFirst, rankResults, searchPlan } from '../../src/lib/search/rank.ts';
import { runSearch, type PagefindApi, type PagefindResult } from '../../src/lib/search/run.ts';

const en = compileDictionary({ groups: [['withdraw', 'cash out']], stopwords: ['my', 'the', 'than'] }, spaced, [
  { id: 'kraken', name: 'Kraken' },
]);

describe('searchPlan', () => {
  it('searches as typed and with synonyms replaced, and keeps the phrases', () => {
    expect(searchPlan(prepareQuery('cash out pending', en))).toEqual({
      queries: [
        { query: 'cash out pending', weight: 1 },
        { query: 'withdraw pending', weight: 1 },
      ],
      phrases: ['"cash out pending"', '"cash out"'],
      platforms: [],
    });
  });
  it('names the platforms the query names', () => {
    expect(searchPlan(prepareQuery('Kraken cash out', en)).platforms).toEqual(['kraken']);
  });
  it('leaves one word out at a time from queries of three words or more', () => {
    const plan = searchPlan(prepareQuery('less crypto than price shown', en));
    expect(plan.queries.map(({ query }) => query)).toEqual([
      'less crypto price shown',
      'crypto price shown',
      'less price shown',
      'less crypto shown',
      'less crypto price',
    ]);
  });
  it('runs one query for one word, and nothing for nothing', () => {
    expect(searchPlan(prepareQuery('withdraw', en))).toEqual({
      queries: [{ query: 'withdraw', weight: 1 }],
      phrases: [],
      platforms: [],
    });
    expect(searchPlan(prepareQuery('', en)).queries).toEqual([]);
  });
});

describe('rankResults', () => {
  it('adds up the weighted scores of each page', () => {
    const ranked = rankResults(
      [
        {
          weight: 1,
          results: [
            { id: 'a', score: 2 },
            { id: 'b', score: 1 },
          ],
        },
        {
          weight: 0.5,
          results: [
            { id: 'b', score: 10 },
            { id: 'c', score: 1 },
          ],
        },
      ],
      [],
    );
    expect(ranked).toEqual([
      { id: 'b', score: 6 },
      { id: 'a', score: 2 },
      { id: 'c', score: 0.5 },
    ]);
  });
  it('lifts pages that contain the phrases as written, longer phrases more', () => {
    const ranked = rankResults(
      [
        {
          weight: 1,
          results: [
            { id: 'a', score: 3 },
            { id: 'b', score: 2 },
            { id: 'c', score: 2 },
          ],
        },
      ],
      [
        { phrase: '"提币多久到账"', pages: new Set(['b']) },
        { phrase: '"多久"', pages: new Set(['a', 'b', 'c']) },
      ],
    );
    expect(ranked.map(({ id }) => id)).toEqual(['b', 'a', 'c']);
    expect(ranked[0]?.score).toBe(2 * (1 + planWeights.phrase));
    expect(ranked[1]?.score).toBe(3 * (1 + planWeights.phrase / 4));
    expect(phraseLength('"cash out"')).toBe(7);
  });
  it('drops the tail that scores far below the best', () => {
    const ranked = rankResults(
      [
        {
          weight: 1,
          results: [
            { id: 'a', score: 100 },
            { id: 'b', score: 1 },
          ],
        },
      ],
      [],
    );
    expect(ranked.map(({ id }) => id)).toEqual(['a']);
  });
  it('keeps Pagefind order for equal scores', () => {
    const ranked = rankResults(
      [
        {
          weight: 1,
          results: [
            { id: 'x', score: 1 },
            { id: 'y', score: 1 },
          ],
        },
      ],
      [],
    );
    expect(ranked.map(({ id }) => id)).toEqual(['x', 'y']);
  });
});

describe('putFirst', () => {
  it('moves the given pages to the front in their order, once each, adding missing ones', () => {
    const ids = (list: { id: string }[]) => list.map(({ id }) => id);
    const ranked = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(ids(putFirst(ranked, [{ id: 'c' }, { id: 'x' }, { id: 'c' }]))).toEqual(['c', 'x', 'a', 'b']);
    expect(ids(putFirst(ranked, []))).toEqual(['a', 'b', 'c']);
  });
});

describe('runSearch', () => {
  it('runs every query, phrase and filter of the plan at once and returns each page once, ranked', async () => {
    const calls: string[] = [];
    const result = (id: string, score: number): PagefindResult => ({
      id,
      score,
      data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', meta: {} }),
    });
    let pending = 0;
    let most = 0;
    const pagefind: PagefindApi = {
      options: () => Promise.resolve(),
      init: () => Promise.resolve(),
      search: async (query, options) => {
        pending++;
        most = Math.max(most, pending);
        // Pagefind fetches the index chunks a search needs: all searches must be asked for before any ends.
        await new Promise((resolve) => setTimeout(resolve, 5));
        pending--;
        if (query === null) {
          calls.push(`filter ${JSON.stringify(options?.filters)}`);
          return Promise.resolve({ results: [result('guide', 0)] });
        }
        calls.push(query);
        if (query === '"cash out"') return Promise.resolve({ results: [result('b', 0)] });
        return Promise.resolve({ results: query === 'cash out' ? [result('a', 3), result('b', 2)] : [result('b', 1)] });
      },
    };
    const ranked = await runSearch(pagefind, {
      queries: [
        { query: 'cash out', weight: 1 },
        { query: 'withdraw', weight: 1 },
      ],
      phrases: ['"cash out"'],
      platforms: [],
    });
    expect(calls).toEqual(['cash out', 'withdraw', '"cash out"']);
    expect(most).toBe(3);
    expect(ranked.map(({ id }) => id)).toEqual(['b', 'a']);
    calls.length = 0;
    const named = await runSearch(pagefind, {
      queries: [{ query: 'cash out', weight: 1 }],
      phrases: [],
      platforms: ['kraken'],
    });
    expect(calls).toEqual(['cash out', 'filter {"platform":"kraken"}']);
    expect(named.map(({ id }) => id)).toEqual(['guide', 'a', 'b']);
  });
});
