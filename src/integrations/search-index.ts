/** Astro integration: builds the site's Pagefind index while the pages render, split like queries are, with keywords and synonyms weighted. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles } from './html-files.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { outputFile } from '../lib/paths.ts';
import { childProcesses, lowerPriority } from '../lib/priority.ts';
import { setPageSink } from '../lib/search/page-sink.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';
import type { IndexMessage, IndexRequest, IndexWorkerData } from './search-index.worker.ts';
import { locales } from '../config/locales.ts';
import { compileSearchDictionary } from '../readers/search.ts';
import { searchIndexTagVariable } from '../config/search.ts';
import type { SiteContent } from '../readers/site-fs.ts';

/** Throws with Pagefind's own messages when a call reports errors. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}: ${response.errors.join('; ')}`);
  return response;
}

/** An index being built: pages go in as they come, entries reach Pagefind in the same order. */
interface Indexing {
  /** The files (inside the output directory) sent so far, in order. */
  sent: Set<string>;
  send: (request: Exclude<IndexRequest, { end: true }>) => void;
  /** Sends the end, waits for every entry to be indexed; resolves with the number of pages indexed. */
  finish: () => Promise<number>;
  index: pagefind.PagefindIndex;
}

/** Starts Pagefind and the worker that turns pages into entries (`src/lib/search/index-entry.ts`). */
async function startIndexing(data: IndexWorkerData): Promise<Indexing> {
  const { index } = check(await pagefind.createIndex({}), 'start');
  if (!index) throw new Error('Pagefind returned no index');
  // Pagefind indexes while pages render: below them, like the worker that feeds it.
  for (const pid of childProcesses('pagefind')) lowerPriority(pid);
  const worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { workerData: data });
  // A build that fails before its end must not be kept alive by the worker.
  worker.unref();
  const sent = new Set<string>();
  const added: Promise<unknown>[] = [];
  let pages = 0;
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: IndexMessage) => {
      if ('done' in message) {
        resolve();
        return;
      }
      if (message.content === undefined) return;
      const adding = index
        .addHTMLFile({ sourcePath: message.sourcePath, content: message.content })
        .then((response) => check(response, `index ${message.sourcePath}`));
      // Awaited in finish(); until then a failure must not count as unhandled.
      adding.catch(() => undefined);
      added.push(adding);
      pages++;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`[search-index] the worker stopped (exit code ${code}) before it was done`));
    });
  });
  done.catch(() => undefined);
  return {
    sent,
    index,
    send: (request) => {
      sent.add(request.sourcePath);
      // A page's bytes are a copy of its own (see the sink), moved to the worker rather than copied again.
      worker.postMessage(request, 'page' in request ? [request.page.buffer as ArrayBuffer] : []);
    },
    finish: async () => {
      worker.postMessage({ end: true } satisfies IndexRequest);
      await done;
      await Promise.all(added);
      return pages;
    },
  };
}

/**
 * Writes the search index to `dist/pagefind/` (Starlight's own is turned off, `pagefind: false`),
 * built from each page's index entry (see `src/lib/search/index-entry.ts`): Chinese text split
 * where browsers split queries, and each article's title, keywords and their synonyms as weighted
 * metadata (platform guides in a field of their own). Pages readers download are unchanged.
 *
 * The page middleware hands each page over as it renders (`src/lib/search/page-sink.ts`), so a
 * worker prepares entries and Pagefind indexes them while Astro is still building; at the end, any
 * built page that did not come that way is read from disk, and the index is written.
 */
export function searchIndex(content: Pick<SiteContent, 'search' | 'platforms'>): AstroIntegration {
  let base = '/';
  let indexing: Promise<Indexing> | undefined;
  return {
    name: 'signpost:search-index',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The same for every page of this build, and new with the next: pages preload the entry file
        // at the address Pagefind then fetches it from (src/lib/search/preload.ts).
        const tag = Date.now().toString(36);
        updateConfig({ vite: { define: { [`import.meta.env.${searchIndexTagVariable}`]: JSON.stringify(tag) } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        // The dictionaries were read with the config: the worker gets them compiled, and reads nothing.
        const dictionaries = [...content.search].map(([locale, data]): [string, Dictionary] => [
          locales[locale].lang.toLowerCase(),
          compileSearchDictionary(locale, data, content.platforms),
        ]);
        indexing = startIndexing({ dictionaries });
        indexing.catch(() => undefined);
        const pending: [string, Uint8Array][] = [];
        // Pages rendered before Pagefind is up wait in `pending`.
        setPageSink((pathname, page) => {
          const sourcePath = outputFile(pathname, base);
          pending.push([sourcePath, new Uint8Array(page)]);
          if (pending.length === 1) {
            void indexing?.then((session) => {
              for (const [path, bytes] of pending.splice(0)) session.send({ sourcePath: path, page: bytes });
            });
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageSink(undefined);
        if (!indexing) throw new Error('[search-index] astro:build:start did not run');
        const session = await indexing;
        const out = fileURLToPath(dir);
        try {
          const built = (await htmlFiles(out)).map((file) => ({
            file,
            path: relative(out, file).split(sep).join('/'),
          }));
          const builtPaths = new Set(built.map(({ path }) => path));
          const strays = [...session.sent].filter((path) => !builtPaths.has(path));
          if (strays.length > 0) {
            throw new Error(
              `[search-index] rendered pages were taken for files the build did not write: ${strays.slice(0, 5).join(', ')}. ` +
                'outputFile() in src/lib/paths.ts must name files as Astro does (build.format "directory").',
            );
          }
          const fromDisk = built.filter(({ path }) => !session.sent.has(path));
          for (const { file, path } of fromDisk) session.send({ sourcePath: path, file });
          const pages = await session.finish();
          // Written here rather than by Pagefind's writeFiles(), whose last file can be cut short
          // when the Pagefind process is closed right after it.
          const { files } = check(await session.index.getFiles(), 'produce the index');
          const output = join(out, 'pagefind');
          await rm(output, { recursive: true, force: true });
          // Folders first, then the files, many at a time (a thousand small files one by one take a second).
          for (const folder of new Set(files.map(({ path }) => dirname(join(output, path))))) {
            await mkdir(folder, { recursive: true });
          }
          await mapLimit(files, 32, ({ path, content }) => writeFile(join(output, path), content));
          logger.info(
            `Search index: ${pages} pages (${built.length - fromDisk.length} as they rendered, ${fromDisk.length} read back), ` +
              'Chinese segmented like queries, keywords and synonyms weighted',
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
