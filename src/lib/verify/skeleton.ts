/** UTS #39 skeletons (§4): the form two strings share when they can be confused with each other. */
import { confusableRows } from './confusables.generated.ts';

/** Code point → prototype, from the generated table. */
const prototypes = new Map<number, string>();
for (const row of confusableRows) {
  const split = row.indexOf('=');
  const prototype = row.slice(0, split);
  for (const hex of row.slice(split + 1).split(',')) prototypes.set(parseInt(hex, 16), prototype);
}

/** skeleton(X) of UTS #39: NFD, every code point replaced by its confusable prototype, NFD again. */
export function skeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD')) mapped += prototypes.get(char.codePointAt(0) ?? 0) ?? char;
  return mapped.normalize('NFD');
}

/** Combining marks, dropped by {@link fold} so `krakén` and `kraken` compare equal. */
const marks = /\p{M}/gu;

/**
 * The comparison key of a name: lower case, skeleton, combining marks removed, lower case again.
 * `krаken` (Cyrillic а), `c0inbase` and `gernini` fold to the same key as `kraken`, `coinbase`, `gemini`.
 */
export function fold(text: string): string {
  return skeleton(text.toLowerCase()).replace(marks, '').toLowerCase();
}

/** True for a non-ASCII character that folds to ASCII: it can pass for a Latin letter or digit. */
export function isConfusable(char: string): boolean {
  if (/^\p{ASCII}$/u.test(char)) return false;
  const key = fold(char);
  return /^\p{ASCII}+$/u.test(key);
}
