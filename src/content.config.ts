/**
 * Content collections over what the readers (`src/readers/`) have already read and validated:
 * articles (`content/docs/`), UI strings (`content/i18n/`), platform channel data and its change
 * log (`content/platforms/`), synonym dictionaries (`content/search/`), reporting routes
 * (`content/reporting/`) the reader journeys (`content/journeys/`) and the checker's words and hosts (`content/checker/`). The build reads each folder
 * once, in the Astro config; these loaders take the same data (`siteContent`), and in the dev
 * server read again only what changes.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { locales, localeIds } from './config/locales.ts';
import type { ArticleSource } from './readers/docs.ts';
import { readArticle } from './readers/docs-fs.ts';
import { reloadSource, siteContent, type ReloadableSource, type SiteContent } from './readers/site-fs.ts';
import { articleFields } from './schemas/article.ts';
import type { ChangeEntry } from './schemas/changes.ts';
import type { Platform } from './schemas/platform.ts';
import type { WhatHappened } from './schemas/journeys.ts';
import type { ReportingCountry } from './schemas/reporting.ts';
import type { SearchDictionaryData } from './schemas/search.ts';
import type { CheckerContent } from './schemas/checker.ts';
import { uiStrings } from './schemas/ui.ts';

/** The project's content as the Astro config loaded it. */
const contentOf = (context: LoaderContext) => siteContent(fileURLToPath(context.config.root));

/** In the dev server: calls `reload` when a file under `content/<folder>/` changes, is added or removed. */
function watch(context: LoaderContext, folder: string, reload: (file: string, removed: boolean) => Promise<void>) {
  const dir = join(fileURLToPath(context.config.root), 'content', folder);
  const inside = (file: string) => !relative(dir, file).startsWith('..');
  const run = (file: string, removed: boolean) => {
    if (!inside(file)) return;
    reload(file, removed).catch((error: unknown) => {
      context.logger.error(`${relative(process.cwd(), file)}: ${(error as Error).message}`);
    });
  };
  context.watcher?.on('change', (file) => {
    run(file, false);
  });
  context.watcher?.on('add', (file) => {
    run(file, false);
  });
  context.watcher?.on('unlink', (file) => {
    run(file, true);
  });
}

/**
 * Articles: one entry per valid article file, its MDX compiled when a page renders it (as Astro's
 * glob loader does). A file the reader found wrong is left out; the writers' check reports it.
 */
const docsLoader: Loader = {
  name: 'signpost-docs',
  load: async (context) => {
    const { store } = context;
    const root = fileURLToPath(context.config.root);
    const set = async (article: ArticleSource) => {
      const { id, frontmatter } = article;
      if (!id || !frontmatter || article.problems.length > 0) return;
      const filePath = `content/docs/${article.path}`;
      const digest = context.generateDigest(article.source);
      if (store.get(id)?.digest === digest) {
        store.addModuleImport(filePath);
        return;
      }
      const data = await context.parseData({ id, data: frontmatter, filePath: join(root, filePath) });
      store.set({ id, data, body: article.body, filePath, digest, deferredRender: true });
    };
    const { docs } = contentOf(context);
    const ids = new Set(docs.flatMap(({ id }) => id ?? []));
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    for (const article of docs) await set(article);
    const dir = join(root, 'content', 'docs');
    watch(context, 'docs', async (file, removed) => {
      if (!/\.mdx?$/.test(file)) return;
      const article = readArticle(dir, relative(dir, file).replaceAll('\\', '/'));
      if (removed || article.problems.length > 0) {
        if (article.id) store.delete(article.id);
        for (const { field, message } of article.problems) context.logger.warn(`${article.file}: ${field}: ${message}`);
      }
      if (!removed) await set(article);
    });
  },
};

