/** Content-Security-Policy from the built HTML: a sha256 hash for every inline script, nothing unsafe. */
import { createHash } from 'node:crypto';

/** Where each inline `<script>` body of an HTML document starts and ends (external scripts and JSON data blocks excluded). */
export function inlineScriptRanges(html: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    const start = match.index + match[0].length - '</script>'.length - (match[2] ?? '').length;
    ranges.push({ start, end: start + (match[2] ?? '').length });
  }
  return ranges;
}

/** Inline `<script>` bodies of an HTML document (external scripts and JSON data blocks excluded). */
export function inlineScripts(html: string): string[] {
  return inlineScriptRanges(html).map(({ start, end }) => html.slice(start, end));
}

/** The CSP source expression for a script body (text, or its UTF-8 bytes): `'sha256-…'`. */
export function scriptHash(body: string | Uint8Array): string {
  return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
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

/** The `<meta>` that carries `policy` in a page. */
function policyMeta(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
}

/** Where the policy `<meta>` goes: right after the `<head>` tag, or nowhere (-1) in a page without one. */
function policyMetaOffset(html: string): number {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  return head ? head.index + head[0].length : -1;
}

/** Inserts `<meta http-equiv="Content-Security-Policy">` as the first element of `<head>`. */
export function withPolicyMeta(html: string, policy: string): string {
  const at = policyMetaOffset(html);
  return at < 0 ? html : `${html.slice(0, at)}${policyMeta(policy)}${html.slice(at)}`;
}

/**
 * A page (its UTF-8 bytes) with its own policy: every inline script hashed, the policy in a
 * `<meta>` at the top of `<head>`. Works on the bytes as Astro renders them, never decoding the
 * page: read as Latin-1, one character per byte, the markup is found at its byte offsets (no UTF-8
 * byte of another character looks like `<`), and each script is hashed from its own bytes.
 */
export function withPagePolicyBytes(page: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const markup = bytes.toString('latin1');
  const at = policyMetaOffset(markup);
  if (at < 0) return page;
  const hashes = inlineScriptRanges(markup).map(({ start, end }) => scriptHash(bytes.subarray(start, end)));
  const meta = Buffer.from(policyMeta(serializePolicy(policyDirectives(hashes), { header: false })));
  return Buffer.concat([bytes.subarray(0, at), meta, bytes.subarray(at)]);
}

/** {@link withPagePolicyBytes} for a page as text. */
export function withPagePolicy(html: string): string {
  return Buffer.from(withPagePolicyBytes(Buffer.from(html))).toString('utf8');
}

/** The script hashes of the policy `<meta>` near the top of a page (see {@link withPolicyMeta}), or `undefined` without one. */
export function policyMetaHashes(html: string): string[] | undefined {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  return content.replaceAll('&quot;', '"').match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
}
