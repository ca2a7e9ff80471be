import { describe, expect, it } from 'vitest';
import { resultSections } from '../../src/lib/search/dialog.ts';

describe('resultSections', () => {
  const section = (anchor: string, matches: number) => ({
    title: anchor,
    url: `/zh-cn/withdrawals/withdrawal-pending/#${anchor}`,
    excerpt: '…',
    locations: Array.from({ length: matches }, (_, index) => index),
  });
  const page = (sections: ReturnType<typeof section>[]) => ({
    url: '/zh-cn/withdrawals/withdrawal-pending/',
    excerpt: '…',
    meta: { title: '提币一直在审核中' },
    sub_results: [{ ...section('', 4), url: '/zh-cn/withdrawals/withdrawal-pending/' }, ...sections],
  });

  it('lists the sections other than the page’s top, in page order', () => {
    expect(resultSections(page([section('a', 1), section('b', 2)])).map((s) => s.title)).toEqual(['a', 'b']);
    expect(resultSections({ url: '/x/', excerpt: '', meta: {} })).toEqual([]);
  });
  it('keeps the sections with the most matches when there are more than the limit', () => {
    const sections = [section('a', 1), section('b', 5), section('c', 2), section('d', 4)];
    expect(resultSections(page(sections)).map((s) => s.title)).toEqual(['b', 'c', 'd']);
    expect(resultSections(page(sections), 1).map((s) => s.title)).toEqual(['b']);
  });
});
