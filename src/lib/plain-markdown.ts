/** Rewrites a Signpost article as plain Starlight Markdown: components become the same text, unstyled. */

/** The UI strings the writer components show (a locale's `content/i18n` values). */
export type Strings = Readonly<Record<string, string>>;

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** What the components read from Signpost's data: UI strings, the NeverAsks items, platforms' domains. */
export interface PlainMarkdownData {
  strings: Strings;
  neverAsks: readonly string[];
  /** Each platform id's official domain (the first of its `domains:`). */
  domains: ReadonlyMap<string, string>;
}

/**
 * Replaces `~/components` imports and blocks with Markdown carrying the same words; throws on a
 * component it does not know, so a new component cannot break the plain Starlight build unnoticed.
 */
export function toPlainMarkdown(source: string, { strings, neverAsks, domains }: PlainMarkdownData): string {
  const text = (key: string) => strings[key] ?? key;
  const plain = source
    .replace(/^import\s+\{[^}]*\}\s+from\s+['"]~\/components['"];?[ \t]*$/gm, '')
    .replace(/<SupportChecklist\s+items=\{\[([^\]]*)\]\}\s*\/>/g, (_, items: string) => {
      const ids = [...items.matchAll(/['"]([\w-]+)['"]/g)].map((match) => match[1] ?? '');
      return `**${text('checklist.title')}**\n\n${list(ids.map((id) => text(`checklist.item.${id}`)))}`;
    })
    .replace(
      /<NeverAsks\s*\/>/g,
      () =>
        `**${text('neverAsks.title')}**\n\n${list(neverAsks.map((id) => text(`neverAsks.item.${id}`)))}\n\n${text('neverAsks.footer')}`,
    )
    // The channel list comes from Signpost's data; a plain Starlight page has none.
    .replace(/<PlatformChannels[^>]*\/>/g, '')
    .replace(/<DoThisNow[^>]*>/g, `## ${text('doNow.title')}`)
    .replace(/<RedFlags[^>]*>/g, `## ${text('redFlags.title')}`)
    .replace(/<\/(DoThisNow|RedFlags)>/g, '')
    .replace(/<PlatformDomain\s+id="([\w-]+)"(?:\s+prefix="([^"]*)")?\s*\/>/g, (_, id: string, prefix = '') => {
      const domain = domains.get(id);
      if (domain === undefined) throw new Error(`plain Markdown: no platform "${id}" for <PlatformDomain>`);
      return `\`${prefix}${domain}\``;
    });
  const left = /<([A-Z]\w*)/.exec(plain.replace(/```[\s\S]*?```|`[^`\n]*`/g, ''));
  if (left)
    throw new Error(`plain Markdown: <${left[1] ?? ''}> has no plain form; add one to src/lib/plain-markdown.ts`);
  return plain;
}
