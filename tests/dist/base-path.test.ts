/**
 * Deploying under a sub-path: `BASE_PATH=/help/` builds a site whose every link stays under /help/,
 * host files that name /help/, and an upload folder with what hosts read at their root at its root.
 * The deploy tests in the browser (tests/browser/servers.test.ts) serve this build again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../scripts/check-links.ts';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { parseHeadersFile } from '../../src/lib/headers.ts';
import { publishDirFor } from '../../src/integrations/publish.ts';
import { readPage, subPathBuild } from '../helpers/site.ts';

const { outDir, env } = subPathBuild;
const publish = publishDirFor(outDir);
beforeAll(() => {
  astroBuild({ outDir, env });
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

  it('writes host files for /help/: header rules, the 404 page and the refused files under it', () => {
    expect(parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8')).map(({ path }) => path)).toEqual([
      '/help/*',
      '/help/_astro/*',
      '/help/pagefind/*',
    ]);
    const nginx = readFileSync(join(outDir, '_nginx-headers.conf'), 'utf8');
    expect(nginx).toContain('error_page 404 /help/404.html;');
    expect(nginx).toContain('if ($uri ~ "^/help/_astro/")');
    expect(readFileSync(join(outDir, '.htaccess'), 'utf8')).toContain('ErrorDocument 404 /help/404.html');
  });

  it('publishes security.txt with SECURITY_CONTACT, its canonical URL at the root of the host', () => {
    const text = readFileSync(join(outDir, '.well-known/security.txt'), 'utf8');
    expect(text).toMatch(/^Contact: mailto:security@example\.org$/m);
    expect(text).toMatch(/^Canonical: https:\/\/[^/]+\/\.well-known\/security\.txt$/m);
  });

  it('puts the site under /help/ in the upload folder, and what hosts read at their root at its root', () => {
    for (const file of ['_headers', '404.html', 'robots.txt', '.well-known/security.txt', '.nojekyll'])
      expect(existsSync(join(publish, file)), file).toBe(true);
    for (const file of ['index.html', 'en/index.html', '404.html', 'pagefind/pagefind.js'])
      expect(existsSync(join(publish, 'help', file)), `help/${file}`).toBe(true);
    for (const file of ['_nginx-headers.conf', '.htaccess', 'help/_headers', 'help/robots.txt', 'help/.well-known'])
      expect(existsSync(join(publish, file)), file).toBe(false);
    expect(readFileSync(join(publish, 'robots.txt'), 'utf8')).toContain('/help/sitemap-index.xml');
  });
});
