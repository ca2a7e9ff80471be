/** What the reader pasted, before any check: surrounding space, punctuation and labels ("Link: …") set aside, several destinations split. */
import type { Span } from './url.ts';

/** White space at either end; unlike `trim()`, U+FEFF (invisible, not white space) stays, so it is reported. */
const edgeSpace = /^\p{White_Space}+|\p{White_Space}+$/gu;

/** The input without white space at either end. */
export function trimInput(input: string): string {
  return input.replace(edgeSpace, '');
}

/** Openers and the closer each pairs with. */
const pairs: Readonly<Record<string, string>> = {
  '<': '>',
  '(': ')',
  '[': ']',
  '{': '}',
  '"': '"',
  "'": "'",
  '“': '”',
  '‘': '’',
  '«': '»',
  '「': '」',
  '『': '』',
  '《': '》',
  '（': '）',
  '【': '】',
  '`': '`',
  '*': '*',
};

/** Punctuation that ends a sentence around a link rather than belonging to it. */
const trailing = /[.,;:!?。，；：！？、…]$/u;

/** A label before the destination: `Link: `, `Email: `, `网址：`, `Tel: ` (words, then a colon and a space or a full-width colon). */
const label = /^[\p{L}][\p{L}\p{M} ]{0,24}(?::\p{White_Space}+|：\p{White_Space}*)/u;

/** True when `text` has as many `closer` as `opener` (for a trailing `)` that belongs to the link). */
function balanced(text: string, opener: string, closer: string): boolean {
  return text.split(opener).length === text.split(closer).length;
}

/**
 * Where the destination is inside the trimmed input: wrappers (`<…>`, `(…)`, quotes), a label
 * (`Link: `) and trailing sentence punctuation set aside. An address in angle brackets after a name
 * (`Kraken <no-reply@kraken.com>`) is left whole: the name is part of the check.
 */
export function destinationSpan(text: string): Span {
  let start = 0;
  let end = text.length;
  for (let round = 0; round < 8; round++) {
    const inner = text.slice(start, end);
    const lead = label.exec(inner);
    if (lead && !/^[a-z][a-z0-9+.-]*:\/\//i.test(inner)) {
      start += lead[0].length;
      continue;
    }
    const first = inner.charAt(0);
    const last = inner.charAt(inner.length - 1);
    const closer = pairs[first];
    if (closer && inner.length >= 2 && last === closer) {
      start++;
      end--;
      continue;
    }
    if (closer && !inner.slice(1).includes(closer)) {
      start++;
      continue;
    }
    if (trailing.test(inner) && inner.length > 1) {
      end--;
      continue;
    }
    const opener = Object.keys(pairs).find((key) => pairs[key] === last && key !== last);
    if (opener && !balanced(inner, opener, last)) {
      end--;
      continue;
    }
    const space = /^\p{White_Space}+|\p{White_Space}+$/u.exec(inner);
    if (space) {
      if (space.index === 0) start += space[0].length;
      else end -= space[0].length;
      continue;
    }
    break;
  }
  return { start, end: Math.max(start, end) };
}

/** A piece of text that names a destination on its own: a link, an address, a domain, a handle, a number with `+`. */
function namesDestination(piece: string): boolean {
  return (
    /^(?:https?|mailto|tel|sms):/i.test(piece) ||
    /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/u.test(piece) ||
    /^<[^\s<>]+@[^\s<>]+>$/u.test(piece) ||
    /^(?:www\.)?[\p{L}\p{N}-]+(?:[.。．｡][\p{L}\p{N}-]+)+(?:[/\\?#:]\S*)?$/u.test(piece) ||
    /^@[\p{L}\p{N}_.]{2,}$/u.test(piece)
  );
}

/**
 * The destinations of a text that names several, or one among words (`Visit kraken.com`):
 * pieces between white space, `,` and `;` outside angle brackets and quotes, that each name a
 * destination. Empty when the text is one destination (or none can be told apart).
 */
export function splitDestinations(text: string): Span[] {
  const pieces: Span[] = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let index = 0; index <= text.length; index++) {
    const char = text.charAt(index);
    if (char === '<') depth++;
    else if (char === '>') depth = Math.max(0, depth - 1);
    else if (char === '"') quoted = !quoted;
    const boundary = index === text.length || (depth === 0 && !quoted && /[\p{White_Space},;，；]/u.test(char));
    if (!boundary) continue;
    if (index > start) pieces.push({ start, end: index });
    start = index + 1;
  }
  if (pieces.length < 2) return [];
  const trimmed = pieces.map((piece) => {
    const inner = destinationSpan(text.slice(piece.start, piece.end));
    return { start: piece.start + inner.start, end: piece.start + inner.end };
  });
  const linkLike = (piece: Span) => /[./\\:@＠。．]/u.test(text.slice(piece.start, piece.end));
  const named = trimmed.filter(
    (piece) => piece.end > piece.start && namesDestination(text.slice(piece.start, piece.end)),
  );
  // A display name before an address in brackets is one destination, not several.
  if (named.length === 1 && /<[^<>]+@[^<>]+>\s*$/.test(text)) return [];
  if (named.length === 0) return [];
  const others = trimmed.filter((piece) => !named.includes(piece));
  if (named.length === 1) {
    // Words around one destination are set aside; digits, @ or link punctuation among them make the text one thing to read whole.
    return others.some((piece) => /[\d@]/.test(text.slice(piece.start, piece.end)) || linkLike(piece)) ? [] : named;
  }
  // Several destinations: anything else link-like among them is checked too, never set aside.
  return trimmed.filter((piece) => named.includes(piece) || linkLike(piece));
}
