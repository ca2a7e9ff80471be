/** Astro integration: after the build, writes the host header files with a CSP allowing every page's inline scripts. */
import { open, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';
import { policyDirectives, policyMetaHashes, serializePolicy } from '../lib/csp.ts';
import { headerRules, renderHeadersFile, renderNginx } from '../lib/headers.ts';

/** The policy `<meta>` sits at the top of `<head>`: this much of a page is enough to find it. */
const headBytes = 16 * 1024;

/** The first {@link headBytes} of a file, as text. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(headBytes);
    const { bytesRead } = await handle.read(buffer, 0, headBytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Each page got its own policy `<meta>` while it was rendered (`src/middleware.ts`); this collects
 * their script hashes into the site-wide policy and writes `_headers` and `_nginx-headers.conf`.
 * A page without the `<meta>` fails the build: it would be served without a policy on hosts that
 * ignore header files.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'signpost:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const allHashes = new Set<string>();
        const files = await htmlFiles(out);
        for (const file of files) {
          const hashes = policyMetaHashes(await readHead(file));
          if (!hashes) {
            throw new Error(
              `[security-headers] ${relative(out, file)} has no Content-Security-Policy <meta>: src/middleware.ts adds it to every rendered page, so this file was written by something else`,
            );
          }
          for (const hash of hashes) allHashes.add(hash);
        }
        const rules = headerRules(base, serializePolicy(policyDirectives(allHashes), { header: true }));
        await writeFile(join(out, '_headers'), renderHeadersFile(rules));
        await writeFile(join(out, '_nginx-headers.conf'), renderNginx(rules));
        logger.info(
          `CSP: ${allHashes.size} inline script hash(es) over ${files.length} pages; wrote _headers and _nginx-headers.conf`,
        );
      },
    },
  };
}
