/** Worker thread of the search-index integration: turns built pages into index entries, in the order they come. */
import { readFile } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Dictionary } from '../lib/search/dictionary.ts';
import { indexEntryHtml } from '../lib/search/index-entry.ts';
import { guideOf, parseArticleId } from '../lib/paths.ts';

/** What the integration sends: a page as rendered, a built file to read, or the end of the pages. */
export type IndexRequest =
  { sourcePath: string; page: Uint8Array } | { sourcePath: string; file: string } | { end: true };

/** What the worker answers, in the order of the requests: a page's entry (or none, if it is not searchable), then `done`. */
export type IndexMessage = { sourcePath: string; content: string | undefined } | { done: true };

// Below the page rendering it keeps up with: on a machine with few cores, rendering goes first.
setPriority(constants.priority.PRIORITY_LOW);

/** What the integration starts the worker with: each locale's compiled dictionary, by lower-case `lang`. */
export interface IndexWorkerData {
  dictionaries: [lang: string, dictionary: Dictionary][];
}

const dictionaries = new Map((workerData as IndexWorkerData).dictionaries);
const decoder = new TextDecoder();

/** The entry of one page; `sourcePath` is its file inside the output directory (`en/fees/x/index.html`). */
function entry(sourcePath: string, html: string): IndexMessage {
  const content = indexEntryHtml(html, {
    dictionaryFor: (lang) => dictionaries.get(lang.toLowerCase()),
    platform: guideOf(parseArticleId(dirname(sourcePath))),
  });
  return { sourcePath, content };
}

// Requests are answered one at a time, so entries leave in the order pages came.
let queue = Promise.resolve();
parentPort?.on('message', (request: IndexRequest) => {
  queue = queue.then(async () => {
    if ('end' in request) {
      parentPort?.postMessage({ done: true } satisfies IndexMessage);
      parentPort?.close();
    } else if ('page' in request) {
      parentPort?.postMessage(entry(request.sourcePath, decoder.decode(request.page)));
    } else {
      parentPort?.postMessage(entry(request.sourcePath, await readFile(request.file, 'utf8')));
    }
  });
});
