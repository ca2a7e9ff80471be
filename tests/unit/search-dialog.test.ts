import { describe, expect, it } from 'vitest';
import { dialogResult, dialogTerm } from '../../src/lib/search/dialog.ts';
import { unspaced } from '../fixtures/languages.ts';
import { compileDictionary } from '../../src/lib/search/dictionary.ts';

const zh = compileDictionary(
  {
    groups: [
      ['提币', '提现', '出金'],
      ['没到账', '不到账'],
    ],
    stopwords: ['一直', '怎么办'],
  },
  unspaced,
);

describe('dialogTerm', () => {
  it('splits the query like the index, drops stop words and uses the words articles use', () => {
    expect(dialogTerm('出金一直不到账', zh)).toEqual({
      term: '提币 没到账',
      highlight: ['出金', '不到账', '提币', '没到账'],
    });
  });
  it('keeps a query of stop words only, and passes the query as typed without a dictionary', () => {
    expect(dialogTerm('怎么办', zh).term).toBe('怎么办');
    expect(dialogTerm('  出金 ', undefined)).toEqual({ term: '出金', highlight: [] });
    expect(dialogTerm('   ', zh)).toEqual({ term: '', highlight: [] });
  });
});

describe('dialogResult', () => {
  const data = {
    url: '/zh-cn/withdrawals/withdrawal-pending/',
    excerpt: '…',
    meta: { title: '提币一直在审核中', heading: '提币 一直 在 审核 中', terms: '提现 出金 的 了' },
    sub_results: [
      { url: '/zh-cn/withdrawals/withdrawal-pending/', title: '提币一直在审核中' },
      { url: '/zh-cn/withdrawals/withdrawal-pending/#先查这几项', title: '先查这几项' },
    ],
  };

  it('keeps only the title of the metadata, so the index’s own fields are not shown as tags', () => {
    expect(dialogResult(data, []).meta).toEqual({ title: '提币一直在审核中' });
    expect(dialogResult({ ...data, meta: { terms: 'x' } }, []).meta).toEqual({});
  });
  it('adds the terms to mark to the page and section links, keeping the section', () => {
    const result = dialogResult(data, ['提币', '没到账']);
    const query = '?highlight=%E6%8F%90%E5%B8%81&highlight=%E6%B2%A1%E5%88%B0%E8%B4%A6';
    expect(result.url).toBe(`/zh-cn/withdrawals/withdrawal-pending/${query}`);
    expect(result.sub_results.map((sub) => sub.url)).toEqual([
      `/zh-cn/withdrawals/withdrawal-pending/${query}`,
      `/zh-cn/withdrawals/withdrawal-pending/${query}#%E5%85%88%E6%9F%A5%E8%BF%99%E5%87%A0%E9%A1%B9`,
    ]);
    // The page's own section stays recognisable as its first sub-result.
    expect(result.sub_results[0]?.url).toBe(result.url);
    expect(result.excerpt).toBe('…');
  });
  it('leaves links alone when there is nothing to mark, and does not change its input', () => {
    expect(dialogResult(data, []).url).toBe(data.url);
    dialogResult(data, ['提币']);
    expect(data.url).toBe('/zh-cn/withdrawals/withdrawal-pending/');
    expect(data.meta.terms).toBe('提现 出金 的 了');
  });
});
