/** Reads `content/docs/` from disk: every article file, each parsed and validated once (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type ArticleSource } from './docs.ts';
import type { Loaded } from './problems.ts';
import { recordRead } from './reads.ts';

/** Paths of every .md/.mdx file under `dir` (skipping `_`-prefixed names), relative to it with `/`, sorted. */
export function articlePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && !path.split(/[\\/]/).some((part) => part.startsWith('_')))
    .map((path) => path.replaceAll('\\', '/'))
    .sort();
}

/** One article file of `dir`, read and parsed (the dev server's loader, when a file changes). */
export function readArticle(dir: string, path: string, root = 'content/docs/'): ArticleSource {
  return parseArticle(readFileSync(join(dir, path), 'utf8'), path, root);
}

/** Every article under `dir`; `root` is what messages put before a path (default `content/docs/`). */
export function readDocs(dir: string, root = 'content/docs/'): Loaded<ArticleSource[]> {
  recordRead('docs');
  const articles = articlePaths(dir).map((path) => readArticle(dir, path, root));
  return { value: articles, problems: articles.flatMap((article) => article.problems) };
}
