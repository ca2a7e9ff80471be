/** The article categories, in sidebar and home-page order; labels live in `content/i18n/<locale>.json`. */
export const categories = ['get-help', 'accounts', 'deposits', 'withdrawals', 'fees', 'safety', 'platforms'] as const;

/** One of the category ids, which is also the URL segment after the locale. */
export type Category = (typeof categories)[number];

/** Type guard for strings taken from frontmatter or file paths. */
export function isCategory(value: string): value is Category {
  return (categories as readonly string[]).includes(value);
}
