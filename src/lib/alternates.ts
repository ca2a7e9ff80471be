/** `hreflang` alternates in a page's head, without the ones that point at pages search engines should not index. */

/** A head entry as Starlight's route data holds it. */
export interface HeadEntry {
  tag: string;
  attrs?: Record<string, string | boolean | undefined> | undefined;
}

/**
 * `head` without the `<link rel="alternate" hreflang>` entries whose page is in `hidden` (site
 * paths without the base, e.g. `/zh-cn/fees/trading-fees/`): a page that only falls back to
 * another language is `noindex`, so no page names it as its translation.
 */
export function withoutAlternatesTo<T extends HeadEntry>(
  head: readonly T[],
  hidden: ReadonlySet<string>,
  base: string,
): T[] {
  if (hidden.size === 0) return [...head];
  return head.filter(({ tag, attrs }) => {
    const href = attrs?.['href'];
    if (tag !== 'link' || attrs?.['rel'] !== 'alternate' || !attrs['hreflang'] || typeof href !== 'string') return true;
    const path = new URL(href, 'https://site.invalid').pathname;
    return !hidden.has(path.startsWith(base) ? `/${path.slice(base.length)}` : path);
  });
}
