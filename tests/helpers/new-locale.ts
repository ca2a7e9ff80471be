/**
 * A copy of the project with one more locale, added exactly as the README's "Add a locale" says:
 * one entry in `src/config/locales.ts`, `content/i18n/<id>.json` (a copy of the default locale's
 * with what is translated so far) and `content/search/synonyms.<id>.yaml`. The locale is
 * `tests/fixtures/new-locale/`'s: right to left, no article translated.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale } from '../../src/config/locales.ts';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { copyProject, projectRoot } from '../../scripts/lib/project-copy.ts';

const fixture = fileURLToPath(new URL('../fixtures/new-locale/', import.meta.url));
/** The entry added to the locale list, as written in the fixture. */
const entry = readFileSync(join(fixture, 'entry.txt'), 'utf8');

/** The new locale's id: the key of the entry. */
export const newLocale = /^\s*'?([a-z0-9-]+)'?\s*:/.exec(entry)?.[1] ?? '';

/** Where the copy is built: inside this project, so it finds its packages one level up. */
export const newLocaleProject = join(projectRoot, '.cache', 'new-locale-site/');
export const newLocaleDist = join(newLocaleProject, 'dist/');

/** The files of the copy the steps wrote or changed, relative to its root. */
export const newLocaleSteps = [
  'src/config/locales.ts',
  `content/i18n/${newLocale}.json`,
  `content/search/synonyms.${newLocale}.yaml`,
];

/** Adds the locale to the project at `root` by the three documented steps. */
export function addLocale(root: string): void {
  // 1. One entry in the locale list.
  const list = join(root, newLocaleSteps[0] ?? '');
  const end = '} as const satisfies Record<string, LocaleConfig>;';
  const source = readFileSync(list, 'utf8');
  if (!source.includes(end)) throw new Error(`the locale list does not end with "${end}" any more`);
  writeFileSync(list, source.replace(end, `${entry}${end}`));
  // 2. The default locale's UI strings, with those translated so far.
  const strings = JSON.parse(readFileSync(join(root, 'content', 'i18n', `${defaultLocale}.json`), 'utf8')) as object;
  const translated = JSON.parse(readFileSync(join(fixture, 'i18n.json'), 'utf8')) as object;
  writeFileSync(join(root, newLocaleSteps[1] ?? ''), `${JSON.stringify({ ...strings, ...translated }, null, 2)}\n`);
  // 3. The synonym dictionary.
  copyFileSync(join(fixture, 'synonyms.yaml'), join(root, newLocaleSteps[2] ?? ''));
}

/**
 * Copies the project, adds the locale and builds the copy; every content read of the build is
 * logged to `reads.log` in the copy (`SIGNPOST_READ_LOG`). With `reuse`, an earlier build is kept.
 */
export function buildNewLocaleSite({ reuse = false } = {}): void {
  if (reuse && existsSync(join(newLocaleDist, 'index.html'))) return;
  copyProject(newLocaleProject, join(projectRoot, 'content', 'docs'));
  addLocale(newLocaleProject);
  astroBuild({ root: newLocaleProject, env: { SIGNPOST_READ_LOG: join(newLocaleProject, 'reads.log') } });
}
