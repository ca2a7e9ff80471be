/** Sitemap options: fallback and search pages left out, no alternates for the root page. */
import { describe, expect, it } from 'vitest';
import { sitemapFilter, withoutRootAlternates } from '../../src/config/sitemap.ts';

/** Fallback pages of a site with `xx/fees/a`, `xx/fees/b` and only `yy/fees/a` (see the readers' `fallbacks`). */
const fallbacks = new Set(['/yy/fees/b/']);

describe('sitemapFilter', () => {
  it('leaves out fallback pages and search pages, under any base', () => {
    for (const base of ['/', '/help/']) {
      const keep = sitemapFilter(base, fallbacks);
      const page = (path: string) => `https://example.org${base}${path}`;
      expect(keep(page('yy/fees/a/'))).toBe(true);
      expect(keep(page('xx/fees/b/'))).toBe(true);
      expect(keep(page('yy/fees/b/'))).toBe(false);
      expect(keep(page('xx/search/'))).toBe(false);
      expect(keep(page('xx/'))).toBe(true);
    }
  });
});

describe('withoutRootAlternates', () => {
  it('gives the root language picker no alternates and lists it as no locale’s version', () => {
    const links = [
      { url: 'https://example.org/help/', lang: 'en' },
      { url: 'https://example.org/help/en/', lang: 'en' },
      { url: 'https://example.org/help/zh-cn/', lang: 'zh-CN' },
    ];
    expect(withoutRootAlternates({ url: 'https://example.org/help/', links }, '/help/').links).toEqual([]);
    expect(withoutRootAlternates({ url: 'https://example.org/help/en/', links }, '/help/').links).toEqual(
      links.slice(1),
    );
  });
});
