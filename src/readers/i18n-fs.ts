/** Reads `content/i18n/` from disk: the UI strings of every locale in the list, each validated once (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { isLocale, localeIds, type Locale } from '../config/locales.ts';
import type { UiStrings } from '../schemas/ui.ts';
import { copyDefaultHint, localeOfFile, parseUiStrings } from './i18n.ts';
import { ContentError, problemsOf, type Loaded, type Problem } from './problems.ts';
import { recordRead } from './reads.ts';

/** Where the UI string files live, relative to the project root. */
export const uiStringsDir = new URL('../../content/i18n/', import.meta.url);

/** One locale's strings from `dir`; throws a {@link ContentError} naming the file and what is wrong. */
function readLocale(locale: Locale, dir: URL): UiStrings {
  const file = `content/i18n/${locale}.json`;
  let text: string;
  try {
    text = readFileSync(new URL(`${locale}.json`, dir), 'utf8');
  } catch (error) {
    const message = `cannot read the UI strings of locale "${locale}" (${(error as Error).message}). ${copyDefaultHint}`;
    throw new ContentError(`${file}: ${message}`, [{ file, field: '(file)', message }], { cause: error });
  }
  return parseUiStrings(text, file);
}

/** The UI strings of every locale that has valid ones, and the problems: missing or invalid files, files of no locale. */
export function readUiStrings(dir: URL = uiStringsDir): Loaded<Map<Locale, UiStrings>> {
  recordRead('i18n');
  const strings = new Map<Locale, UiStrings>();
  const problems: Problem[] = [];
  for (const locale of localeIds) {
    try {
      strings.set(locale, readLocale(locale, dir));
    } catch (error) {
      problems.push(...problemsOf(error, `content/i18n/${locale}.json`));
    }
  }
  for (const name of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    if (!isLocale(localeOfFile(name))) {
      problems.push({
        file: `content/i18n/${name}`,
        field: '(file)',
        message: `"${localeOfFile(name)}" is not a locale of src/config/locales.ts; add it there, or remove the file`,
      });
    }
  }
  return { value: strings, problems };
}

/** One locale's strings, validated; throws with the file and the missing keys (scripts and tests). */
export function loadUiStrings(locale: Locale, dir: URL = uiStringsDir): UiStrings {
  recordRead('i18n');
  return readLocale(locale, dir);
}
