/** Sitemap options: fallback and search pages left out, no alternates for the root page. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sitemapFilter, withoutRootAlternates } from '../../src/config/sitemap.ts';

/** A content/docs folder with `en/fees/a`, `en/fees/b` and only `zh-cn/fees/a`. */
function docsWithOneMissingTranslation(): URL {
  const root = mkdtempSync(join(tmpdir(), 'signpost-docs-'));
  for (const file of ['en/fees/a.mdx', 'en/fees/b.mdx', 'zh-cn/fees/a.mdx']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '---\ntitle: x\n---\n');
  }
  return pathToFileURL(`${root}/`);
}

describe('sitemapFilter', () => {
  it('leaves out fallback pages and search pages, under any base', () => {
    for (const base of ['/', '/help/']) {
      const keep = sitemapFilter(base, docsWithOneMissingTranslation());
      const page = (path: string) => `https://example.org${base}${path}`;
      expect(keep(page('zh-cn/fees/a/'))).toBe(true);
      expect(keep(page('en/fees/b/'))).toBe(true);
      expect(keep(page('zh-cn/fees/b/'))).toBe(false);
      expect(keep(page('en/search/'))).toBe(false);
      expect(keep(page('en/'))).toBe(true);
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
