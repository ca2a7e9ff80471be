// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { starlightOptions } from './src/config/starlight.ts';
import { basePath, siteUrl } from './src/config/site.ts';
import { searchIndex } from './src/integrations/search-index.ts';
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
  // After Starlight: the search index is rebuilt from the built pages; security headers run last, over the final HTML.
  // Social images render while the pages build and are copied into dist/ when it is done.
  integrations: [starlight(starlightOptions()), socialImages(), searchIndex(), securityHeaders()],
});
