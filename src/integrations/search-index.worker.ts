/** Worker thread of the search-index integration: turns built pages into index entries, several workers at once. */
import { readFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { localeIds, locales } from '../config/locales.ts';
import { loadSearchDictionary } from '../config/search.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';
import { indexEntryHtml } from '../lib/search/index-entry.ts';
import { guideOf, parseArticleId } from '../lib/paths.ts';

/** What the integration sends: the build output and this worker's share of its pages. */
export interface IndexWork {
  out: string;
  files: string[];
}

/** What the worker sends back: one page's entry (pages that are not searchable send nothing), then `done`. */
export type IndexMessage = { sourcePath: string; content: string } | { done: true };

const { out, files } = workerData as IndexWork;
const dictionaries = new Map<string, Dictionary>(
  localeIds.map((id) => [locales[id].lang.toLowerCase(), loadSearchDictionary(id)]),
);
for (const file of files) {
  const sourcePath = relative(out, file).split(sep).join('/');
  const content = indexEntryHtml(await readFile(file, 'utf8'), {
    dictionaryFor: (lang) => dictionaries.get(lang.toLowerCase()),
    platform: guideOf(parseArticleId(dirname(sourcePath))),
  });
  if (content !== undefined) parentPort?.postMessage({ sourcePath, content } satisfies IndexMessage);
}
parentPort?.postMessage({ done: true } satisfies IndexMessage);
