/** Keeps the sidebar a fixed size however many articles a category has: the first few, the current one, and a link to all. */

/** What {@link boundedSidebar} reads of a sidebar link (Starlight's route data has more). */
export interface LinkEntry {
  type: 'link';
  href: string;
  isCurrent: boolean;
}

/** What {@link boundedSidebar} reads of a sidebar group. */
export interface GroupEntry<Entry> {
  type: 'group';
  label: string;
  entries: Entry[];
}

/** What {@link boundedSidebar} needs besides the entries. */
export interface BoundedSidebarOptions<Entry> {
  /** Most links a group shows before its link to all of them. */
  limit: number;
  /** The link to all `count` pages of the group labelled `group`, listed on the page at `href`. */
  allLink: (group: string, count: number, href: string) => Entry;
}

/**
 * The sidebar with every group of more than `limit` links cut to its first `limit` (the current
 * page among them, in place of the last when it comes later), followed by a link to the group's
 * folder page, which lists them all (`/en/deposits/` for `/en/deposits/…/`). Starlight puts every
 * article on every page: at a few thousand articles that is most of each page's weight and makes
 * building grow with the square of the site.
 */
export function boundedSidebar<Entry extends LinkEntry | GroupEntry<Entry>>(
  entries: Entry[],
  options: BoundedSidebarOptions<Entry>,
): Entry[] {
  const { limit, allLink } = options;
  return entries.map((entry) => {
    if (entry.type !== 'group') return entry;
    const links = entry.entries;
    if (links.length <= limit || !links.every((link) => link.type === 'link')) {
      return { ...entry, entries: boundedSidebar(links, options) };
    }
    const current = links.findIndex((link) => link.type === 'link' && link.isCurrent);
    const kept = current >= limit ? [...links.slice(0, limit - 1), links[current] as Entry] : links.slice(0, limit);
    const folder = (links[0] as LinkEntry).href.replace(/[^/]+\/?$/, '');
    return { ...entry, entries: [...kept, allLink(entry.label, links.length, folder)] };
  });
}
