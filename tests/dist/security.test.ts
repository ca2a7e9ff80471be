/** The built site's security properties: a hash-based CSP on every page, host header files, security.txt. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineScripts, scriptHash } from '../../src/lib/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers.ts';
import { distDir, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const pages = () =>
  readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('Content-Security-Policy', () => {
  it('every page carries a policy that allows exactly its inline scripts, with nothing unsafe', () => {
    const files = pages();
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const html = readFileSync(join(distDir, file), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(policy, file).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(policy ?? '')?.[1]?.split(' ') ?? [];
      expect(scriptSrc, file).not.toContain("'unsafe-inline'");
      expect(scriptSrc, file).not.toContain("'unsafe-eval'");
      const needed = inlineScripts(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')).map(scriptHash);
      for (const hash of needed) expect(scriptSrc, `${file} does not allow an inline script`).toContain(hash);
    }
  });

  it('_headers sends the site-wide policy and the other security headers to every path', () => {
    const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
    const headers = Object.fromEntries(headersFor(rules, '/en/get-help/support-ladder/'));
    const policy = headers['Content-Security-Policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    const html = readFileSync(join(distDir, 'en/get-help/support-ladder/index.html'), 'utf8');
    for (const hash of inlineScripts(html).map(scriptHash)) expect(policy).toContain(hash);
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('writes the same headers as an nginx snippet', () => {
    const nginx = readFileSync(join(distDir, '_nginx-headers.conf'), 'utf8');
    expect(nginx).toMatch(/^add_header Content-Security-Policy "default-src 'none'; script-src 'self'/m);
    expect(nginx).toContain('location ^~ /_astro/ {');
  });
});

describe('well-known files', () => {
  it('security.txt has a contact and expires in the future, within a year', () => {
    const text = readFileSync(join(distDir, '.well-known/security.txt'), 'utf8');
    expect(text).toMatch(/^Contact: (mailto:|https:\/\/)\S+$/m);
    expect(text).toMatch(/^Preferred-Languages: en, zh-CN$/m);
    const expires = new Date(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    const days = (expires.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(366);
  });

  it('robots.txt names the sitemap, which exists', () => {
    const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(distDir, 'robots.txt'), 'utf8'))?.[1];
    expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
    expect(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
  });
});
