import { describe, expect, it } from 'vitest';
import {
  keywordTerms,
  relatedArticles,
  relatedIndex,
  relatedScore,
  type RelatedCandidate,
} from '../../src/lib/related.ts';

const article = (id: string, category: string, keywords: string[], platforms?: string[]): RelatedCandidate => ({
  id,
  title: id,
  category,
  keywords,
  platforms,
});

const current = article('a', 'deposits', ['deposit missing', 'TxID']);
const others = [
  article('b', 'deposits', []),
  article('c', 'safety', ['txid', 'deposit missing']),
  article('d', 'fees', []),
  article('e', 'withdrawals', ['TxID']),
];

describe('relatedArticles', () => {
  it('ranks shared keywords (case-insensitive) above the same category', () => {
    expect(relatedArticles(current, others).map(({ id }) => id)).toEqual(['c', 'e', 'b']);
  });
  it('never suggests the article itself or unrelated ones', () => {
    const ids = relatedArticles(current, [...others, current]).map(({ id }) => id);
    expect(ids).not.toContain('a');
    expect(ids).not.toContain('d');
  });
  it('honours the limit', () => {
    expect(relatedArticles(current, others, 1)).toHaveLength(1);
  });
  it('counts shared platforms', () => {
    expect(relatedScore(article('x', 'p', [], ['kraken']), article('y', 'q', [], ['kraken']))).toBe(2);
    expect(relatedScore(article('x', 'p', [], ['kraken']), article('y', 'q', [], ['okx']))).toBe(0);
  });
  it('counts words shared between different keyword phrases', () => {
    expect(relatedScore(article('x', 'p', ['account hacked']), article('y', 'q', ['hacked wallet']))).toBe(1);
    expect(relatedScore(article('x', 'p', ['账户被盗']), article('y', 'q', ['币被盗了']))).toBe(1);
    expect(relatedScore(article('x', 'p', ['to be']), article('y', 'q', ['be to']))).toBe(0);
  });
});

describe('keywordTerms', () => {
  it('splits Latin words and pairs Chinese characters', () => {
    expect([...keywordTerms(['Deposit not arrived', '充值没到账'])]).toEqual([
      'deposit',
      'not',
      'arrived',
      '充值',
      '值没',
      '没到',
      '到账',
    ]);
  });
});

describe('relatedArticles on many articles', () => {
  it('picks exactly what scoring and sorting every candidate would', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['deposit', 'withdraw', 'fee', 'scam', 'support', '充值', '提币', '客服', 'wallet', 'locked'];
    const pool = Array.from({ length: 400 }, (_, i) => ({
      id: `a${i}`,
      title: `Title ${random(50)}`,
      category: `c${random(5)}`,
      keywords: Array.from({ length: 1 + random(4) }, () => `${words[random(10)] ?? ''} ${words[random(10)] ?? ''}`),
      platforms: random(3) === 0 ? [`p${random(3)}`] : [],
    }));
    const related = relatedIndex(pool);
    for (const current of pool.slice(0, 40)) {
      const expected = pool
        .filter((other) => other.id !== current.id)
        .map((other) => ({ other, score: relatedScore(current, other) }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title))
        .slice(0, 3)
        .map(({ other }) => other.id);
      expect(relatedArticles(current, pool).map(({ id }) => id)).toEqual(expected);
      expect(related(current).map(({ id }) => id)).toEqual(expected);
      expect(related(current, 5).slice(0, 3)).toEqual(related(current));
    }
    for (const current of pool.slice(0, 1)) expect(relatedArticles(current, pool, 0)).toEqual([]);
  });
});
