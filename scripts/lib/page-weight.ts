/** Measures what a page makes the browser download before any interaction, gzipped (Node only). */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes (gzip) per kind of resource, and the total. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];

/** Stylesheets (not print-only) and scripts the HTML loads up front, as site paths. */
export function initialAssets(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet' && attribute(tag, 'media') !== 'print') css.push(href);
    if (rel === 'modulepreload') js.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) js.push(src);
  }
  return { css, js };
}

/** Static `import … from "../../src/lib/x.js"` specifiers of a module (dynamic `import()` loads later, on demand). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1] ?? '');
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Weighs `page` (a site path such as `/en/get-help/x/`) in the build output `dir` built with `base`. */
export function pageWeight(dir: string, page: string, base = '/'): PageWeight {
  const toFile = (path: string) => join(dir, path.startsWith(base) ? path.slice(base.length) : path);
  const html = readFileSync(join(toFile(page), page.endsWith('/') ? 'index.html' : ''), 'utf8');
  const { css, js } = initialAssets(html);
  const seen = new Set<string>();
  let cssBytes = 0;
  let jsBytes = 0;
  for (const href of css) {
    if (seen.has(href)) continue;
    seen.add(href);
    cssBytes += gzipSize(readFileSync(toFile(href)));
  }
  const queue = [...js];
  while (queue.length) {
    const src = queue.shift() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(toFile(src), 'utf8');
    jsBytes += gzipSize(code);
    for (const specifier of staticImports(code)) {
      if (specifier.startsWith('.')) queue.push(posix.join(posix.dirname(src), specifier));
    }
  }
  const htmlBytes = gzipSize(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, files: [...seen] };
}
