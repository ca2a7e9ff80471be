/**
 * A small static file server for `dist/`, honouring a base path and `_headers`, compressing text as
 * hosts do, and refusing the host configuration files in `dist/` as the hosts' own configurations
 * do; used by `npm start` and the tests.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/headers.ts';
import { hostFileNames, hostFiles } from '../../src/lib/host-config.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Types a static host compresses: text, SVG and WebAssembly (images and Pagefind's own gzip files are not). */
const compressible = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

/** The encoding to send a response of `contentType` in, from the request's `Accept-Encoding`: Brotli, gzip or none. */
export function pickEncoding(acceptEncoding: string | undefined, contentType: string): 'br' | 'gzip' | undefined {
  if (!compressible.test(contentType)) return undefined;
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return undefined;
}

/** Compressed bodies by file, encoding and modification time, so each file is compressed once. */
const compressed = new Map<string, Buffer>();

function compressedBody(file: string, mtimeMs: number, encoding: 'br' | 'gzip'): Buffer {
  const key = `${encoding}:${mtimeMs}:${file}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
          })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /** Directory to serve (the build output). */
  root: string;
  /** Base path the site was built for, e.g. `/` or `/help/`. */
  base?: string;
  /** Port; 0 picks a free one. */
  port?: number;
  host?: string;
  /** Serve HTTPS with this key and certificate (PEM), as a real host would. */
  tls?: { key: string; cert: string };
}

/** Maps a request path to a file under `root`, or `undefined` outside the base or the root, or for a host file. */
export function resolveFile(rootDir: string, base: string, pathname: string): string | undefined {
  const root = resolve(rootDir);
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  const relative = normalize(path.slice(base.length)).replace(/^([/\\])+/, '');
  if (relative.startsWith('..') || hostFileNames.includes(relative)) return undefined;
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    const index = join(file, 'index.html');
    return statSync(index, { throwIfNoEntry: false })?.isFile() ? index : undefined;
  }
  return stat?.isFile() ? file : undefined;
}

/** The base path `root` was built for, from the first rule of its `_headers` (`/help/*`), or `undefined` without one. */
export function builtBase(root: string): string | undefined {
  const file = join(root, hostFiles.headers);
  if (!statSync(file, { throwIfNoEntry: false })) return undefined;
  const path = parseHeadersFile(readFileSync(file, 'utf8'))[0]?.path;
  return path?.endsWith('/*') ? path.slice(0, -1) : undefined;
}

/** Starts the server and resolves with it and its URL (including the base). */
export function serveStatic({
  root,
  base = '/',
  port = 0,
  host = '127.0.0.1',
  tls,
}: ServeOptions): Promise<{ server: Server; url: string }> {
  // The headers a static host would send, from the `_headers` file the build writes.
  const headersFile = join(root, '_headers');
  const rules: HeaderRule[] = statSync(headersFile, { throwIfNoEntry: false })
    ? parseHeadersFile(readFileSync(headersFile, 'utf8'))
    : [];
  const handler: RequestListener = (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
    if (base !== '/' && (pathname === '/' || pathname === base.slice(0, -1))) {
      response.writeHead(302, { location: base }).end();
      return;
    }
    const file = resolveFile(root, base, pathname);
    if (file && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const target = file ?? join(root, '404.html');
    const status = file ? 200 : 404;
    const stat = statSync(target, { throwIfNoEntry: false });
    if (!stat) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const contentType = types[extname(target)] ?? 'application/octet-stream';
    const encoding = pickEncoding(request.headers['accept-encoding'], contentType);
    if (compressible.test(contentType)) response.setHeader('vary', 'Accept-Encoding');
    if (encoding) {
      const body = compressedBody(target, stat.mtimeMs, encoding);
      response.writeHead(status, {
        'content-type': contentType,
        'content-encoding': encoding,
        'content-length': body.length,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(status, { 'content-type': contentType, 'content-length': stat.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(target).pipe(response);
  };
  const server = tls ? createTlsServer(tls, handler) : createServer(handler);

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        url: `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}${base}`,
      });
    });
  });
}
