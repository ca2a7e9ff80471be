/**
 * Astro integration, run last: writes `dist-publish/`, the folder to upload to a host that
 * publishes one folder as a whole site (Netlify, Cloudflare Pages, GitHub Pages, S3). `dist/` stays
 * what a server you configure serves at the base path (nginx, Apache, Caddy, `npm start`).
 */
import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostFileNames, hostFiles } from '../lib/host-config.ts';

/** What crawlers and researchers read at the root of a host, never under a sub-path. */
export const hostRootFiles = ['robots.txt', '.well-known'] as const;

/** The folder to upload for a build written to `outDir`: its sibling `<outDir>-publish/`. */
export function publishDirFor(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-publish`;
}

/** Links `from` to `to` (the same bytes, no copy), or copies it where a link is impossible. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Puts every file under `from` for which `keep` holds (by path relative to `from`) at the same place under `to`. */
async function mirror(from: string, to: string, keep: (path: string) => boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const path = relative(from, join(entry.parentPath, entry.name));
    if (!keep(path)) continue;
    if (entry.isDirectory()) await mkdir(join(to, path), { recursive: true });
    else if (entry.isFile()) {
      await mkdir(join(to, path, '..'), { recursive: true });
      await linkOrCopy(join(from, path), join(to, path));
    }
  }
}

/**
 * Writes the upload folder `publish` from the build in `out`, for a site under `base`: the site
 * under `base` without the host files, and at the root what such hosts read there: `_headers`
 * (Netlify, Cloudflare Pages), `404.html` (also kept under `base`, where Cloudflare Pages and a
 * GitHub project site look first), `robots.txt` and `.well-known/`, and an empty `.nojekyll` (a
 * GitHub Pages branch deploy would otherwise run Jekyll, which drops `_astro/`).
 */
export async function writePublishFolder(out: string, publish: string, base: string): Promise<void> {
  await rm(publish, { recursive: true, force: true });
  const site = join(publish, base);
  const atRoot = base === '/' ? [] : hostRootFiles;
  await mirror(out, site, (path) => {
    const top = path.split(sep)[0] ?? path;
    return !hostFileNames.includes(path) && !(atRoot as readonly string[]).includes(top);
  });
  await linkOrCopy(join(out, hostFiles.headers), join(publish, hostFiles.headers));
  if (base !== '/') {
    await linkOrCopy(join(out, '404.html'), join(publish, '404.html'));
    await mirror(out, publish, (path) => (hostRootFiles as readonly string[]).includes(path.split(sep)[0] ?? path));
  }
  await writeFile(join(publish, '.nojekyll'), '');
  if (base !== '/') await writeFile(join(site, '.nojekyll'), '');
}

/** The integration: writes `<outDir>-publish/` after every other build step. */
export function publishFolder(): AstroIntegration {
  let base = '/';
  return {
    name: 'signpost:publish-folder',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const publish = publishDirFor(out);
        await writePublishFolder(out, publish, base);
        const where =
          base === '/' ? '' : ` (the site under ${base}; 404.html, robots.txt and .well-known/ at the root)`;
        logger.info(
          `${relative(process.cwd(), publish) || publish}/ is the folder to upload to Netlify, Cloudflare Pages, GitHub Pages or S3${where}`,
        );
      },
    },
  };
}
