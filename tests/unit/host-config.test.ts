/** Each server's configuration from the header rules: same headers, the base path's 404 page, host files refused. */
import { describe, expect, it } from 'vitest';
import { parseFlag } from '../../src/config/site.ts';
import { headerRules } from '../../src/lib/headers.ts';
import {
  hostFileNames,
  renderApache,
  renderCaddy,
  renderCloudFront,
  renderNginx,
  type CloudFrontPolicyConfig,
} from '../../src/lib/host-config.ts';

const policy = "default-src 'none'; script-src 'self' 'sha256-abc+/='";
const rules = headerRules('/help/', policy);

describe('renderNginx', () => {
  const nginx = renderNginx(rules, '/help/');
  it('has no location of its own, so it works under `alias` as well as at the root', () => {
    expect(nginx).not.toMatch(/^\s*location\b/m);
    expect(nginx).not.toMatch(/^\s*(root|alias)\b/m);
  });
  it('sends every security header on every response, error pages included', () => {
    expect(nginx).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(nginx).toContain('add_header Strict-Transport-Security "max-age=63072000" always;');
    expect(nginx).toContain('add_header Cross-Origin-Embedder-Policy "require-corp" always;');
  });
  it('caches hashed assets through a variable that is empty (no header) elsewhere', () => {
    expect(nginx).toContain('set $signpost_cache_control "";');
    expect(nginx).toContain(
      'if ($uri ~ "^/help/_astro/") { set $signpost_cache_control "public, max-age=31536000, immutable"; }',
    );
    expect(nginx).toContain('if ($uri ~ "^/help/pagefind/") { set $signpost_cache_control "public, max-age=3600"; }');
    expect(nginx).toContain('add_header Cache-Control $signpost_cache_control always;');
  });
  it('refuses the host files and shows the 404 page of the base path', () => {
    expect(nginx).toContain(
      'if ($uri ~ "^/help/(_headers|_nginx-headers\\.conf|\\.htaccess|_caddy-headers|_cloudfront-headers\\.json)$") { return 404; }',
    );
    expect(nginx).toContain('error_page 404 /help/404.html;');
  });
  it('refuses what it cannot write safely', () => {
    expect(() => renderNginx(headerRules('/', '$x'), '/')).toThrow(/\$/);
    expect(() => renderNginx(rules, '/')).toThrow(/first header rule must be \/\*/);
    expect(() => renderNginx([...rules, { path: '/help/a.html', headers: [] }], '/help/')).toThrow(/prefixes/);
  });
});

describe('renderApache', () => {
  const apache = renderApache(rules, '/help/');
  it('sets every header always, and fails loudly without mod_headers', () => {
    expect(apache).toContain(`Header always set Content-Security-Policy "${policy}"`);
    expect(apache).not.toMatch(/<IfModule mod_headers/);
    expect(apache).toContain(
      '<If "%{REQUEST_URI} =~ m#^/help/_astro/#">\n  Header always set Cache-Control "public, max-age=31536000, immutable"\n</If>',
    );
  });
  it('shows the 404 page, refuses the host files and serves WebAssembly as such', () => {
    expect(apache).toContain('ErrorDocument 404 /help/404.html');
    expect(apache).toMatch(/^RedirectMatch 404 "\^\/help\/\(_headers\|/m);
    expect(apache).toContain('AddType application/wasm .wasm');
  });
});

describe('renderCaddy', () => {
  const caddy = renderCaddy(rules, '/help/');
  it('writes paths relative to dist/, as handle_path strips the base', () => {
    expect(caddy).toContain('header /_astro/* Cache-Control "public, max-age=31536000, immutable"');
    expect(caddy).not.toContain('/help/_astro/');
    expect(caddy).toContain(`\tContent-Security-Policy "${policy}"`);
    expect(caddy).toContain(`@signpost_host_files path ${hostFileNames.map((name) => `/${name}`).join(' ')}`);
    expect(caddy).toContain('error @signpost_host_files 404');
  });
});

describe('renderCloudFront', () => {
  const policies = JSON.parse(
    renderCloudFront(headerRules('/help/', policy, { hstsPreload: true }), '/help/'),
  ) as Record<string, CloudFrontPolicyConfig>;
  it('has one policy for the default behaviour and one per path with extra headers', () => {
    expect(Object.keys(policies)).toEqual(['Default (*)', '/help/_astro/*', '/help/pagefind/*']);
    expect(policies['/help/_astro/*']?.Name).toBe('signpost-help-astro');
  });
  it('uses the typed security headers where CloudFront has them, custom headers for the rest', () => {
    const main = policies['Default (*)'];
    expect(main?.SecurityHeadersConfig).toEqual({
      ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: policy },
      StrictTransportSecurity: {
        Override: true,
        AccessControlMaxAgeSec: 63_072_000,
        IncludeSubdomains: true,
        Preload: true,
      },
      ContentTypeOptions: { Override: true },
      FrameOptions: { Override: true, FrameOption: 'DENY' },
      ReferrerPolicy: { Override: true, ReferrerPolicy: 'no-referrer' },
    });
    expect(main?.CustomHeadersConfig.Items.map(({ Header }) => Header)).toEqual([
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Cross-Origin-Embedder-Policy',
    ]);
    expect(main?.CustomHeadersConfig.Quantity).toBe(4);
    const assets = policies['/help/_astro/*']?.CustomHeadersConfig.Items.at(-1);
    expect(assets).toEqual({ Header: 'Cache-Control', Value: 'public, max-age=31536000, immutable', Override: true });
  });
});

describe('parseFlag', () => {
  it('reads true and false in their usual spellings, and stops on anything else', () => {
    for (const value of ['true', '1', 'YES', ' true ']) expect(parseFlag('HSTS_PRELOAD', value)).toBe(true);
    for (const value of [undefined, '', 'false', '0', 'no']) expect(parseFlag('HSTS_PRELOAD', value)).toBe(false);
    expect(() => parseFlag('HSTS_PRELOAD', 'on please')).toThrow('HSTS_PRELOAD must be true or false, not "on please"');
  });
});
