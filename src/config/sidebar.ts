/** Builds the Starlight sidebar from the category list, the articles and their category labels. */
import { categories, type Category } from './categories.ts';
import { defaultLocale, locales, localeIds, type Locale } from './locales.ts';
import { byOrderThenSlug } from './order.ts';

/** Most articles a category shows in the sidebar; a larger one shows its first ones and a link to its page (see `src/lib/sidebar.ts`). */
export const sidebarGroupLimit = 15;

/** An article as the sidebar needs it. */
export interface SidebarArticle {
  locale: string;
  category: string;
  slug: string;
  /** Frontmatter `sidebar.order`, if set. */
  order?: number | undefined;
}

/** The label of a category in a locale (`category.<id>.label` of its UI strings). */
export type CategoryLabel = (locale: Locale, category: Category) => string;

/**
 * One group per category that has articles in the default locale, in category order, its articles
 * by `sidebar.order` then slug, labelled in every locale.
 */
export function buildSidebar(articles: readonly SidebarArticle[], label: CategoryLabel) {
  return categories
    .map((category) => ({
      label: label(defaultLocale, category),
      translations: Object.fromEntries(localeIds.map((locale) => [locales[locale].lang, label(locale, category)])),
      items: articles
        .filter((article) => article.locale === defaultLocale && article.category === category)
        .sort(byOrderThenSlug)
        .map(({ slug }) => `${category}/${slug}`),
    }))
    .filter((group) => group.items.length > 0);
}
