/** Rewrites a Signpost article as plain Starlight Markdown: components become the same text, unstyled. */

/** The UI strings the writer components show (a locale's `content/i18n` values). */
export type Strings = Readonly<Record<string, string>>;

const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** Replaces `~/components` imports and blocks with Markdown carrying the same words. */
export function toPlainMarkdown(source: string, strings: Strings, neverAsks: readonly string[]): string {
  const text = (key: string) => strings[key] ?? key;
  return (
    source
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
  );
}
