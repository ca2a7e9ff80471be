/**
 * The deploy recipes of docs/deploy.md on real servers: Debian's nginx, Apache and Caddy serve the
 * root build (`dist/`) and the `/help/` build (served at /help/, through `alias` for nginx), each
 * with its block of the guide as written. Over HTTP: the headers of `_headers`, the 404 page, the
 * host files refused, redirects, compression. In Chromium: home (with the search dialog), an
 * article, contact, the checker and the search page, with no 404 and no CSP violation.
 *
 * A server that is not installed is skipped with a loud warning, and fails the run under CI=true
 * (`.ci/run` installs all three).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { headersFor, parseHeadersFile } from '../../src/lib/headers.ts';
import { hostFileNames } from '../../src/lib/host-config.ts';
import { chromiumPath, desktop, launchChromium } from '../helpers/browser.ts';
import { recipe } from '../helpers/recipes.ts';
import { distDir, requireBuild, subPathBuild } from '../helpers/site.ts';
import { get, serverBinary, startServer, type RunningServer, type ServerName } from '../helpers/web-servers.ts';

const packages: Record<ServerName, string> = { nginx: 'nginx', apache: 'apache2', caddy: 'caddy' };
const servers = (['nginx', 'apache', 'caddy'] as const).filter((name) => {
  if (serverBinary(name)) return true;
  const message = `${packages[name]} is not installed (Debian: apt-get install ${packages[name]}; .ci/run installs it): the ${name} recipe of docs/deploy.md cannot be tested.`;
  if (process.env['CI'] === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(
    `\n${'!'.repeat(100)}\n!! SKIPPING THE ${name.toUpperCase()} DEPLOY TEST. ${message}\n${'!'.repeat(100)}\n`,
  );
  return false;
});

const setups = [
  { label: 'the root build at /', recipe: 'root', dist: distDir, base: '/' },
  { label: 'the /help/ build at /help/', recipe: 'sub-path', dist: subPathBuild.outDir, base: subPathBuild.base },
] as const;

/** What each setup's pages should be sent: the headers of its `_headers`, by lower-case name. */
function expectedHeaders(dist: string, path: string): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  return Object.fromEntries(headersFor(rules, path).map(([name, value]) => [name.toLowerCase(), value]));
}

/** The subset of `headers` named in `expected`, for a comparison that shows every difference at once. */
const pick = (headers: Record<string, unknown>, expected: Record<string, string>) =>
  Object.fromEntries(Object.keys(expected).map((name) => [name, headers[name]]));

