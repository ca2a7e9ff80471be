/** Builds plain Starlight on the same articles into `.cache/baseline/dist`, the yardstick for budgets. */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categories } from '../src/config/categories.ts';
import { defaultLocale, locales, localeIds } from '../src/config/locales.ts';
import { siteUrl } from '../src/config/site.ts';
import { loadUiStrings } from '../src/config/ui.ts';
import { toPlainMarkdown } from '../src/lib/plain-markdown.ts';
import { neverAsksItems } from '../src/schemas/ui.ts';
import { astroBuild } from './lib/astro-build.ts';

/** Where the baseline project and its build go. */
export const baselineDir = fileURLToPath(new URL('../.cache/baseline/', import.meta.url));

/** Writes a minimal Starlight project around a copy of `content/docs/` and builds it. */
export function buildBaseline(contentDir = fileURLToPath(new URL('../content/docs/', import.meta.url))): string {
  rmSync(baselineDir, { recursive: true, force: true });
  mkdirSync(`${baselineDir}src/content`, { recursive: true });
  const docs = `${baselineDir}src/content/docs`;
  cpSync(contentDir, docs, { recursive: true });
  // Plain Starlight has no Signpost components: the same words go in as Markdown.
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
    const locale = localeIds.find((id) => file.startsWith(`${id}/`) || file.startsWith(`${id}\\`)) ?? defaultLocale;
    const path = join(docs, file);
    writeFileSync(path, toPlainMarkdown(readFileSync(path, 'utf8'), loadUiStrings(locale), neverAsksItems));
  }
  const starlightLocales = Object.fromEntries(
    localeIds.map((id) => [id, { label: locales[id].label, lang: locales[id].lang }]),
  );
  const sidebar = categories.map((category) => ({
    label: category,
    items: [{ autogenerate: { directory: category } }],
  }));
  writeFileSync(
    `${baselineDir}astro.config.mjs`,
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: ${JSON.stringify(siteUrl)},
  trailingSlash: 'always',
  integrations: [starlight(${JSON.stringify({ title: 'Signpost', defaultLocale, locales: starlightLocales, sidebar })})],
});
`,
  );
  writeFileSync(
    `${baselineDir}src/content.config.ts`,
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  astroBuild({ root: baselineDir });
  return `${baselineDir}dist/`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Plain Starlight baseline built in ${buildBaseline()}`);
}
