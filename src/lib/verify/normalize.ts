/** Character-level clean-up of what readers paste: compatibility forms, invisible characters, case. */

/** Default-ignorable code points (zero-width spaces and joiners, soft hyphen, variation selectors…) and bidi controls. */
const invisible = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;

/** True for a character that takes no space on screen or reorders text: a classic way to hide a trick. */
export function isInvisible(char: string): boolean {
  return invisible.test(char);
}

/** True when the text holds an invisible character. */
export function hasInvisible(text: string): boolean {
  return Array.from(text).some(isInvisible);
}

/** True for a character NFKC turns into another: full-width `ｋ`, the Kelvin sign, `𝐤`, ligatures (one code point). */
export function isCompatibilityForm(char: string): boolean {
  return char.normalize('NFKC') !== char;
}

/** NFKC, invisible characters removed, lower case: the text as the checks compare it. */
export function clean(text: string): string {
  return Array.from(text.normalize('NFKC'))
    .filter((char) => !isInvisible(char))
    .join('')
    .toLowerCase();
}

/** Dots IDNA treats as label separators: full stop, ideographic, full-width and half-width ideographic. */
export const labelSeparator = /[.\u3002\uFF0E\uFF61]/;

/** {@link clean} for host names: every IDNA dot becomes `.`. */
export function cleanHost(text: string): string {
  return clean(text).replace(new RegExp(labelSeparator.source, 'g'), '.');
}

/** A host as the reader sees it: invisible characters removed, lower case, IDNA dots as `.`, no NFKC. */
export function visibleHost(text: string): string {
  return Array.from(text)
    .filter((char) => !isInvisible(char))
    .join('')
    .toLowerCase()
    .replace(new RegExp(labelSeparator.source, 'g'), '.');
}
