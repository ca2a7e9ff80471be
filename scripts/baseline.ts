/** Builds plain Starlight on the same articles into `.cache/baseline/dist`, the yardstick for budgets. */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { categories } from '../src/config/categories.ts';
import { defaultLocale, locales, localeIds } from '../src/config/locales.ts';
import { siteUrl } from '../src/config/site.ts';
import { readUiStrings } from '../src/readers/i18n-fs.ts';
import { loadPlatforms } from '../src/readers/platforms-fs.ts';
import { toPlainMarkdown } from '../src/lib/plain-markdown.ts';
import { neverAsksItems } from '../src/schemas/ui.ts';
import { astroBuild } from './lib/astro-build.ts';

/** Where the baseline project and its build go. */
export const baselineDir = fileURLToPath(new URL('../.cache/baseline/', import.meta.url));

/** Where {@link buildBaseline} reads articles from and writes the project (both default to this project's). */
export interface BaselineOptions {
  /** A `content/docs/`-shaped tree of articles. */
  contentDir?: string;
  /** The plain Starlight project's root, ending in `/`; its build goes to `dist/` inside. */
  dir?: string;
}

/** Writes a minimal Starlight project around a copy of the articles, without building it; returns its root. */
export function prepareBaseline({
  contentDir = fileURLToPath(new URL('../content/docs/', import.meta.url)),
  dir = baselineDir,
}: BaselineOptions = {}): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}src/content`, { recursive: true });
  const docs = `${dir}src/content/docs`;
  cpSync(contentDir, docs, { recursive: true });
  // Plain Starlight has no Signpost components: the same words go in as Markdown.
  const { value: strings } = readUiStrings();
  const domains = new Map(loadPlatforms().map((platform) => [platform.id, platform.domains[0] ?? '']));
  for (const file of readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
    const locale = localeIds.find((id) => file.startsWith(`${id}/`) || file.startsWith(`${id}\\`)) ?? defaultLocale;
    const path = join(docs, file);
    const ui = strings.get(locale) ?? strings.get(defaultLocale);
    if (!ui) throw new Error(`baseline: no valid UI strings for ${locale}; run npm run check`);
    writeFileSync(
      path,
      toPlainMarkdown(readFileSync(path, 'utf8'), { strings: ui, neverAsks: neverAsksItems, domains }),
    );
  }
  const starlightLocales = Object.fromEntries(
    localeIds.map((id) => [id, { label: locales[id].label, lang: locales[id].lang, dir: locales[id].dir }]),
  );
  const sidebar = categories.map((category) => ({
    label: category,
    items: [{ autogenerate: { directory: category } }],
  }));
  writeFileSync(
    `${dir}astro.config.mjs`,
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
    `${dir}src/content.config.ts`,
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return dir;
}

/** Writes the plain Starlight project (see {@link prepareBaseline}) and builds it; returns its `dist/`. */
export function buildBaseline(options: BaselineOptions = {}): string {
  const dir = prepareBaseline(options);
  astroBuild({ root: dir });
  return `${dir}dist/`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Plain Starlight baseline built in ${buildBaseline()}`);
}
