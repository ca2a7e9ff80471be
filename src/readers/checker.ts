/** The channel checker's own content (`content/checker/`): one file's text parsed and validated (pure). */
import type { z } from 'astro/zod';
import {
  checkerHostsSchema,
  checkerWordsSchema,
  type CheckerContent,
  type CheckerHosts,
  type CheckerWords,
} from '../schemas/checker.ts';
import { ContentError } from './problems.ts';
import { readYaml } from './yaml.ts';

/** Parses YAML and validates it; a {@link ContentError} names the file, the line, the field and the fix. */
function parseWith<T extends z.ZodType>(schema: T, text: string, file: string): z.output<T> {
  const document = readYaml(text, file);
  const result = schema.safeParse(document.data ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    file,
    line: document.lineOf(issue.path),
    field: issue.path.join('.') || '(file)',
    message: issue.message,
  }));
  const lines = problems.map((problem) => `  ✗ ${problem.field} (line ${problem.line}): ${problem.message}`);
  throw new ContentError(`${file}: ${problems.length} problem(s)\n${lines.join('\n')}`, problems);
}

/** One language's words (`content/checker/words/<language>.yaml`). */
export function parseCheckerWords(text: string, file: string): CheckerWords {
  return parseWith(checkerWordsSchema, text, file);
}

/** The host lists (`content/checker/hosts.yaml`). */
export function parseCheckerHosts(text: string, file: string): CheckerHosts {
  return parseWith(checkerHostsSchema, text, file);
}

/** Every language's words in one list per kind (the checker reads all languages on every page), and the hosts. */
export function mergeCheckerContent(words: readonly CheckerWords[], hosts: CheckerHosts): CheckerContent {
  const merged = (pick: (entry: CheckerWords) => readonly string[]) => [...new Set(words.flatMap(pick))];
  return {
    words: { lure: merged((w) => w.lure), everyday: merged((w) => w.everyday), generic: merged((w) => w.generic) },
    hosts,
  };
}
