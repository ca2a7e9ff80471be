import { describe, expect, it } from 'vitest';
import { spaced, unspaced } from '../fixtures/languages.ts';
import {
  compileDictionary,
  mergeShards,
  shardCount,
  shardDictionary,
  shardsFor,
  tokenize,
} from '../../src/lib/search/dictionary.ts';
import { loadSearchDictionary } from '../../src/readers/search-fs.ts';
import { localeIds } from '../../src/config/locales.ts';
import { loadRelevanceSuite } from '../../scripts/lib/search-suite.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { normalizeText, words } from '../../src/lib/search/text.ts';

const zh = compileDictionary(
  {
    groups: [
      ['提币', '提现', '出金', '提笔'],
      ['充值', '入金', '冲值'],
      ['没到账', '不到账', '没到'],
      ['被骗', '上当'],
      ['谷歌验证器', '谷歌验证码', '身份验证器'],
      ['实名认证', '身份验证'],
      ['币安', 'binance'],
    ],
    stopwords: ['了', '怎么办', '一直', '我', '能', '会', '要'],
  },
  unspaced,
  [
    { id: 'binance', name: 'Binance' },
    { id: 'okx', name: 'OKX' },
  ],
);
const en = compileDictionary(
  {
    groups: [
      ['withdraw', 'cash out', 'Withdrawl'],
      ['not received', 'hasnt arrived'],
      ['2fa', 'two step verification'],
    ],
    stopwords: ['my', 'how', 'to', 'i'],
  },
  spaced,
);

describe('text', () => {
  it('folds full-width forms, case, apostrophes and spaces', () => {
    expect(normalizeText('  ＵＳＤＴ　充值  Didn’t ')).toBe("usdt 充值 didn't");
  });
  it('splits words as Intl.Segmenter does, dropping punctuation', () => {
    expect(words('Deposit, not received!', 'en')).toEqual(['deposit', 'not', 'received']);
    expect(words('USDT充值', 'zh-CN')).toEqual(['usdt', '充', '值']);
  });
});

describe('tokenize', () => {
  it('keeps dictionary terms whole, longest first', () => {
    expect(tokenize('出金一直不到账', zh).map((t) => [t.text, t.group?.[0], t.stop])).toEqual([
      ['出金', '提币', false],
      ['一直', undefined, true],
      ['不到账', '没到账', false],
    ]);
    expect(tokenize('谷歌验证码', zh).map((t) => t.text)).toEqual(['谷歌验证码']);
    expect(tokenize('身份验证器', zh).map((t) => t.group?.[0])).toEqual(['谷歌验证器']);
  });
  it('only looks for terms where a word starts, so 入金 is not found inside 收入金额', () => {
    expect(tokenize('收入金额', zh).some((t) => t.group)).toBe(false);
  });
  it('lets a Chinese term end inside a word the segmenter glued a particle to', () => {
    expect(tokenize('被骗了怎么办', zh).map((t) => [t.text, t.stop])).toEqual([
      ['被骗', false],
      ['了', true],
      ['怎么办', true],
    ]);
  });
  it('takes a single Chinese character for a term only when it is a word of its own', () => {
    expect(tokenize('能量不足', zh).map((t) => [t.text, t.stop])).toEqual([
      ['能量', false],
      ['不足', false],
    ]);
    expect(tokenize('会员等级', zh).some((t) => t.stop)).toBe(false);
    expect(tokenize('要求补充材料', zh).some((t) => t.stop)).toBe(false);
    expect(tokenize('我要提币', zh).map((t) => [t.text, t.stop])).toEqual([
      ['我', true],
      ['要', true],
      ['提币', false],
    ]);
  });
  it('matches terms in letters only on whole words, multi-word terms included', () => {
    expect(tokenize('myself', en).map((t) => t.stop)).toEqual([false]);
    expect(tokenize('Cash out my USDT', en).map((t) => [t.text, t.group?.[0], t.stop])).toEqual([
      ['cash out', 'withdraw', false],
      ['my', undefined, true],
      ['usdt', undefined, false],
    ]);
  });
});

