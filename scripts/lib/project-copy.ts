/** A copy of this project with other articles in `content/docs/`, for the bench and for builds of test content. */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This project's root. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Writes into `dir` (emptied first) the files a build needs, with `contentDir` as `content/docs/`;
 * returns `dir`. No node_modules link: packages resolve from this project's, one level up, and
 * Astro's caches stay inside the copy, so every build there starts cold.
 */
export function copyProject(dir: string, contentDir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  }
  // Every content source but the articles, so a new source needs no change here.
  for (const item of readdirSync(join(projectRoot, 'content')).filter((name) => name !== 'docs')) {
    cpSync(join(projectRoot, 'content', item), join(dir, 'content', item), { recursive: true });
  }
  cpSync(contentDir, join(dir, 'content', 'docs'), { recursive: true });
  return dir;
}
