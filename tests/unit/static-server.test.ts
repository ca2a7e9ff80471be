/** The static server compresses text as hosts do, and sends everything else as it is. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBase, pickEncoding, resolveFile, serveStatic } from '../../scripts/lib/static-server.ts';
import { hostFileNames } from '../../src/lib/host-config.ts';

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, for text, SVG, JSON and WebAssembly', () => {
    expect(pickEncoding('gzip, deflate, br', 'text/html; charset=utf-8')).toBe('br');
    expect(pickEncoding('gzip', 'text/css')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0.5', 'application/wasm')).toBe('gzip');
    expect(pickEncoding('*', 'image/svg+xml')).toBe('br');
    expect(pickEncoding('identity', 'application/json')).toBeUndefined();
    expect(pickEncoding(undefined, 'text/html')).toBeUndefined();
  });
  it('leaves images and unknown types alone', () => {
    expect(pickEncoding('br, gzip', 'image/png')).toBeUndefined();
    expect(pickEncoding('br, gzip', 'application/octet-stream')).toBeUndefined();
  });
});

describe('serveStatic', () => {
  const html = `<!doctype html><title>t</title>${'<p>help</p>'.repeat(200)}`;
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'signpost-serve-'));
    mkdirSync(join(root, 'en'));
    writeFileSync(join(root, 'en', 'index.html'), html);
    writeFileSync(join(root, 'a.png'), Buffer.from([137, 80, 78, 71]));
    const served = await serveStatic({ root });
    url = served.url;
    close = () => {
      served.server.close();
    };
  });
  afterAll(() => {
    close();
  });

  /** The raw response: headers and the body bytes as sent. */
  const fetchRaw = (path: string, acceptEncoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
      get(new URL(path, url), { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          done({ headers: response.headers, body: Buffer.concat(chunks) });
        });
      }).on('error', fail);
    });

  it('sends HTML in Brotli or gzip when asked, and as it is otherwise', async () => {
    const br = await fetchRaw('en/', 'gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(br.body.length).toBeLessThan(html.length / 5);
    const gzip = await fetchRaw('en/', 'gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(html);
    const plain = await fetchRaw('en/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
  });
  it('sends images uncompressed', async () => {
    const png = await fetchRaw('a.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([137, 80, 78, 71]);
  });
});

describe('host files', () => {
  const root = mkdtempSync(join(tmpdir(), 'signpost-host-files-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  for (const file of hostFileNames) writeFileSync(join(root, file), '/help/*\n  X-Test: 1\n');
  it('are never served, as no host serves them', () => {
    expect(resolveFile(root, '/help/', '/help/')).toBe(join(root, 'index.html'));
    for (const file of hostFileNames) expect(resolveFile(root, '/help/', `/help/${file}`), file).toBeUndefined();
  });
  it('tell the base path the site was built for', () => {
    expect(builtBase(root)).toBe('/help/');
    expect(builtBase(join(root, 'nowhere'))).toBeUndefined();
  });
});
