/** The one ordering of articles in sidebars and lists: `sidebar.order`, then slug. */

/** Anything with an optional position and a slug. */
export interface Ordered {
  order?: number | undefined;
  slug: string;
}

/** Compares by `order` (missing sorts last), then alphabetically by slug. */
export function byOrderThenSlug(a: Ordered, b: Ordered): number {
  const orderA = a.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.order ?? Number.MAX_SAFE_INTEGER;
  return orderA - orderB || a.slug.localeCompare(b.slug);
}
