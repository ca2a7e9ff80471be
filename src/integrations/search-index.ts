/** Astro integration: builds the site's Pagefind index, split like queries are, with keywords and synonyms weighted. */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeIds, locales } from '../config/locales.ts';
import { loadSearchDictionary } from '../config/search.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';
import { indexEntryHtml } from '../lib/search/index-entry.ts';
import { guideOf, parseArticleId } from '../lib/paths.ts';

/** Every `.html` file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Pages handed to Pagefind before waiting for it to finish one. */
const maxInFlight = 8;

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
        const dictionaries = new Map<string, Dictionary>(
          localeIds.map((id) => [locales[id].lang.toLowerCase(), loadSearchDictionary(id)]),
        );
        const { index } = check(await pagefind.createIndex({}), 'start');
        if (!index) throw new Error('Pagefind returned no index');
        let pages = 0;
        // Pages are prepared here while Pagefind indexes the previous ones, a few in flight at a time.
        const inFlight = new Set<Promise<unknown>>();
        try {
          for (const file of await htmlFiles(out)) {
            const sourcePath = relative(out, file).split(sep).join('/');
            const content = indexEntryHtml(await readFile(file, 'utf8'), {
              dictionaryFor: (lang) => dictionaries.get(lang.toLowerCase()),
              platform: guideOf(parseArticleId(dirname(sourcePath))),
            });
            if (content === undefined) continue;
            const added = index
              .addHTMLFile({ sourcePath, content })
              .then((response) => check(response, 'index a page'));
            inFlight.add(added);
            void added.then(
              () => inFlight.delete(added),
              () => inFlight.delete(added),
            );
            if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
            pages++;
          }
          await Promise.all(inFlight);
          // Written here rather than by Pagefind's writeFiles(), whose last file can be cut short
          // when the Pagefind process is closed right after it.
          const { files } = check(await index.getFiles(), 'produce the index');
          const output = join(out, 'pagefind');
          await rm(output, { recursive: true, force: true });
          for (const { path, content } of files) {
            const target = join(output, path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, content);
          }
        } finally {
          await pagefind.close();
        }
        logger.info(`Search index: ${pages} pages, Chinese segmented like queries, keywords and synonyms weighted`);
      },
    },
  };
}
