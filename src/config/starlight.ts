/** Starlight options, assembled from the locale list, the site's strings and the sidebar builder. */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { Category } from './categories.ts';
import { defaultLocale, locales, localeIds, type Locale } from './locales.ts';
import { buildSidebar, type SidebarArticle } from './sidebar.ts';

/** The UI strings the options need: the site title and the category labels. */
export type OptionStrings = Readonly<Record<'site.title' | `category.${Category}.label`, string>>;

/** What the options are made from: loaded by the content readers (`src/readers/site-fs.ts`). */
export interface StarlightData {
  /** Each locale's strings; a locale whose file is broken (the check reports it) borrows the default's. */
  ui: ReadonlyMap<Locale, OptionStrings>;
  /** The articles, for the sidebar. */
  docs: readonly SidebarArticle[];
}

/** The options passed to `starlight()` in astro.config.mjs. */
export function starlightOptions({ ui, docs }: StarlightData): StarlightUserConfig {
  const strings = (locale: Locale): Partial<OptionStrings> => ui.get(locale) ?? ui.get(defaultLocale) ?? {};
  return {
    title: Object.fromEntries(localeIds.map((id) => [locales[id].lang, strings(id)['site.title'] ?? 'Signpost'])),
    defaultLocale,
    locales: Object.fromEntries(
      localeIds.map((id) => [id, { label: locales[id].label, lang: locales[id].lang, dir: locales[id].dir }]),
    ),
    sidebar: buildSidebar(docs, (locale, category) => strings(locale)[`category.${category}.label`] ?? category),
    favicon: '/favicon.svg',
    // Articles live in content/docs/, outside Starlight's default src/content/docs/.
    markdown: { headingLinks: false, processedDirs: ['./content/docs'] },
    // Plain code blocks: Expressive Code's markup (a <div> per line inside <code>) is not valid HTML,
    // and the few templates in articles need no syntax theme. Lines wrap in astro.config.mjs.
    expressiveCode: false,
    // Starlight's index is not built: src/integrations/search-index.ts builds the site's, and the
    // search dialog (components.Search) is the site's own, which Starlight still renders in the header.
    pagefind: false,
    // The 404 page is src/pages/404.astro: Starlight's would look for a `404` article, and warn in
    // every build that there is none.
    disable404Route: true,
    routeMiddleware: './src/routeData.ts',
    customCss: ['./src/styles/signpost.css'],
    components: {
      PageTitle: './src/components/starlight/PageTitle.astro',
      Footer: './src/components/starlight/Footer.astro',
      LastUpdated: './src/components/starlight/LastUpdated.astro',
      Search: './src/components/starlight/Search.astro',
    },
  };
}