describe('prepareQuery', () => {
  it('drops stop words and finds synonyms, phrases and terms to highlight (Chinese)', () => {
    expect(prepareQuery('出金一直不到账', zh)).toEqual({
      words: ['出金', '不到账'],
      query: '出金 不到账',
      expanded: '提币 没到账',
      phrases: ['出金', '不到账'],
      highlight: ['出金', '不到账', '提币', '没到账'],
      platforms: [],
    });
  });
  it('keeps adjacent words together as a phrase and for highlighting', () => {
    const prepared = prepareQuery('USDT 充值没到账', zh);
    expect(prepared.query).toBe('usdt 充值 没到账');
    expect(prepared.phrases).toEqual(['充值没到账', '充值', '没到账']);
    expect(prepared.highlight).toEqual(['usdt', '充值没到账']);
  });
  it('corrects typos through the dictionary (English)', () => {
    const prepared = prepareQuery('How to withdrawl, my cash out hasnt arrived', en);
    expect(prepared.query).toBe('withdrawl cash out hasnt arrived');
    expect(prepared.expanded).toBe('withdraw withdraw not received');
    expect(prepared.phrases).toEqual(['cash out hasnt arrived', 'cash out', 'hasnt arrived']);
  });
  it('keeps stop words when nothing else is left, and is empty for empty input', () => {
    expect(prepareQuery('how to', en).query).toBe('how to');
    expect(prepareQuery('  ？ ', zh)).toMatchObject({ query: '', words: [], phrases: [] });
  });
  it('finds the platforms a query names, by name, id or a synonym, kept whole in Chinese', () => {
    expect(prepareQuery('币安客服电话', zh).platforms).toEqual(['binance']);
    expect(prepareQuery('ＯＫＸ 提币 没到账', zh).platforms).toEqual(['okx']);
    expect(prepareQuery('Binance 和 OKX 哪个好', zh).platforms).toEqual(['binance', 'okx']);
    expect(prepareQuery('客服电话', zh).platforms).toEqual([]);
    expect(prepareQuery('constructor toString', en).platforms).toEqual([]);
  });
  it('normalises full-width input', () => {
    expect(prepareQuery('２ＦＡ', en).query).toBe('2fa');
  });
});

describe('dictionary shards', () => {
  it('split a dictionary by the first character of its terms, each group whole', () => {
    const shards = shardDictionary(zh, 4);
    expect(shards).toHaveLength(4);
    const merged = mergeShards(unspaced, shards);
    expect(new Set(merged.groups)).toEqual(new Set(zh.groups));
    expect(new Set(merged.stopwords)).toEqual(new Set(zh.stopwords));
    expect(merged.platforms).toEqual(zh.platforms);
    // 出金 and 提币 start in different shards, and each holds their group.
    for (const term of ['出金', '提币']) {
      const shard = shards[(term.codePointAt(0) ?? 0) % 4];
      expect(shard?.groups.some((group) => group.includes(term) && group[0] === '提币')).toBe(true);
    }
  });
  it('are about the size asked for', () => {
    const size = JSON.stringify(zh).length;
    expect(shardCount(zh, size)).toBe(1);
    expect(shardCount(zh, size / 3)).toBe(3);
    expect(shardCount(zh, size * 10)).toBe(1);
  });
  it('fetched for a query, tokenize it as the whole dictionary does (every query of every suite)', () => {
    for (const locale of localeIds) {
      const dictionary = loadSearchDictionary(locale);
      const count = 7;
      const shards = shardDictionary(dictionary, count);
      const queries = [
        ...loadRelevanceSuite(locale).map((item) => item.q),
        '被骗了怎么办',
        'usdt没到账',
        'Cash out my USDT',
      ];
      for (const q of queries) {
        const needed = shardsFor(q, dictionary.lang, count);
        expect(needed.length).toBeLessThan(count + 1);
        const partial = mergeShards(
          dictionary,
          needed.map((n) => shards[n] ?? { groups: [], stopwords: [], platforms: {} }),
        );
        expect(prepareQuery(q, partial), `${locale}: ${q}`).toEqual(prepareQuery(q, dictionary));
      }
    }
  });
  it('needed for a query are those of its words’ first characters, and of every Chinese character', () => {
    expect(shardsFor('Cash out, my USDT', 'en', 1000)).toEqual(
      [...new Set(['c', 'o', 'm', 'u'].map((c) => (c.codePointAt(0) ?? 0) % 1000))].sort((a, b) => a - b),
    );
    expect(shardsFor('usdt没到账', 'zh-CN', 100000).length).toBe(4);
  });
});
