/** The built site's security properties: a hash-based CSP on every page, every host's header files, no invented security.txt. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { securityContact } from '../../src/config/site.ts';
import { inlineScripts, scriptHash } from '../../src/lib/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers.ts';
import type { CloudFrontPolicyConfig } from '../../src/lib/host-config.ts';
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
    // Two years for this host only: includeSubDomains and preload are the operator's choice (HSTS_PRELOAD).
    expect(headers['Strict-Transport-Security']).toBe('max-age=63072000');
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('writes the same policy for nginx, Apache, Caddy and CloudFront', () => {
    const policy = Object.fromEntries(
      headersFor(parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8')), '/'),
    )['Content-Security-Policy'];
    const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
    expect(read('_nginx-headers.conf')).toContain(`add_header Content-Security-Policy "${policy ?? ''}" always;`);
    expect(read('.htaccess')).toContain(`Header always set Content-Security-Policy "${policy ?? ''}"`);
    expect(read('_caddy-headers')).toContain(`\tContent-Security-Policy "${policy ?? ''}"`);
    const cloudfront = JSON.parse(read('_cloudfront-headers.json')) as Record<string, CloudFrontPolicyConfig>;
    expect(cloudfront['Default (*)']?.SecurityHeadersConfig['ContentSecurityPolicy']).toEqual({
      Override: true,
      ContentSecurityPolicy: policy,
    });
  });
});

describe('well-known files', () => {
  it('publishes security.txt only with SECURITY_CONTACT (the /help/ build sets one: tests/dist/base-path.test.ts)', () => {
    expect(existsSync(join(distDir, '.well-known/security.txt'))).toBe(securityContact !== undefined);
  });

  it('robots.txt names the sitemap, which exists', () => {
    const sitemap = /^Sitemap: (\S+)$/m.exec(readFileSync(join(distDir, 'robots.txt'), 'utf8'))?.[1];
    expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
    expect(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
  });
});
