import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  inlineScripts,
  policyDirectives,
  policyMetaHashes,
  scriptHash,
  serializePolicy,
  withPagePolicy,
  withPagePolicyBytes,
  withPolicyMeta,
} from '../../src/lib/csp.ts';
import { headerRules, headersFor, parseHeadersFile, renderHeadersFile } from '../../src/lib/headers.ts';

const html = `<html><head><title>x</title>
<script>a()</script>
<script type="module">b()</script>
<script type="module" src="/_astro/c.js"></script>
<script type="application/ld+json">{"@type":"Article"}</script>
<script aria-hidden="true">
d()
</script>
</head><body></body></html>`;

describe('inlineScripts', () => {
  it('returns executable inline scripts only, byte for byte', () => {
    expect(inlineScripts(html)).toEqual(['a()', 'b()', '\nd()\n']);
  });
});

describe('scriptHash', () => {
  it('is the base64 sha256 of the exact body', () => {
    const expected = createHash('sha256').update('\nd()\n').digest('base64');
    expect(scriptHash('\nd()\n')).toBe(`'sha256-${expected}'`);
    expect(scriptHash('a()')).not.toBe(scriptHash('a() '));
  });
});

describe('the policy', () => {
  const directives = policyDirectives(['h2', 'h1', 'h1']);
  const policy = serializePolicy(directives, { header: true });
  it('allows scripts only from self, WebAssembly and the listed hashes, deduplicated', () => {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' h1 h2;");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });
  it('locks down everything else', () => {
    expect(policy).toMatch(/^default-src 'none';/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toMatch(/frame-ancestors 'none'$/);
  });
  it('leaves frame-ancestors out of the meta tag, where browsers ignore it', () => {
    expect(serializePolicy(directives, { header: false })).not.toContain('frame-ancestors');
  });
  it('inserts the meta tag first in <head>, escaped', () => {
    const out = withPolicyMeta('<html><head lang="x"><title>t</title></head></html>', `a "b"`);
    expect(out).toBe(
      '<html><head lang="x"><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot;"><title>t</title></head></html>',
    );
  });
});

describe('host header files', () => {
  const rules = headerRules('/help/', "default-src 'none'");
  it('round-trips through the _headers format', () => {
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });
  it('applies security headers everywhere and immutable caching to hashed assets only', () => {
    const page = Object.fromEntries(headersFor(rules, '/help/en/'));
    expect(page['Content-Security-Policy']).toBe("default-src 'none'");
    expect(page['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('no-referrer');
    expect(page['Cache-Control']).toBeUndefined();
    const asset = Object.fromEntries(headersFor(rules, '/help/_astro/a.js'));
    expect(asset['Cache-Control']).toContain('immutable');
    expect(asset['Content-Security-Policy']).toBe("default-src 'none'");
    expect(headersFor(rules, '/other/')).toEqual([]);
  });
  it('sends HSTS for this host only unless the operator opts in to preload', () => {
    const hsts = (options?: { hstsPreload: boolean }) =>
      Object.fromEntries(headersFor(headerRules('/', 'x', options), '/en/'))['Strict-Transport-Security'];
    expect(hsts()).toBe('max-age=63072000');
    expect(hsts({ hstsPreload: false })).toBe('max-age=63072000');
    expect(hsts({ hstsPreload: true })).toBe('max-age=63072000; includeSubDomains; preload');
  });
});

describe('withPagePolicy and policyMetaHashes', () => {
  it('gives a page a policy allowing exactly its own inline scripts, which can be read back', () => {
    const page =
      '<!doctype html><html><head><script>a()</script><script type="application/ld+json">{}</script></head>' +
      '<body><script src="/x.js"></script><script type="module">b()</script></body></html>';
    const out = withPagePolicy(page);
    expect(policyMetaHashes(out)).toEqual([scriptHash('a()'), scriptHash('b()')].sort());
    expect(out.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '')).toBe(page);
    expect(policyMetaHashes(page)).toBeUndefined();
    expect(policyMetaHashes(withPagePolicy('<html><head></head><body></body></html>'))).toEqual([]);
  });
  it('works on the UTF-8 bytes of a page with text in other scripts, hashing each script as text', () => {
    const page =
      '<!doctype html><html lang="zh-CN"><head><title>充值没到账</title><script>t("充值")</script></head>' +
      '<body><p>提币 → 地址</p><script>x = "✓ 😀"</script></body></html>';
    const out = withPagePolicyBytes(new TextEncoder().encode(page));
    const text = new TextDecoder().decode(out);
    expect(policyMetaHashes(text)).toEqual([scriptHash('t("充值")'), scriptHash('x = "✓ 😀"')].sort());
    expect(text.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '')).toBe(page);
    expect(withPagePolicy(page)).toBe(text);
  });
  it('leaves a document without <head> as it is', () => {
    const bytes = new TextEncoder().encode('<svg><script>a()</script></svg>');
    expect(withPagePolicyBytes(bytes)).toBe(bytes);
  });
});
