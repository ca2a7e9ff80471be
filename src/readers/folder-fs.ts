/** Reads every YAML file of a content folder, each parsed alone, with the problems of those that fail (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemsOf, type Problem } from './problems.ts';
import { recordRead } from './reads.ts';

/** One file that parsed: its path from the project root and its value. */
export interface ParsedFile<T> {
  file: string;
  value: T;
}

/** A file that did not parse: its message and its problems. */
export interface FailedFile {
  message: string;
  problems: Problem[];
}

/**
 * Every `*.yaml`/`*.yml` file of `dir` (other files are not read), in name order, parsed by `parse`;
 * the read is counted under `source` (`reads.ts`).
 */
export function readYamlFolder<T>(
  dir: string | URL,
  source: string,
  parse: (text: string, file: string) => T,
): { parsed: ParsedFile<T>[]; failed: FailedFile[] } {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  recordRead(source);
  const names = readdirSync(root)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const parsed: ParsedFile<T>[] = [];
  const failed: FailedFile[] = [];
  for (const name of names) {
    const file = relative(process.cwd(), join(root, name)).replaceAll('\\', '/');
    try {
      parsed.push({ file, value: parse(readFileSync(join(root, name), 'utf8'), file) });
    } catch (error) {
      failed.push({ message: (error as Error).message, problems: problemsOf(error, file) });
    }
  }
  return { parsed, failed };
}
