// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { starlightOptions } from './src/config/starlight.ts';
import { basePath, siteUrl } from './src/config/site.ts';
import { sitemapOptions } from './src/config/sitemap.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { publishFolder } from './src/integrations/publish.ts';
import { offlineKit } from './src/integrations/offline.ts';
import { securityHeaders } from './src/integrations/security.ts';
import { socialImages } from './src/integrations/social-images.ts';
import { loadSiteContent } from './src/readers/site-fs.ts';

// Every content source is read and validated once, here (src/readers/); the integrations and the
// content collections take it from there.
const content = loadSiteContent(fileURLToPath(new globalThis.URL('.', import.meta.url)));

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // Code blocks wrap, so templates read on a phone without sideways scrolling.
  markdown: { shikiConfig: { wrap: true } },
  vite: {
    build: {
      rolldownOptions: {
        // Rolldown inlines imported constants at each use: the public suffix list would ship three times.
        optimization: { inlineConst: false },
        // Astro marks every article's style module with the directive "use astro:head-inject" on
        // purpose; Rolldown warned about it once per article (about 900 lines a build). Every other
        // warning is still printed.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
  // The writers' check first: a build with problems stops before anything is built. Our own sitemap
  // (Starlight then adds none). Social images render while the pages build and are copied into dist/
  // when it is done; the search index is built from the built pages (Starlight's own is off);
  // security headers run over the final HTML; the folder to upload is written last.
  integrations: [
    contentCheck(content),
    sitemap(sitemapOptions(basePath, content.fallbacks)),
    starlight(starlightOptions(content)),
    socialImages(content),
    searchIndex(content),
    securityHeaders(),
    offlineKit(),
    publishFolder(),
  ],
});
