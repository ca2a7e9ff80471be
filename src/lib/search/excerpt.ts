/** Pagefind excerpts as plain text pieces, so results are rendered with text nodes and never as HTML. */

/** A piece of an excerpt, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

import { decodeCharacterReferences } from '../markup.ts';

/**
 * Splits Pagefind's excerpt (`text with <mark>words</mark>`) into plain and marked pieces. Any other
 * tag is dropped, character references are decoded, and the zero-width spaces the index puts
 * between Chinese words are removed.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const clean = decodeCharacterReferences(text.replace(/<[^>]*>/g, '')).replace(/\u200b/g, '');
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
