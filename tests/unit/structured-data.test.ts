import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, jsonForScript } from '../../src/lib/structured-data.ts';

describe('JSON-LD', () => {
  it('describes an article in its language', () => {
    const data = articleJsonLd({
      title: '充值没到账',
      description: 'd',
      url: 'https://x.org/zh-cn/deposits/deposit-not-received/',
      lang: 'zh-CN',
      updated: new Date('2026-11-23'),
      siteName: 'Signpost',
      siteUrl: 'https://x.org/zh-cn/',
    });
    expect(data).toMatchObject({ '@type': 'Article', headline: '充值没到账', inLanguage: 'zh-CN' });
    expect(data['dateModified']).toBe('2026-11-23T00:00:00.000Z');
    expect(data).not.toHaveProperty('image');
  });
  it('numbers breadcrumb positions from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', url: 'a' },
      { name: 'Deposits', url: 'b' },
    ]);
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'a' },
      { '@type': 'ListItem', position: 2, name: 'Deposits', item: 'b' },
    ]);
  });
  it('cannot close its script tag', () => {
    expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
