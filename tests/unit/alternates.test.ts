/** hreflang alternates: none point at a page that only falls back to another language. */
import { describe, expect, it } from 'vitest';
import { withoutAlternatesTo } from '../../src/lib/alternates.ts';

const head = (base: string) => [
  { tag: 'link', attrs: { rel: 'canonical', href: `https://x.org${base}en/fees/a/` } },
  { tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: `https://x.org${base}en/fees/a/` } },
  { tag: 'link', attrs: { rel: 'alternate', hreflang: 'zh-CN', href: `https://x.org${base}zh-cn/fees/a/` } },
  { tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: `https://x.org${base}en/fees/a/` } },
  { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', href: `https://x.org${base}zh-cn/fees/a/` } },
  { tag: 'meta', attrs: { name: 'description', content: 'd' } },
];

describe('withoutAlternatesTo', () => {
  it('drops the hreflang links to fallback pages, under any base, and keeps everything else', () => {
    for (const base of ['/', '/help/']) {
      const kept = withoutAlternatesTo(head(base), new Set(['/zh-cn/fees/a/']), base);
      expect(kept.map(({ attrs }) => attrs['hreflang'] ?? attrs['rel'] ?? attrs['name'])).toEqual([
        'canonical',
        'en',
        'x-default',
        'alternate',
        'description',
      ]);
    }
  });
  it('changes nothing when no page falls back', () => {
    expect(withoutAlternatesTo(head('/'), new Set(), '/')).toEqual(head('/'));
  });
});
