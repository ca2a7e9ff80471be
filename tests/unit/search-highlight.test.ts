import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt.ts';
import { highlightRanges, highlightTermsFrom, mergeRanges, withHighlight } from '../../src/lib/search/highlight.ts';

const marked = (text: string, terms: string[]) =>
  highlightRanges(text, terms)
    .map(([start, end]) => text.slice(start, end))
    .join('|');

describe('highlightRanges', () => {
  it('marks runs of two or more characters of a Chinese phrase, never single characters', () => {
    expect(marked('先看充值记录，再确认有没有到账。', ['充值没到账'])).toBe('充值|到账');
    expect(marked('币到了', ['币'])).toBe('');
  });
  it('marks whole words that start with a term in letters, ignoring case and full width', () => {
    expect(marked('Withdrawals and withdrawing: a WITHDRAW guide', ['withdraw'])).toBe(
      'Withdrawals|withdrawing|WITHDRAW',
    );
    expect(marked('Ｗｉｔｈｄｒａｗ now', ['withdraw'])).toBe('Ｗｉｔｈｄｒａｗ');
    expect(marked('rewithdraw', ['withdraw'])).toBe('');
  });
  it('ignores words shorter than three letters and splits mixed terms by script', () => {
    expect(marked('to be or not', ['to be'])).toBe('');
    expect(marked('USDT 没到账', ['usdt没到账'])).toBe('USDT|没到账');
  });
  it('returns offsets into the original text, also after astral characters', () => {
    const text = '😀 deposit';
    expect(highlightRanges(text, ['deposit'])).toEqual([[3, 10]]);
  });
});

describe('mergeRanges', () => {
  it('sorts and joins overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [1, 3],
        [7, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });
});

describe('highlight parameters', () => {
  it('appends one parameter per term, keeping relative URLs relative', () => {
    expect(withHighlight('/en/deposits/x/', ['deposit', 'not received'], 'highlight')).toBe(
      '/en/deposits/x/?highlight=deposit&highlight=not+received',
    );
    expect(withHighlight('https://example.org/zh-cn/a/#top', ['充值'], 'highlight')).toBe(
      'https://example.org/zh-cn/a/?highlight=%E5%85%85%E5%80%BC#top',
    );
  });
  it('reads the terms back, bounded in number and length', () => {
    expect(highlightTermsFrom('?highlight=deposit&highlight=+&highlight=%E5%85%85%E5%80%BC', 'highlight')).toEqual([
      'deposit',
      '充值',
    ]);
    const many = `?${Array.from({ length: 30 }, (_, i) => `highlight=${'x'.repeat(100)}${i}`).join('&')}`;
    const terms = highlightTermsFrom(many, 'highlight');
    expect(terms).toHaveLength(12);
    expect(terms.every((term) => term.length === 60)).toBe(true);
  });
});

describe('excerptParts', () => {
  it('splits marked and plain text, decodes references and drops zero-width spaces', () => {
    expect(excerptParts('充\u200b值 <mark>没</mark><mark>到账</mark> &amp; &lt;b&gt; &#x4e2d;')).toEqual([
      { text: '充值 ', mark: false },
      { text: '没到账', mark: true },
      { text: ' & <b> 中', mark: false },
    ]);
  });
  it('drops any other tag, so nothing from the index becomes markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe <mark><b>term</b></mark>')).toEqual([
      { text: 'safe ', mark: false },
      { text: 'term', mark: true },
    ]);
  });
});
