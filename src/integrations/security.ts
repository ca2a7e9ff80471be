/**
 * Astro integration: after the build, writes each host's header configuration with a CSP allowing
 * every page's inline scripts, and `/.well-known/security.txt` when there is a contact to put in it.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { htmlFiles } from './html-files.ts';
import { hstsPreload, securityContact, siteUrl } from '../config/site.ts';
import { localeIds, locales } from '../config/locales.ts';
import { policyDirectives, policyMetaHashes, serializePolicy } from '../lib/csp.ts';
import { headerRules, renderHeadersFile } from '../lib/headers.ts';
import { hostFiles, renderApache, renderCaddy, renderCloudFront, renderNginx } from '../lib/host-config.ts';
import { securityTxt } from '../lib/well-known.ts';

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
 * their script hashes into the site-wide policy and writes every host's header file
 * ({@link hostFiles}). A page without the `<meta>` fails the build: it would be served without a
 * policy on hosts that ignore header files.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  let site = siteUrl;
  return {
    name: 'signpost:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? siteUrl;
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
        const policy = serializePolicy(policyDirectives(allHashes), { header: true });
        const rules = headerRules(base, policy, { hstsPreload });
        await writeFile(join(out, hostFiles.headers), renderHeadersFile(rules));
        await writeFile(join(out, hostFiles.nginx), renderNginx(rules, base));
        await writeFile(join(out, hostFiles.apache), renderApache(rules, base));
        await writeFile(join(out, hostFiles.caddy), renderCaddy(rules, base));
        await writeFile(join(out, hostFiles.cloudfront), renderCloudFront(rules, base));
        logger.info(
          `CSP: ${allHashes.size} inline script hash(es) over ${files.length} pages (${policy.length} characters); ` +
            `wrote the header files for every host${hstsPreload ? ', HSTS with includeSubDomains; preload' : ''}`,
        );
        await writeSecurityTxt(out, site, logger);
      },
    },
  };
}

/**
 * `/.well-known/security.txt` (RFC 9116) with `SECURITY_CONTACT`, or nothing without it: an
 * invented address would send vulnerability reports nowhere. Crawlers and researchers read it at
 * the root of the host, so its canonical URL is there even when the site is under a sub-path.
 */
async function writeSecurityTxt(out: string, site: string, logger: AstroIntegrationLogger): Promise<void> {
  if (!securityContact) {
    logger.info(
      'security.txt skipped: set SECURITY_CONTACT (a mailto: or https: URI) to publish /.well-known/security.txt',
    );
    return;
  }
  const text = securityTxt({
    contact: securityContact,
    canonical: new URL('/.well-known/security.txt', site).href,
    languages: localeIds.map((id) => locales[id].lang),
    now: new Date(),
  });
  await mkdir(join(out, '.well-known'), { recursive: true });
  await writeFile(join(out, '.well-known', 'security.txt'), text);
}
