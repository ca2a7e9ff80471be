/**
 * Astro integration: after the build, writes `sw.js`, the offline emergency kit's service worker
 * (src/lib/offline.ts), with each locale's files read from the built pages and a version that
 * changes with any of them. Fails the build when the script is over its budget or a kit file is missing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { localeIds } from '../config/locales.ts';
import {
  kitData,
  kitPages,
  pageAssets,
  scriptImports,
  serviceWorkerBudget,
  serviceWorkerSource,
  urgentLinks,
} from '../lib/offline.ts';

/** The file a site path is served from in `out` (`/en/` is `en/index.html`). */
function fileOf(out: string, base: string, path: string): string {
  const rest = path.slice(base.length);
  return join(out, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
}

export function offlineKit(): AstroIntegration {
  let base = '/';
  return {
    name: 'signpost:offline-kit',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const read = (path: string) => {
          const file = fileOf(out, base, path);
          if (!existsSync(file)) throw new Error(`[offline-kit] ${path} is in the offline kit but was not built`);
          return readFileSync(file);
        };
        const hash = createHash('sha256');
        const kits: Record<string, string[]> = {};
        for (const locale of localeIds) {
          const home = `${base}${locale}/`;
          const pages = [home, ...urgentLinks(read(home).toString('utf8')), ...kitPages.map((p) => `${home}${p}`)];
          const files = new Set([...pages, ...kitData(base, locale)]);
          const scripts: string[] = [];
          for (const page of pages) {
            for (const asset of pageAssets(read(page).toString('utf8'), base)) {
              files.add(asset);
              if (asset.endsWith('.js')) scripts.push(asset);
            }
          }
          for (let script = scripts.pop(); script; script = scripts.pop()) {
            for (const imported of scriptImports(read(script).toString('utf8'), script)) {
              if (!files.has(imported)) scripts.push(imported);
              files.add(imported);
            }
          }
          kits[locale] = [...files].sort();
          for (const file of kits[locale]) hash.update(file).update(read(file));
        }
        const source = serviceWorkerSource(hash.digest('hex').slice(0, 12), base, kits);
        const size = gzipSync(source).length;
        if (size > serviceWorkerBudget) {
          throw new Error(`[offline-kit] sw.js is ${size} B gzip, over its budget of ${serviceWorkerBudget} B`);
        }
        await writeFile(join(out, 'sw.js'), source);
        const counts = localeIds.map((locale) => `${locale} ${kits[locale]?.length ?? 0} files`).join(', ');
        logger.info(`sw.js (${size} B gzip) keeps, per visited locale: ${counts}`);
      },
    },
  };
}
