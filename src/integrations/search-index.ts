/** Astro integration: builds the site's Pagefind index, split like queries are, with keywords and synonyms weighted. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files.ts';
import { mapLimit } from '../lib/map-limit.ts';
import * as pagefind from 'pagefind';
import type { IndexMessage, IndexWork } from './search-index.worker.ts';

/** A page's index entry, as Pagefind takes it. */
type Entry = { sourcePath: string; content: string };

/** Runs one worker over `work`, handing each entry it makes to `onEntry`; resolves when it is done. */
function entriesInWorker(work: IndexWork, onEntry: (entry: Entry) => void): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { workerData: work });
    worker.on('message', (message: IndexMessage) => {
      if ('done' in message) {
        done();
        void worker.terminate();
      } else onEntry(message);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      fail(new Error(`[search-index] a worker stopped (exit code ${code}) before it was done`));
    });
  });
}

/** Throws with Pagefind's own messages when a call reports errors. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Writes the search index to `dist/pagefind/` (Starlight's own is turned off, `pagefind: false`),
 * built from each page's index entry (see `src/lib/search/index-entry.ts`): Chinese text split
 * where browsers split queries, and each article's title, keywords and their synonyms as weighted
 * metadata (platform guides in a field of their own). Pages readers download are unchanged.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'signpost:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index } = check(await pagefind.createIndex({}), 'start');
        if (!index) throw new Error('Pagefind returned no index');
        let pages = 0;
        try {
          // Pages are turned into entries in worker threads, each taking a run of pages in order, while
          // Pagefind indexes the ones already sent. Entries reach Pagefind in page order (a later run's
          // wait until the runs before it are done), so the index is the same as with one thread.
          const built = await htmlFiles(out);
          const workers = Math.max(1, Math.min(availableParallelism(), built.length));
          const runLength = Math.ceil(built.length / workers);
          const waiting: Entry[][] = Array.from({ length: workers }, () => []);
          let current = 0;
          const added: Promise<unknown>[] = [];
          const add = (entry: Entry) => {
            const adding = index.addHTMLFile(entry).then((response) => check(response, 'index a page'));
            // Awaited below; until then a failure must not count as unhandled.
            adding.catch(() => undefined);
            added.push(adding);
            pages++;
          };
          const finished = new Set<number>();
          await Promise.all(
            Array.from({ length: workers }, (_, run) =>
              entriesInWorker({ out, files: built.slice(run * runLength, (run + 1) * runLength) }, (entry) => {
                if (run === current) add(entry);
                else waiting[run]?.push(entry);
              }).then(() => {
                finished.add(run);
                // Hand over to the next run not finished yet, sending what the finished ones made.
                while (finished.has(current) && current < workers - 1) {
                  current++;
                  for (const entry of waiting[current]?.splice(0) ?? []) add(entry);
                }
              }),
            ),
          );
          await Promise.all(added);
          // Written here rather than by Pagefind's writeFiles(), whose last file can be cut short
          // when the Pagefind process is closed right after it.
          const { files } = check(await index.getFiles(), 'produce the index');
          const output = join(out, 'pagefind');
          await rm(output, { recursive: true, force: true });
          // Folders first, then the files, many at a time (a thousand small files one by one take a second).
          for (const folder of new Set(files.map(({ path }) => dirname(join(output, path))))) {
            await mkdir(folder, { recursive: true });
          }
          await mapLimit(files, 32, ({ path, content }) => writeFile(join(output, path), content));
        } finally {
          await pagefind.close();
        }
        logger.info(`Search index: ${pages} pages, Chinese segmented like queries, keywords and synonyms weighted`);
      },
    },
  };
}
