/** `content/i18n/<locale>.json`: one locale's UI strings, validated against every key the site uses (pure). */
import { defaultLocale, isLocale, locales } from '../config/locales.ts';
import { uiStrings, type UiStrings } from '../schemas/ui.ts';
import { ContentError } from './problems.ts';

/** The locale a UI strings file is for: its name without `.json`. */
export function localeOfFile(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** What to do when a locale's file cannot be read at all. */
export const copyDefaultHint = `Copy content/i18n/${defaultLocale}.json to this name and translate its values.`;

/** Parses and validates one locale's strings; throws a {@link ContentError} with the file and the missing keys. */
export function parseUiStrings(text: string, file: string): UiStrings {
  const locale = localeOfFile(file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = `cannot read the UI strings of locale "${locale}" (${(error as Error).message}). ${copyDefaultHint}`;
    throw new ContentError(`${file}: ${message}`, [{ file, field: 'json', message }], { cause: error });
  }
  const result = uiStrings.safeParse(raw);
  if (!result.success) {
    const language = isLocale(locale) ? locales[locale].label : locale;
    const fix = `Add each missing key with its text in ${language}.`;
    const problems = result.error.issues.map((issue) => ({
      file,
      field: issue.path.join('.'),
      message: `${issue.message}. ${fix}`,
    }));
    const list = result.error.issues.map((issue) => `"${issue.path.join('.')}": ${issue.message}`);
    throw new ContentError(`${file}: ${list.join('; ')}. ${fix}`, problems);
  }
  return result.data;
}
