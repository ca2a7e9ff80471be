/** Astro integration: after the build, hashes every inline script into a CSP and writes the host header files. */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScripts, policyDirectives, scriptHash, serializePolicy, withPolicyMeta } from '../lib/csp.ts';
import { headerRules, renderHeadersFile, renderNginx } from '../lib/headers.ts';

/** Every `.html` file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Adds a per-page CSP `<meta>` and writes `_headers` and `_nginx-headers.conf` with the site-wide policy. */
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
          const html = await readFile(file, 'utf8');
          const hashes = inlineScripts(html).map(scriptHash);
          for (const hash of hashes) allHashes.add(hash);
          await writeFile(file, withPolicyMeta(html, serializePolicy(policyDirectives(hashes), { header: false })));
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
