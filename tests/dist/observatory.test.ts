/** The MDN HTTP Observatory scores the built site, served over HTTPS with its `_headers`: A+ is the floor. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { distDir, requireBuild } from '../helpers/site.ts';
import { certificate } from '../helpers/web-servers.ts';

const root = process.getuid?.() === 0;
if (!root) {
  const message = 'The Observatory test serves the site on ports 80 and 443, which needs root.';
  if (process.env['CI'] === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(`\n!! SKIPPING THE HTTP OBSERVATORY SCAN. ${message}\n`);
}

const scanner = join(dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json')), 'src/scan.js');
const servers: Server[] = [];
let certificateFile = '';

interface Scan {
  scan: { grade: string; score: number; testsFailed: number };
  tests: Record<string, { pass: boolean; result: string }>;
}

describe.skipIf(!root)('MDN HTTP Observatory', () => {
  beforeAll(async () => {
    requireBuild();
    // The scanner's install step downloads Chromium's HSTS preload list, which this network cannot reach;
    // localhost is on no preload list, so an empty one gives the same result.
    const preload = join(dirname(scanner), '..', 'conf', 'hsts-preload.json');
    if (!existsSync(preload)) writeFileSync(preload, '{}');
    const { cert, key } = certificate(mkdtempSync(join(tmpdir(), 'signpost-tls-')));
    certificateFile = cert;
    const tls = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
    for (const host of ['127.0.0.1', '::1']) {
      servers.push((await serveStatic({ root: distDir, port: 443, host, tls })).server);
      // Plain HTTP only redirects to HTTPS, as a host set up for HSTS does.
      const redirect = createServer((request, response) => {
        response.writeHead(301, { location: `https://localhost${request.url ?? '/'}` }).end();
      });
      await new Promise<void>((resolve) => redirect.listen(80, host, resolve));
      servers.push(redirect);
    }
  });

  afterAll(() => {
    for (const server of servers) server.close();
  });

  it('grades the site A+ with every test passed', async () => {
    // Asynchronously: the servers answering the scanner run in this process.
    const { stdout } = await promisify(execFile)(process.execPath, [scanner, 'localhost'], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certificateFile },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const result = JSON.parse(stdout) as Scan;
    const failed = Object.entries(result.tests).filter(([, test]) => !test.pass);
    console.log(`HTTP Observatory: grade ${result.scan.grade}, score ${result.scan.score}`);
    expect(failed.map(([name, test]) => `${name}: ${test.result}`)).toEqual([]);
    expect(result.scan.grade).toBe('A+');
    expect(result.scan.score).toBeGreaterThanOrEqual(100);
  });
});
