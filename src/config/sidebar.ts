/** Builds the Starlight sidebar from the category list, the article files and the UI strings. */
import { readdirSync, readFileSync } from 'node:fs';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { byOrderThenSlug } from '../lib/sort.ts';
import { categories } from './categories.ts';
import { defaultLocale, locales, localeIds } from './locales.ts';
import { loadUiStrings } from './ui.ts';

/** Most articles a category shows in the sidebar; a larger one shows its first ones and a link to its page (see `src/lib/sidebar.ts`). */
export const sidebarGroupLimit = 15;

/** Where articles live, relative to the project root. */
export const docsDir = new URL('../../content/docs/', import.meta.url);

/** Position of an article in its group: frontmatter `sidebar.order`, if set. */
function sidebarOrder(file: URL): number | undefined {
  let data: Record<string, unknown> | undefined;
  try {
    ({ data } = splitFrontmatter(readFileSync(file, 'utf8')));
  } catch (error) {
    const path = file.pathname.slice(file.pathname.lastIndexOf('/content/docs/') + 1);
    throw new Error(
      `${path}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0] ?? ''}). ` +
        'Put quotes around values that contain a colon, e.g. description: "…: …". Run npm run check for details.',
      { cause: error },
    );
  }
  const order = (data?.['sidebar'] as { order?: unknown } | undefined)?.order;
  return typeof order === 'number' ? order : undefined;
}

/** Article slugs of one category in the default locale, by `sidebar.order`, then by slug. */
function articleSlugs(category: string): string[] {
  const dir = new URL(`${defaultLocale}/${category}/`, docsDir);
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => /^[^_].*\.mdx?$/.test(file));
  } catch {
    return [];
  }
  return files
    .map((file) => ({ slug: file.replace(/\.mdx?$/, ''), order: sidebarOrder(new URL(file, dir)) }))
    .sort(byOrderThenSlug)
    .map(({ slug }) => slug);
}

/** One group per category that has articles, labelled in every locale, in category order. */
export function buildSidebar() {
  const strings = localeIds.map((locale) => ({ lang: locales[locale].lang, ui: loadUiStrings(locale) }));
  const defaultStrings = loadUiStrings(defaultLocale);
  return categories
    .map((category) => ({
      label: defaultStrings[`category.${category}.label`],
      translations: Object.fromEntries(strings.map(({ lang, ui }) => [lang, ui[`category.${category}.label`]])),
      items: articleSlugs(category).map((slug) => `${category}/${slug}`),
    }))
    .filter((group) => group.items.length > 0);
}
