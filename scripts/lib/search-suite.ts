/** The search relevance suite (`tests/search/queries.<locale>.yaml`), read and validated. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locale } from '../../src/config/locales.ts';
import { relevanceSuiteSchema, type RelevanceCase } from '../../src/schemas/search.ts';

/** Where the suites live. */
export const suiteDir = new URL('../../tests/search/', import.meta.url);

/** Reads one locale's suite; throws with the file and the problems. */
export function loadRelevanceSuite(locale: Locale, dir: URL = suiteDir): RelevanceCase[] {
  const result = relevanceSuiteSchema.safeParse(parse(readFileSync(new URL(`queries.${locale}.yaml`, dir), 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`tests/search/queries.${locale}.yaml: ${problems.join('; ')}`);
  }
  return result.data;
}
