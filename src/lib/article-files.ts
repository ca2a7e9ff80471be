/** Reads the article sources under `content/docs/` from disk (Node only), for the check and the build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from './content-check.ts';

/** Every .md/.mdx file under `root` (skipping `_`-prefixed names), path relative to it, sorted. */
export function readArticleFiles(root: string): SourceFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && !path.split(/[\\/]/).some((part) => part.startsWith('_')))
    .sort()
    .map((path) => ({ path: path.replaceAll('\\', '/'), source: readFileSync(join(root, path), 'utf8') }));
}
