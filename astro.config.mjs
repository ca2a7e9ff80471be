// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { starlightOptions } from './src/config/starlight.ts';
import { basePath, siteUrl } from './src/config/site.ts';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  trailingSlash: 'always',
  integrations: [starlight(starlightOptions())],
});
