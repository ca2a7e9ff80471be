// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { starlightOptions } from './src/config/starlight.ts';
import { basePath, siteUrl } from './src/config/site.ts';
import { sitemapOptions } from './src/config/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { publishFolder } from './src/integrations/publish.ts';
import { securityHeaders } from './src/integrations/security.ts';
import { socialImages } from './src/integrations/social-images.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  // Code blocks wrap, so templates read on a phone without sideways scrolling.
  markdown: { shikiConfig: { wrap: true } },
  // Rolldown inlines imported constants at each use: the public suffix list would ship three times.
  vite: { build: { rolldownOptions: { optimization: { inlineConst: false } } } },
  // Our own sitemap (Starlight then adds none). Social images render while the pages build and are
  // copied into dist/ when it is done; the search index is built from the built pages (Starlight's
  // own is off); security headers run over the final HTML; the folder to upload is written last.
  integrations: [
    sitemap(sitemapOptions(basePath)),
    starlight(starlightOptions()),
    socialImages(),
    searchIndex(),
    securityHeaders(),
    publishFolder(),
  ],
});
