/** Starlight options, assembled from the locale list, the UI strings and the sidebar builder. */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { defaultLocale, langOfContentFile, locales, localeIds } from './locales.ts';
import { buildSidebar } from './sidebar.ts';
import { loadUiStrings } from './ui.ts';

/** The options passed to `starlight()` in astro.config.mjs. */
export function starlightOptions(): StarlightUserConfig {
  return {
    title: Object.fromEntries(localeIds.map((id) => [locales[id].lang, loadUiStrings(id)['site.title']])),
    defaultLocale,
    locales: Object.fromEntries(localeIds.map((id) => [id, { label: locales[id].label, lang: locales[id].lang }])),
    sidebar: buildSidebar(),
    favicon: '/favicon.svg',
    // Articles live in content/docs/, outside Starlight's default src/content/docs/.
    markdown: { headingLinks: false, processedDirs: ['./content/docs'] },
    // Starlight guesses a code block's UI language from src/content/docs/ paths; ours are in content/docs/.
    // Wrapped lines: copyable templates read on a phone without sideways scrolling.
    expressiveCode: { getBlockLocale: ({ file }) => langOfContentFile(file.path), defaultProps: { wrap: true } },
    routeMiddleware: './src/routeData.ts',
    customCss: ['./src/styles/signpost.css'],
    components: {
      PageTitle: './src/components/starlight/PageTitle.astro',
      Footer: './src/components/starlight/Footer.astro',
    },
  };
}
