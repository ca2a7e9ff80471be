/** Unicode scripts of a label, to spot mixed-script names such as Latin `kr` + Cyrillic `а` + Latin `ken`. */

/** Scripts tested, most common in names first; a letter in none of them counts as `Other`. */
const scriptNames = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Arabic',
  'Hebrew',
  'Armenian',
  'Georgian',
  'Thai',
  'Lao',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Tibetan',
  'Myanmar',
  'Khmer',
  'Mongolian',
  'Ethiopic',
  'Cherokee',
  'Canadian_Aboriginal',
  'Coptic',
  'Syriac',
  'Thaana',
  'Nko',
  'Tifinagh',
  'Lisu',
  'Vai',
  'Yi',
] as const;

const patterns = scriptNames.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);
const neutral = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** The script of one character; `null` for digits, punctuation and marks shared by all scripts. */
export function scriptOf(char: string): string | null {
  if (/^[a-z]$/i.test(char)) return 'Latin';
  if (neutral.test(char)) return null;
  return patterns.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
}

/** The scripts of a text's letters, in order of appearance. */
export function scriptsOf(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    const script = scriptOf(char);
    if (script) found.add(script);
  }
  return [...found];
}

/** Script sets a single language writes with, Latin allowed beside them (UTS #39 "highly restrictive"). */
const allowedSets: readonly (readonly string[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

/** True when a label mixes scripts no single language mixes, e.g. Latin with Cyrillic or Greek. */
export function isMixedScript(label: string): boolean {
  const scripts = scriptsOf(label);
  if (scripts.length < 2) return false;
  return !allowedSets.some((set) => scripts.every((script) => set.includes(script)));
}
