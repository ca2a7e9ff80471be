/** Article files as the bench and tests write them: a path under `content/docs/` and the text. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An article file: its path relative to `content/docs/` (`en/fees/x.mdx`) and its text. */
export interface SourceFile {
  path: string;
  source: string;
}

/** Replaces everything under `root` with `files`. */
export function writeArticles(root: string, files: readonly SourceFile[]): void {
  rmSync(root, { recursive: true, force: true });
  for (const { path, source } of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
  }
}
