/** Writing article files, and the options of the writers' check, shared by `npm run check`, the bench and tests. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { categories } from '../../src/config/categories.ts';
import { latinTermsAllowed } from '../../src/config/lint.ts';
import { defaultLocale, locales, localeIds } from '../../src/config/locales.ts';
import { sitePages } from '../../src/config/pages.ts';
import type { CheckOptions, SourceFile } from '../../src/lib/content-check.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';

/** Replaces everything under `root` with `files`. */
export function writeArticles(root: string, files: readonly SourceFile[]): void {
  rmSync(root, { recursive: true, force: true });
  for (const { path, source } of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
  }
}

/** The site structure `checkContent` compares articles against; `root` prefixes paths in messages. */
export function contentCheckOptions(root: string): CheckOptions {
  const platforms = loadPlatforms();
  return {
    locales: localeIds,
    defaultLocale,
    categories,
    pages: sitePages(platforms.map((platform) => platform.id)),
    root,
    nonLatinLocales: Object.fromEntries(
      localeIds.filter((id) => locales[id].script !== 'Latn').map((id) => [id, locales[id].label]),
    ),
    // Platform names come from the channel data, so a new platform needs no lint change.
    allowedLatin: [...latinTermsAllowed, ...platforms.map((platform) => platform.name)],
  };
}
