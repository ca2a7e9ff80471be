/** Deploying under a sub-path: `BASE_PATH=/help/` builds a site whose every link stays under /help/. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { readPage } from '../helpers/site.ts';

const outDir = fileURLToPath(new URL('../../.cache/dist-base/', import.meta.url));
beforeAll(() => {
  astroBuild({ outDir, env: { BASE_PATH: '/help/' } });
});

describe('BASE_PATH=/help/', () => {
  it('prefixes links on the root, home and article pages', () => {
    const root = readPage('/', outDir);
    expect([...root.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toContain('/help/en/');
    const home = readPage('/en/', outDir);
    for (const a of home.querySelectorAll('main a[href^="/"]')) expect(a.getAttribute('href')).toMatch(/^\/help\//);
    const article = readPage('/zh-cn/get-help/support-ladder/', outDir);
    expect(article.querySelector('.need-help a')?.getAttribute('href')).toBe('/help/zh-cn/contact/');
    expect(article.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      /\/help\/zh-cn\/get-help\/support-ladder\/$/,
    );
  });

  it('has no broken link when served under /help/', async () => {
    const { checked, broken } = await crawlSite(outDir, '/help/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
