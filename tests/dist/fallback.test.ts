/** A page without its translation: built from the English original, `noindex`, out of the sitemap, named by no hreflang link. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { copyProject, projectRoot } from '../../scripts/lib/project-copy.ts';
import { readPage, sitemapPaths } from '../helpers/site.ts';

const article = 'fees/trading-fees';
let dist = '';

beforeAll(() => {
  // The real articles, with the Chinese translation of one taken away: nothing else marks it.
  const content = mkdtempSync(join(tmpdir(), 'signpost-fallback-content-'));
  cpSync(join(projectRoot, 'content', 'docs'), content, { recursive: true });
  rmSync(join(content, 'zh-cn', `${article}.mdx`));
  const project = copyProject(join(projectRoot, '.cache', 'fallback-site/'), content);
  astroBuild({ root: project });
  dist = join(project, 'dist/');
}, 180_000);

describe('a page that falls back to English', () => {
  it('is built from the original and marked noindex', () => {
    const page = readPage(`/zh-cn/${article}/`, dist);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('h1')?.textContent).toBe(readPage(`/en/${article}/`, dist).querySelector('h1')?.textContent);
  });

  it('is not in the sitemap, and no page names it as a translation', () => {
    const listed = sitemapPaths(dist);
    expect(listed).toContain(`/en/${article}/`);
    expect(listed).not.toContain(`/zh-cn/${article}/`);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(`/zh-cn/${article}/"`);
    const hreflangs = [...readPage(`/en/${article}/`, dist).querySelectorAll('link[rel="alternate"][hreflang]')];
    expect(hreflangs.map((link) => link.getAttribute('hreflang'))).toEqual(['en', 'x-default']);
    const translated = readPage('/en/fees/card-and-bank-fees/', dist).querySelectorAll('link[rel="alternate"][hreflang]');
    expect(translated).toHaveLength(3);
  });
});
