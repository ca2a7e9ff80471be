/** Helpers for tests over the build output: article list from the sources, HTML parsing. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { siteUrl } from '../../src/config/site.ts';
import { parseArticleId, type ArticleId } from '../../src/lib/paths.ts';

/** The build output directory. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every article source file, as locale/category/slug. */
export function sourceArticles(): ArticleId[] {
  const root = fileURLToPath(new URL('../../content/docs/', import.meta.url));
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path))
    .flatMap((path) => {
      const id = parseArticleId(path.replaceAll('\\', '/').replace(/\.mdx?$/, ''));
      return id ? [id] : [];
    });
}

/**
 * The build under a sub-path that `tests/dist/base-path.test.ts` writes (`npm run test:dist`) and
 * the deploy tests in the browser serve again; it also publishes security.txt, which the default
 * build does not.
 */
export const subPathBuild = {
  outDir: fileURLToPath(new URL('../../.cache/dist-base/', import.meta.url)),
  base: '/help/',
  env: { BASE_PATH: '/help/', SECURITY_CONTACT: 'mailto:security@example.org' },
} as const;

/** Parses a built page (site path such as `/en/`) into a DOM document. */
export function readPage(path: string, dir = distDir): Document {
  const file = `${dir}${path.replace(/^\//, '')}index.html`;
  if (!existsSync(file)) throw new Error(`${path} was not built (no ${file})`);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** Fails the current test run early with a clear message when `dist/` is missing. */
export function requireBuild(dir = distDir): void {
  if (existsSync(`${dir}index.html`)) return;
  const how =
    dir === subPathBuild.outDir ? 'npm run test:dist (tests/dist/base-path.test.ts writes it)' : 'npm run build';
  throw new Error(`No build in ${dir}: run \`${how}\` first.`);
}

/** Site paths listed in the built sitemap (every sitemap of the index). */
export function sitemapPaths(dir = distDir): string[] {
  const index = readFileSync(`${dir}sitemap-index.xml`, 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  return maps.flatMap((map) =>
    [...readFileSync(`${dir}${map.replace(/^\//, '')}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '', siteUrl).pathname,
    ),
  );
}

/** Site paths of every page built as `…/index.html` (`/`, `/en/`, `/en/fees/trading-fees/`…), sorted. */
export function builtPagePaths(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}
