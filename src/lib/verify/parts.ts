/** Highlight segments: the reader's input cut into decisive, misleading and plain pieces. */
import type { Part, PartRole } from './types.ts';

/** A role for a range of UTF-16 offsets. */
export interface RoleRange {
  start: number;
  end: number;
  role: PartRole;
}

/** Cuts `text` into parts; later ranges override earlier ones, neighbours with the same role merge. */
export function toParts(text: string, ranges: readonly RoleRange[]): Part[] {
  const roles: PartRole[] = Array.from({ length: text.length }, () => 'plain');
  for (const { start, end, role } of ranges) {
    for (let index = Math.max(0, start); index < Math.min(end, text.length); index++) roles[index] = role;
  }
  const parts: Part[] = [];
  for (let index = 0; index < text.length; index++) {
    const role = roles[index] ?? 'plain';
    const last = parts.at(-1);
    if (last && last.role === role) last.text += text.charAt(index);
    else parts.push({ text: text.charAt(index), role });
  }
  return parts;
}

/** A `misleading` range for each character of `text` in [start, end) that `test` picks. */
export function misleadingChars(
  text: string,
  start: number,
  end: number,
  test: (char: string) => boolean,
): RoleRange[] {
  const ranges: RoleRange[] = [];
  let index = Math.max(0, start);
  for (const char of text.slice(index, Math.max(index, end))) {
    if (test(char)) ranges.push({ start: index, end: index + char.length, role: 'misleading' });
    index += char.length;
  }
  return ranges;
}
