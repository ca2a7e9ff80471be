/** The channel checker's own content (`content/checker/`): one file's text parsed and validated (pure). */
import {
  checkerHostsSchema,
  checkerWordsSchema,
  type CheckerContent,
  type CheckerHosts,
  type CheckerWords,
} from '../schemas/checker.ts';
import { parseYamlWith } from './yaml.ts';

/** One language's words (`content/checker/words/<language>.yaml`). */
export function parseCheckerWords(text: string, file: string): CheckerWords {
  return parseYamlWith(text, file, checkerWordsSchema);
}

/** The host lists (`content/checker/hosts.yaml`). */
export function parseCheckerHosts(text: string, file: string): CheckerHosts {
  return parseYamlWith(text, file, checkerHostsSchema);
}

/** Every language's words in one list per kind (the checker reads all languages on every page), and the hosts. */
export function mergeCheckerContent(words: readonly CheckerWords[], hosts: CheckerHosts): CheckerContent {
  const merged = (pick: (entry: CheckerWords) => readonly string[]) => [...new Set(words.flatMap(pick))];
  return {
    words: { lure: merged((w) => w.lure), everyday: merged((w) => w.everyday), generic: merged((w) => w.generic) },
    hosts,
  };
}
