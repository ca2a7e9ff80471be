import { describe, expect, it } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, jsonForScript, jsonLdGraph } from '../../src/lib/structured-data.ts';

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
  it('names the image when there is one', () => {
    const data = articleJsonLd({
      title: 't',
      description: 'd',
      url: 'https://x.org/en/a/b/',
      lang: 'en',
      updated: new Date('2026-11-23'),
      siteName: 'Signpost',
      siteUrl: 'https://x.org/en/',
      image: 'https://x.org/og/en/a/b.png',
    });
    expect(data['image']).toBe('https://x.org/og/en/a/b.png');
  });
  it('puts several objects in one graph with one context', () => {
    const article = { '@type': 'Article' };
    const crumbs = breadcrumbJsonLd([]);
    expect(jsonLdGraph([article, crumbs])).toEqual({ '@context': 'https://schema.org', '@graph': [article, crumbs] });
    expect(crumbs).not.toHaveProperty('@context');
  });
  it('cannot close its script tag', () => {
    expect(jsonForScript({ a: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
