/** Reads `content/glossary/` from disk: each locale's glossary, optional, validated once (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLocale, localeIds, type Locale } from '../config/locales.ts';
import type { Glossary } from '../schemas/glossary.ts';
import { parseGlossary } from './glossary.ts';
import { problemsOf, type Loaded, type Problem } from './problems.ts';
import { recordRead } from './reads.ts';

/** Where the glossaries live, relative to the project root. */
export const glossaryDir = new URL('../../content/glossary/', import.meta.url);

/**
 * The glossary of every locale that has a valid one (a locale without a file has none: adding a
 * locale needs no glossary), and the problems of the others and of files named after no locale.
 */
export function readGlossaries(dir: URL = glossaryDir): Loaded<Map<Locale, Glossary>> {
  recordRead('glossary');
  const glossaries = new Map<Locale, Glossary>();
  const problems: Problem[] = [];
  const root = fileURLToPath(dir);
  const names = existsSync(root) ? readdirSync(root).filter((name) => /\.ya?ml$/.test(name)) : [];
  for (const name of names.sort()) {
    const file = `content/glossary/${name}`;
    const locale = name.replace(/\.ya?ml$/, '');
    if (!isLocale(locale)) {
      problems.push({
        file,
        field: '(file)',
        message: `"${locale}" is not a locale; name the file after one of: ${localeIds.join(', ')} (src/config/locales.ts)`,
      });
      continue;
    }
    try {
      glossaries.set(locale, parseGlossary(readFileSync(new URL(name, dir), 'utf8'), file));
    } catch (error) {
      problems.push(...problemsOf(error, file));
    }
  }
  return { value: glossaries, problems };
}
