/**
 * `/data/changes.xml`: the change log of the channel data as an Atom feed (RFC 4287), newest entry
 * first, one feed entry per log entry: what was added, removed or changed for a platform, on which
 * date. Pure.
 */
import type { ChangeEntry } from '../schemas/changes.ts';
import { entryChanges, type FeedChange } from './changes.ts';
import { escapeXml } from './markup.ts';

/** What the feed needs besides the log. */
export interface ChangesFeedOptions {
  /** The feed's own address. */
  self: string;
  /** The page that explains the data (the feed's alternate link). */
  page: string;
  /** The address of a platform's section of the contact page, by id. */
  platformPage: (id: string) => string;
  /** Platform names by id (a removed platform is shown by its id). */
  names: ReadonlyMap<string, string>;
  /** Host of the site, for the entries' tag: ids (`tag:example.org,2026-12-06:…`). */
  host: string;
}

/** One change in words: `Added: official phone +18889087930`, `Changed from unclear: official phone …`. */
export function describeChange(change: FeedChange): string {
  if (change.type === 'changed' && change.from) return `Changed from ${change.from}: ${change.key}`;
  return `${change.type.charAt(0).toUpperCase()}${change.type.slice(1)}: ${change.key}`;
}

/** `3 added, 1 changed`: the counts of an entry's changes, for its title. */
function counts(changes: readonly FeedChange[]): string {
  return (['added', 'changed', 'removed'] as const)
    .map((type) => [type, changes.filter((change) => change.type === type).length] as const)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
}

/** The Atom feed of `log` (oldest first, as written); an empty log gives a feed without entries. */
export function changesFeed(log: readonly ChangeEntry[], options: ChangesFeedOptions): string {
  const seen = new Map<string, number>();
  const entries = log.map((entry) => {
    // The n-th entry of a platform on a day: stable while the log only grows at its end.
    const day = `${entry.date} ${entry.platform}`;
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    const name = options.names.get(entry.platform) ?? entry.platform;
    const changes = entryChanges(entry);
    const items = changes.map((change) => `<li>${escapeXml(describeChange(change))}</li>`).join('');
    return [
      '  <entry>',
      `    <id>tag:${escapeXml(options.host)},${entry.date}:channels/${escapeXml(entry.platform)}/${n}</id>`,
      `    <title>${escapeXml(`${name}: ${counts(changes)}`)}</title>`,
      `    <updated>${entry.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(options.platformPage(entry.platform))}"/>`,
      `    <category term="${escapeXml(entry.platform)}" label="${escapeXml(name)}"/>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(entry.summary)}</p><ul>${items}</ul></div></content>`,
      '  </entry>',
    ].join('\n');
  });
  const updated = log.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), '1970-01-01');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(options.self)}</id>`,
    '  <title>Signpost: changes to official support channels</title>',
    '  <subtitle>Channels, unclear values and known fakes added, removed or changed in the open channel data.</subtitle>',
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.page)}"/>`,
    '  <author><name>Signpost</name></author>',
    ...entries.reverse(),
    '</feed>',
    '',
  ].join('\n');
}
