/** UTS #39 skeletons (§4) and the comparison keys built on them: the forms two names share when they can be confused. */
import { confusableRows } from './confusables.generated.ts';

/** Code point → prototype, from the generated table. */
const prototypes = new Map<number, string>();
for (const row of confusableRows) {
  const split = row.indexOf('=');
  const prototype = row.slice(0, split);
  for (const hex of row.slice(split + 1).split(',')) prototypes.set(parseInt(hex, 16), prototype);
}

/**
 * skeleton(X) of UTS #39: NFD, every code point replaced by its confusable prototype, NFD again. The
 * table leaves out characters NFKC maps to others: callers comparing names apply NFKC first ({@link fold}).
 */
export function skeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD')) mapped += prototypes.get(char.codePointAt(0) ?? 0) ?? char;
  return mapped.normalize('NFD');
}

/** Combining marks, dropped from keys so `krakén` and `kraken` compare equal. */
const marks = /\p{M}/gu;

/** Keys of characters already seen: a name is folded several ways and compared with every brand. */
const charKeys = new Map<string, string>();

/** A character's skeleton without marks, in lower case. */
function charKey(char: string): string {
  let key = charKeys.get(char);
  if (key === undefined) {
    key = skeleton(char).replace(marks, '').toLowerCase();
    if (charKeys.size > 4096) charKeys.clear();
    charKeys.set(char, key);
  }
  return key;
}

/**
 * Letter groups that read as one letter (`rn`/`m` is in the skeleton already): `vv` as `w`, `cl`
 * as `d`, `lc` and `lk` as `k`; and `i` as `l` (the skeleton already reads `1` and `I` as `l`), so
 * `b1nance` and `binance` share a key. Applied to the extra keys, on both sides of a comparison.
 */
const multiCharacter: readonly (readonly [RegExp, string])[] = [
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  [/l[ck]/g, 'k'],
  [/i/g, 'l'],
];

/** A key with the letter groups of {@link multiCharacter} read as their letter. */
function joinGroups(key: string): string {
  let result = key;
  for (const [pattern, letter] of multiCharacter) result = result.replace(pattern, letter);
  return result;
}

/**
 * The comparison key of a name, character by character: the skeleton of the lower-case letter when
 * it is ASCII, else the skeleton of the letter as written or in upper case, whichever is ASCII
 * (`χ` is not confusable, `Χ` is `X`: whole-script names such as `ΟΚΧ` and `окх` fold to `okx`), marks
 * removed, lower case. `krаken`, `c0inbase`, `gernini`, `ᴋʀᴀᴋᴇɴ` fold to `kraken`, `coinbase`, `gemini`.
 */
export function fold(text: string): string {
  let key = '';
  for (const char of text.normalize('NFKC')) {
    const lower = charKey(char.toLowerCase());
    if (/^[\x20-\x7e]*$/.test(lower)) {
      key += lower;
      continue;
    }
    const candidates = [charKey(char), charKey(char.toUpperCase())];
    key += candidates.find((candidate) => /^[\x20-\x7e]+$/.test(candidate)) ?? lower;
  }
  return key;
}

/**
 * Every key a name can be read as: {@link fold}, and the skeleton of the name as written (upper
 * case kept, so `BlNANCE` with a small L reads as `BINANCE`), each with letter groups joined; and the
 * plain lower-case text, so a repeated `m` (`notoscamm`) is still one repetition, not `rnrn`.
 */
export function foldKeys(text: string): string[] {
  const written = Array.from(text.normalize('NFKC'), (char) => {
    const key = charKey(char);
    return /^[\x20-\x7e]+$/.test(key) ? key : fold(char);
  }).join('');
  const plain = text.normalize('NFKC').toLowerCase();
  return [...new Set([fold(text), written, joinGroups(fold(text)), joinGroups(written), plain])];
}

/** True for a non-ASCII character that folds to ASCII: it can pass for a Latin letter or digit. */
export function isConfusable(char: string): boolean {
  if (/^\p{ASCII}$/u.test(char)) return false;
  return /^[\x21-\x7e]+$/.test(fold(char));
}
