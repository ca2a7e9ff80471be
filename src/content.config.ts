/** Content collections: articles (`content/docs/`), UI strings (`content/i18n/`), platform channel data (`content/platforms/`). */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { articleFields } from './schemas/article.ts';
import { uiStrings } from './schemas/ui.ts';
import { locales, localeIds } from './config/locales.ts';
import { loadUiStrings } from './config/ui.ts';
import { loadPlatforms } from './readers/platforms-fs.ts';
import { platformSchema } from './schemas/platform.ts';

/**
 * UI strings keyed by BCP-47 tag, as Starlight expects; the file is named by locale id.
 * Entries carry no `filePath`, so Starlight keys them by id rather than by a `src/content` path.
 */
const uiStringsLoader: Loader = {
  name: 'signpost-ui-strings',
  load: async (context) => {
    const { store } = context;
    store.clear();
    for (const locale of localeIds) {
      const id = locales[locale].lang;
      store.set({ id, data: await context.parseData({ id, data: loadUiStrings(locale) }) });
    }
  },
};

/** Platforms validated as a set (ids match file names, no shared domains), with file, field and fix on error. */
const platformsLoader: Loader = {
  name: 'signpost-platforms',
  load: async (context) => {
    const { store } = context;
    store.clear();
    for (const platform of loadPlatforms()) {
      store.set({ id: platform.id, data: await context.parseData({ id: platform.id, data: platform }) });
    }
  },
};

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    // Pages built with <StarlightPage> (home, contact) are not articles: `npm run check`
    // requires the article fields on every file in content/docs before the build starts.
    schema: docsSchema({ extend: articleFields.partial() }),
  }),
  i18n: defineCollection({ loader: uiStringsLoader, schema: i18nSchema({ extend: uiStrings }) }),
  platforms: defineCollection({ loader: platformsLoader, schema: platformSchema }),
};
