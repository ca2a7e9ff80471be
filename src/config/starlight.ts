/** Starlight options, assembled from the locale list, the UI strings and the sidebar builder. */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { defaultLocale, locales, localeIds } from './locales.ts';
import { buildSidebar } from './sidebar.ts';
import { loadUiStrings } from './ui.ts';

/** The options passed to `starlight()` in astro.config.mjs. */
export function starlightOptions(): StarlightUserConfig {
  return {
    title: Object.fromEntries(localeIds.map((id) => [locales[id].lang, loadUiStrings(id)['site.title']])),
    defaultLocale,
    locales: Object.fromEntries(
      localeIds.map((id) => [id, { label: locales[id].label, lang: locales[id].lang, dir: locales[id].dir }]),
    ),
    sidebar: buildSidebar(),
    favicon: '/favicon.svg',
    // Articles live in content/docs/, outside Starlight's default src/content/docs/.
    markdown: { headingLinks: false, processedDirs: ['./content/docs'] },
    // Plain code blocks: Expressive Code's markup (a <div> per line inside <code>) is not valid HTML,
    // and the few templates in articles need no syntax theme. Lines wrap in astro.config.mjs.
    expressiveCode: false,
    // Starlight's index is not built: src/integrations/search-index.ts builds the site's, and the
    // search dialog (components.Search) is the site's own, which Starlight still renders in the header.
    pagefind: false,
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
