/** Content-Security-Policy from the built HTML: a sha256 hash for every inline script, nothing unsafe. */
import { createHash } from 'node:crypto';

/** Inline `<script>` bodies of an HTML document (external scripts and JSON data blocks excluded). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/** The CSP source expression for a script body: `'sha256-…'`. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/** The directives of the site's policy; `scriptHashes` are the inline scripts allowed. */
export function policyDirectives(scriptHashes: Iterable<string>): [string, string[]][] {
  return [
    ['default-src', ["'none'"]],
    // Pagefind compiles its WebAssembly search engine: that needs 'wasm-unsafe-eval', not 'unsafe-eval'.
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...[...new Set(scriptHashes)].sort()]],
    // Starlight sets CSS custom properties in `style` attributes.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
  ];
}

/** Serialises directives; `frame-ancestors` only works as a header, so it is added there alone. */
export function serializePolicy(directives: [string, string[]][], { header }: { header: boolean }): string {
  const all = header ? [...directives, ['frame-ancestors', ["'none'"]] as [string, string[]]] : directives;
  return all.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Inserts `<meta http-equiv="Content-Security-Policy">` as the first element of `<head>`. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}

/** A page with its own policy: every inline script hashed, the policy in a `<meta>` at the top of `<head>`. */
export function withPagePolicy(html: string): string {
  return withPolicyMeta(
    html,
    serializePolicy(policyDirectives(inlineScripts(html).map(scriptHash)), { header: false }),
  );
}

/** The script hashes of the policy `<meta>` near the top of a page (see {@link withPolicyMeta}), or `undefined` without one. */
export function policyMetaHashes(html: string): string[] | undefined {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  return content.replaceAll('&quot;', '"').match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
}
