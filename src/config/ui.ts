/** Reads each locale's UI strings from `content/i18n/<locale>.json` (build-time, Node only). */
import { readFileSync } from 'node:fs';
import { locales, type Locale } from './locales.ts';
import { uiStrings, type UiStrings } from '../schemas/ui.ts';

/** Where the UI string files live, relative to the project root. */
export const uiStringsDir = new URL('../../content/i18n/', import.meta.url);

/** Loads and validates one locale's strings; throws with the file and the missing keys. */
export function loadUiStrings(locale: Locale, dir: URL = uiStringsDir): UiStrings {
  const file = new URL(`${locale}.json`, dir);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `content/i18n/${locale}.json: cannot read the UI strings of locale "${locale}" (${(error as Error).message}). ` +
        'Copy content/i18n/en.json to this name and translate its values.',
      { cause: error },
    );
  }
  const result = uiStrings.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `"${issue.path.join('.')}": ${issue.message}`);
    throw new Error(
      `content/i18n/${locale}.json: ${problems.join('; ')}. Add each missing key with its text in ${locales[locale].label}.`,
    );
  }
  return result.data;
}
