import { describe, expect, it } from 'vitest';
import {
  fallbackPaths,
  firstSegment,
  guideOf,
  outputFile,
  parseArticleId,
  sitePath,
  socialImagePath,
} from '../../src/lib/paths.ts';
import { normalizeBase } from '../../src/config/site.ts';

describe('sitePath', () => {
  it('joins base and segments with one trailing slash', () => {
    expect(sitePath('/', 'en', 'get-help')).toBe('/en/get-help/');
    expect(sitePath('/help/', 'zh-cn', 'contact')).toBe('/help/zh-cn/contact/');
    expect(sitePath('/help/', '/en/', 'get-help/support-ladder')).toBe('/help/en/get-help/support-ladder/');
  });
  it('returns the base itself without segments', () => {
    expect(sitePath('/')).toBe('/');
    expect(sitePath('/help/')).toBe('/help/');
    expect(sitePath('/', '')).toBe('/');
  });
});

describe('parseArticleId', () => {
  it('splits locale, category and slug', () => {
    expect(parseArticleId('en/get-help/support-ladder')).toEqual({
      locale: 'en',
      category: 'get-help',
      slug: 'support-ladder',
    });
  });
  it('rejects ids that are not three segments', () => {
    expect(parseArticleId('en/get-help')).toBeUndefined();
    expect(parseArticleId('en/a/b/c')).toBeUndefined();
    expect(parseArticleId('')).toBeUndefined();
  });
});

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['help', '/help/'],
    ['/help', '/help/'],
    ['/help/', '/help/'],
    ['//a/b//', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('firstSegment', () => {
  it('reads the locale segment after the base', () => {
    expect(firstSegment('/zh-cn/contact/', '/')).toBe('zh-cn');
    expect(firstSegment('/help/en/get-help/x/', '/help/')).toBe('en');
    expect(firstSegment('/', '/')).toBe('');
  });
});

describe('guideOf', () => {
  it('names the platform of a guide, and nothing for other articles', () => {
    expect(guideOf(parseArticleId('en/platforms/kraken'))).toBe('kraken');
    expect(guideOf(parseArticleId('en/fees/trading-fees'))).toBeUndefined();
    expect(guideOf(undefined)).toBeUndefined();
  });
});

describe('fallbackPaths', () => {
  it('lists the default-locale articles missing in another locale', () => {
    const ids = [
      'en/fees/trading-fees',
      'zh-cn/fees/trading-fees',
      'en/safety/new-scam',
      'zh-cn/safety/only-here',
      'x',
    ];
    expect([...fallbackPaths(ids, ['en', 'zh-cn', 'ja'], 'en')].sort()).toEqual([
      '/ja/fees/trading-fees/',
      '/ja/safety/new-scam/',
      '/zh-cn/safety/new-scam/',
    ]);
    expect(fallbackPaths([], ['en'], 'en').size).toBe(0);
  });
});

describe('socialImagePath', () => {
  it('names an article’s image after its locale, category and slug, under the base', () => {
    expect(socialImagePath('/', 'zh-cn', { category: 'deposits', slug: 'deposit-not-received' })).toBe(
      '/og/zh-cn/deposits/deposit-not-received.png',
    );
    expect(socialImagePath('/help/', 'en', { category: 'fees', slug: 'trading-fees' })).toBe(
      '/help/og/en/fees/trading-fees.png',
    );
  });
  it('names a locale’s default image after the locale', () => {
    expect(socialImagePath('/', 'en')).toBe('/og/en.png');
    expect(socialImagePath('/help/', 'zh-cn')).toBe('/help/og/zh-cn.png');
  });
});

describe('outputFile', () => {
  it('names the file Astro writes for a page, without the base', () => {
    expect(outputFile('/', '/')).toBe('index.html');
    expect(outputFile('/en/contact/', '/')).toBe('en/contact/index.html');
    expect(outputFile('/help/en/contact/', '/help/')).toBe('en/contact/index.html');
    expect(outputFile('/help/', '/help')).toBe('index.html');
    expect(outputFile('/404', '/')).toBe('404.html');
    expect(outputFile('/404/', '/')).toBe('404.html');
    expect(outputFile('/en/404/', '/')).toBe('en/404/index.html');
    expect(outputFile('/help/404', '/help/')).toBe('404.html');
    expect(outputFile('/404.html', '/')).toBe('404.html');
  });
  it('decodes the path, as the file name is not percent-encoded', () => {
    expect(outputFile('/zh-cn/%E5%85%85%E5%80%BC/', '/')).toBe('zh-cn/充值/index.html');
  });
  it('keeps a path that only starts like the base', () => {
    expect(outputFile('/helpdesk/', '/help/')).toBe('helpdesk/index.html');
  });
});