let browser: Browser | undefined;
beforeAll(async () => {
  if (chromiumPath && servers.length > 0) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(servers)('%s, as docs/deploy.md sets it up', (name) => {
  describe.each(setups)('serving $label', ({ recipe: variant, dist, base }) => {
    let server: RunningServer | undefined;
    const started = () => {
      if (!server) throw new Error(`${name} did not start`);
      return server;
    };
    const caOption = (): { ca?: string } => {
      const { certificate } = started();
      return certificate ? { ca: certificate } : {};
    };
    const url = (path: string) => `${started().origin}${base}${path}`;
    const fetch = (path: string, headers?: Record<string, string>) =>
      get(url(path), {
        ...caOption(),
        ...(headers ? { headers } : {}),
      });

    beforeAll(async () => {
      requireBuild(dist);
      server = await startServer(name, { recipe: recipe(`${name}-${variant}`), dist });
    }, 30_000);
    afterAll(async () => {
      await server?.stop();
    });

    it('sends the headers of _headers with pages and assets, and HSTS for this host only', async () => {
      const page = await fetch('en/');
      expect(page.status, started().log()).toBe(200);
      const expected = expectedHeaders(dist, `${base}en/`);
      expect(pick(page.headers, expected)).toEqual(expected);
      expect(page.headers['strict-transport-security']).toBe('max-age=63072000');
      const asset = readFileSync(join(dist, 'index.html'), 'utf8').match(/_astro\/[^"]+\.(css|js)/)?.[0] ?? '';
      const assetResponse = await fetch(asset);
      expect(assetResponse.status, asset).toBe(200);
      expect(pick(assetResponse.headers, expectedHeaders(dist, `${base}${asset}`))).toEqual(
        expectedHeaders(dist, `${base}${asset}`),
      );
      expect(assetResponse.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await fetch('pagefind/pagefind.js')).headers['cache-control']).toBe('public, max-age=3600');
    });

    it('compresses pages and scripts', async () => {
      const page = await fetch('en/', { 'accept-encoding': 'gzip' });
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(page.body).toString()).toBe(readFileSync(join(dist, 'en/index.html'), 'utf8'));
    });

    it('answers a missing page with the site’s 404 page and its headers', async () => {
      const missing = await fetch('en/no-such-page/');
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
      expect(missing.headers['content-security-policy']).toBe(expectedHeaders(dist, base)['content-security-policy']);
    });

    it('refuses the host configuration files in dist/', async () => {
      for (const file of hostFileNames) {
        const response = await fetch(file);
        expect(response.status, file).toBe(404);
        expect(response.body.toString(), file).not.toContain('Generated by Signpost');
      }
    });

    it('adds the trailing slash to folders, and sends plain HTTP to HTTPS', async () => {
      const folder = await fetch('en');
      expect([301, 308]).toContain(folder.status);
      expect(new URL(folder.headers.location ?? '', started().origin).pathname).toBe(`${base}en/`);
      if (base !== '/') {
        const bare = await get(`${started().origin}${base.slice(0, -1)}`, caOption());
        expect(new URL(bare.headers.location ?? '', started().origin).pathname).toBe(base);
      }
      if (started().redirectOrigin) {
        const plain = await get(`${started().redirectOrigin}${base}en/`);
        expect(plain.status).toBe(301);
        expect(plain.headers.location).toMatch(new RegExp(`^https://[^/]+${base}en/$`));
      }
    });

    it.skipIf(!chromiumPath)(
      'Chromium loads home, an article, contact, the checker and search with no 404 and no CSP violation',
      async () => {
        const context: BrowserContext = await (browser as Browser).newContext({
          viewport: desktop,
          ignoreHTTPSErrors: true,
          // What the server sends is under test here; the offline kit's worker (tests/browser/offline.test.ts)
          // would answer later pages itself, and Chromium refuses its script behind the throw-away certificate.
          serviceWorkers: 'block',
        });
        await context.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
          });
        });
        const problems: string[] = [];
        context.on('response', (response) => {
          if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
        });
        context.on('console', (message) => {
          if (message.type() === 'error' || /content.security.policy/i.test(message.text()))
            problems.push(`console on ${message.page()?.url() ?? '?'}: ${message.text()}`);
        });
        context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
        const page = await context.newPage();
        const visit = async (path: string) => {
          const response = await page.goto(url(path), { waitUntil: 'networkidle' });
          const expected = expectedHeaders(dist, `${base}${path.replace(/\?.*/, '')}`);
          expect(pick(response?.headers() ?? {}, expected), path).toEqual(expected);
        };

        await visit('en/');
        await page.click('site-search button[data-open-modal]:not([disabled])');
        await page.locator('dialog[open] input').fill('deposit');
        await page.locator('site-search [data-search-results] a').first().waitFor({ timeout: 30_000 });

        await visit('en/get-help/support-ladder/');
        expect(await page.locator('h1').first().textContent()).toBeTruthy();

        await visit('en/contact/');

        await visit('en/verify/');
        await page.locator('#verify-input').fill('example.org');
        await page.keyboard.press('Enter');
        await page.locator('#verify-result section[data-verdict="unknown"]').waitFor();

        await visit('en/search/?q=deposit');
        await page.waitForSelector('[data-search-page][data-state="done"]');
        expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);

        await context.close();
        expect(problems).toEqual([]);
      },
    );
  });
});
