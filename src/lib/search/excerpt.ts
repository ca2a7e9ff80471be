/** Pagefind excerpts as plain text pieces, so results are rendered with text nodes and never as HTML. */

/** A piece of an excerpt, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes into excerpts. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return entities[name.toLowerCase()] ?? reference;
  });
}

/**
 * Splits Pagefind's excerpt (`text with <mark>words</mark>`) into plain and marked pieces. Any other
 * tag is dropped, character references are decoded, and the zero-width spaces the index puts
 * between Chinese words are removed.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const clean = decode(text.replace(/<[^>]*>/g, '')).replace(/\u200b/g, '');
    if (!clean) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += clean;
    else parts.push({ text: clean, mark });
  };
  let position = 0;
  for (const match of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/gi)) {
    push(excerpt.slice(position, match.index), false);
    push(match[1] ?? '', true);
    position = match.index + match[0].length;
  }
  push(excerpt.slice(position), false);
  return parts;
}
