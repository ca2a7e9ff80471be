/** Reads `content/checker/` from disk once: every language's words and the host lists (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckerContent } from '../schemas/checker.ts';
import { mergeCheckerContent, parseCheckerHosts, parseCheckerWords } from './checker.ts';
import { problemsOf, type Loaded } from './problems.ts';
import { recordRead } from './reads.ts';

/** Where the checker's content lives, relative to the project root. */
export const checkerDir = new URL('../../content/checker/', import.meta.url);

/** Reads `hosts.yaml` and every `words/*.yaml` of `dir` (default `content/checker/`), validated; throws with every problem. */
export function loadCheckerContent(dir: string | URL = checkerDir): CheckerContent {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  recordRead('checker');
  const label = (file: string) => relative(process.cwd(), file).replaceAll('\\', '/');
  const hostsFile = join(root, 'hosts.yaml');
  const wordsDir = join(root, 'words');
  // Missing files are an error, never an empty list: a checker without its words calls fewer lookalikes, silently.
  if (!existsSync(hostsFile) || !existsSync(wordsDir)) {
    throw new Error(`${label(root)}: hosts.yaml and words/ are required (content/checker/README.md)`);
  }
  const words = readdirSync(wordsDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => parseCheckerWords(readFileSync(join(wordsDir, name), 'utf8'), label(join(wordsDir, name))));
  const hosts = parseCheckerHosts(readFileSync(hostsFile, 'utf8'), label(hostsFile));
  return mergeCheckerContent(words, hosts);
}

/** {@link loadCheckerContent}, reporting instead of throwing: `undefined` and the problems when the folder is wrong. */
export function readCheckerContent(dir: string | URL = checkerDir): Loaded<CheckerContent | undefined> {
  try {
    return { value: loadCheckerContent(dir), problems: [] };
  } catch (error) {
    return { value: undefined, problems: problemsOf(error, 'content/checker/') };
  }
}
