/** Reads the article sources under `content/docs/` from disk (Node only), for the check, the build and the bench. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './content-check.ts';

/** Paths of every .md/.mdx file under `root` (skipping `_`-prefixed names), relative to it with `/`, sorted. */
export function articlePaths(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && !path.split(/[\\/]/).some((part) => part.startsWith('_')))
    .map((path) => path.replaceAll('\\', '/'))
    .sort();
}

/** Every article file under `root` with its source, as {@link articlePaths} lists them. */
export function readArticleFiles(root: string): SourceFile[] {
  return articlePaths(root).map((path) => ({ path, source: readFileSync(join(root, path), 'utf8') }));
}