/** A loader that stores entries made from the site content, and makes them again when `folder` changes (dev). */
function contentLoader(
  name: string,
  folder: ReloadableSource | undefined,
  entries: (content: SiteContent) => { id: string; data: Record<string, unknown> }[],
): Loader {
  return {
    name,
    load: async (context) => {
      const store = async (content: SiteContent) => {
        context.store.clear();
        for (const { id, data } of entries(content)) {
          context.store.set({ id, data: await context.parseData({ id, data }) });
        }
      };
      await store(contentOf(context));
      if (!folder) return;
      watch(context, folder, async () => {
        await store(reloadSource(fileURLToPath(context.config.root), folder));
      });
    },
  };
}

export const collections = {
  docs: defineCollection({
    loader: docsLoader,
    // Pages built with <StarlightPage> (home, contact) are not articles; the docs reader requires the
    // article fields on every file in content/docs (and reports the line and the fix).
    schema: docsSchema({ extend: articleFields.partial() }),
  }),
  // Keyed by BCP-47 tag, as Starlight expects; the file is named by locale id.
  i18n: defineCollection({
    loader: contentLoader('signpost-ui-strings', 'i18n', ({ ui }) =>
      localeIds.flatMap((locale) => {
        const data = ui.get(locale);
        return data ? [{ id: locales[locale].lang, data }] : [];
      }),
    ),
    schema: i18nSchema({ extend: uiStrings }),
  }),
  // Validated by the reader, alone and as a set: the schema here only types the entries.
  platforms: defineCollection({
    loader: contentLoader('signpost-platforms', 'platforms', ({ platforms }) =>
      platforms.map((platform) => ({ id: platform.id, data: platform })),
    ),
    schema: z.custom<Platform>(),
  }),
  // Translations older than their original (from git), keyed by the translation's article id.
  translations: defineCollection({
    // Made when the server starts: a translation's status is a matter of commits, not of edits.
    loader: contentLoader('signpost-translations', undefined, ({ outdated }) =>
      outdated.map(({ id, original, changed }) => ({ id, data: { original, changed: changed.date } })),
    ),
    schema: z.strictObject({
      original: z.string().describe('Article id of the original.'),
      changed: z.coerce.date().describe('When the original last changed.'),
    }),
  }),
  // The change log of the channel data, in its order (ids 00000, 00001…); checked by the reader and
  // the writers' check, read again with the platform files in the dev server.
  changes: defineCollection({
    loader: contentLoader('signpost-changes', 'platforms', ({ changes }) =>
      (changes?.entries ?? []).map(({ date, platform, summary, added, removed, changed }, index) => ({
        id: String(index).padStart(5, '0'),
        data: { date, platform, summary, added, removed, changed },
      })),
    ),
    schema: z.custom<ChangeEntry>(),
  }),
  // Keyed by the country code in lower case (the file name); validated by the reader.
  reporting: defineCollection({
    loader: contentLoader('signpost-reporting', 'reporting', ({ reporting }) =>
      reporting.map((country) => ({ id: country.country.toLowerCase(), data: country })),
    ),
    schema: z.custom<ReportingCountry>(),
  }),
  // One entry, `what-happened`: the decision tree, validated by the reader.
  journeys: defineCollection({
    loader: contentLoader('signpost-journeys', 'journeys', ({ whatHappened }) =>
      whatHappened ? [{ id: 'what-happened', data: whatHappened }] : [],
    ),
    schema: z.custom<WhatHappened>(),
  }),
  // One entry, `content`: the checker's words of every language and its host lists.
  checker: defineCollection({
    loader: contentLoader('signpost-checker', 'checker', ({ checker }) =>
      checker ? [{ id: 'content', data: checker }] : [],
    ),
    schema: z.custom<CheckerContent>(),
  }),
  // Keyed by locale id.
  search: defineCollection({
    loader: contentLoader('signpost-search', 'search', ({ search }) =>
      [...search].map(([locale, data]) => ({ id: locale, data })),
    ),
    schema: z.custom<SearchDictionaryData>(),
  }),
};
