/** Domain permutations in the manner of dnstwist's fuzzers, plus URL tricks, to attack the verifier with. */
import { confusableRows } from '../../src/lib/verify/confusables.generated.ts';

/** The fuzzers, in report order. */
export const fuzzers = [
  'addition',
  'bitsquatting',
  'homoglyph',
  'cyrillic',
  'whole-script',
  'multi-character',
  'hyphenation',
  'insertion',
  'omission',
  'repetition',
  'replacement',
  'subdomain',
  'transposition',
  'vowel-swap',
  'plural',
  'dictionary',
  'tld-swap',
  'brand-in-domain',
  'userinfo',
  'brand-in-path',
  'brand-subdomain',
] as const;

/** A fuzzer name. */
export type Fuzzer = (typeof fuzzers)[number];

/** One generated input and the platform it imitates. */
export interface Variant {
  fuzzer: Fuzzer;
  input: string;
  platform: string;
}

/** QWERTY rows, each shifted half a key from the one above. */
const keyboardRows = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each key: same row either side, and the touching keys of the rows above and below. */
const neighbours = new Map<string, string[]>();
keyboardRows.forEach((row, r) => {
  Array.from(row).forEach((key, i) => {
    const near = [row[i - 1], row[i + 1], keyboardRows[r - 1]?.[i], keyboardRows[r - 1]?.[i + 1]];
    near.push(keyboardRows[r + 1]?.[i - 1], keyboardRows[r + 1]?.[i]);
    neighbours.set(
      key,
      near.filter((char): char is string => char !== undefined && char !== '-'),
    );
  });
});

/** Handwritten lookalikes per letter: accented forms, Cyrillic and Greek twins, letter pairs. */
const handwrittenGlyphs: Readonly<Record<string, readonly string[]>> = {
  a: ['à', 'á', 'â', 'ã', 'ä', 'å', 'ɑ', 'а', 'ạ'],
  b: ['d', 'lb', 'ḃ', 'ḅ', 'ƅ'],
  c: ['e', 'ċ', 'ć', 'ç', 'с', 'ϲ'],
  d: ['b', 'cl', 'dl', 'ď', 'đ', 'ԁ'],
  e: ['é', 'è', 'ê', 'ë', 'ė', 'ē', 'е', 'ҽ'],
  g: ['q', 'ġ', 'ğ', 'ǵ', 'ɡ'],
  i: ['1', 'l', 'í', 'ì', 'ï', 'ı', 'і', 'ɪ'],
  k: ['lk', 'ik', 'lc', 'κ', 'ḳ', 'ķ'],
  l: ['1', 'i', 'ɫ', 'ł', 'ӏ'],
  m: ['n', 'nn', 'rn', 'rr', 'ṃ', 'ḿ'],
  n: ['m', 'r', 'ń', 'ñ', 'ņ', 'ո'],
  o: ['0', 'ο', 'о', 'ö', 'ó', 'ò', 'ô', 'õ', 'ø'],
  r: ['ŕ', 'ř', 'ɼ', 'г'],
  s: ['ś', 'ş', 'š', 'ѕ'],
  t: ['ţ', 'ť', 'ŧ'],
  u: ['ü', 'ú', 'ù', 'û', 'μ', 'υ'],
  w: ['vv', 'ŵ', 'ԝ'],
  x: ['×', 'х', 'ҳ'],
  y: ['ý', 'ÿ', 'у'],
  z: ['ż', 'ź', 'ž'],
};

/** Letters UTS #39 lists as confusable with each lower-case ASCII letter or digit (up to `limit` each). */
export function confusableGlyphs(limit: number): Map<string, string[]> {
  const glyphs = new Map<string, string[]>();
  for (const row of confusableRows) {
    const [prototype = '', list = ''] = row.split('=');
    if (!/^[a-z0-9]$/.test(prototype)) continue;
    const letters = list
      .split(',')
      .map((hex) => String.fromCodePoint(parseInt(hex, 16)))
      .filter((char) => /^\p{L}$/u.test(char) && char.toLowerCase() === char);
    glyphs.set(prototype, letters.slice(0, limit));
  }
  return glyphs;
}

/** The host `new URL` makes of a name, or `null` when browsers reject it. */
export function browserHost(host: string): string | null {
  try {
    return new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
}

const tlds = [
  'net',
  'org',
  'io',
  'co',
  'app',
  'xyz',
  'info',
  'biz',
  'us',
  'co.uk',
  'de',
  'ru',
  'cn',
  'com.cn',
  'jp',
  'online',
  'site',
  'support',
  'help',
  'top',
  'live',
  'pro',
  'exchange',
  'finance',
  'me',
  'cc',
  'vip',
  'club',
  'ai',
  'com.co',
  'co.com',
];

/** Cyrillic letters dnstwist's cyrillic fuzzer puts for Latin ones (all of a name's letters that have one). */
const cyrillicLetters: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'ь',
  c: 'с',
  d: 'ԁ',
  e: 'е',
  g: 'ԍ',
  h: 'һ',
  i: 'і',
  j: 'ј',
  k: 'к',
  l: 'ӏ',
  m: 'м',
  o: 'о',
  p: 'р',
  q: 'ԛ',
  s: 'ѕ',
  t: 'т',
  v: 'ѵ',
  w: 'ԝ',
  x: 'х',
  y: 'у',
};

/** Whole-script alphabets: a Latin name written entirely in Greek or Cyrillic capitals, or in small capitals. */
const wholeScripts: readonly Readonly<Record<string, string>>[] = [
  { a: 'Α', b: 'Β', e: 'Ε', h: 'Η', i: 'Ι', k: 'Κ', m: 'Μ', n: 'Ν', o: 'Ο', p: 'Ρ', t: 'Τ', x: 'Χ', y: 'Υ', z: 'Ζ' },
  { a: 'А', b: 'В', c: 'С', e: 'Е', h: 'Н', i: 'І', k: 'К', m: 'М', o: 'О', p: 'Р', t: 'Т', x: 'Х', y: 'У' },
  {
    a: 'ᴀ',
    b: 'ʙ',
    c: 'ᴄ',
    d: 'ᴅ',
    e: 'ᴇ',
    g: 'ɢ',
    h: 'ʜ',
    i: 'ɪ',
    j: 'ᴊ',
    k: 'ᴋ',
    l: 'ʟ',
    m: 'ᴍ',
    n: 'ɴ',
    o: 'ᴏ',
    p: 'ᴘ',
    r: 'ʀ',
    s: 'ꜱ',
    t: 'ᴛ',
    u: 'ᴜ',
    v: 'ᴠ',
    w: 'ᴡ',
    y: 'ʏ',
    z: 'ᴢ',
  },
  { a: 'а', c: 'с', e: 'е', i: 'і', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у', s: 'ѕ' },
];

/** Letter groups that read as one letter, and the other way round. */
const multiCharacter: readonly (readonly [string, string])[] = [
  ['m', 'rn'],
  ['k', 'lc'],
  ['k', 'lk'],
  ['l', '1'],
  ['l', 'I'],
  ['i', '1'],
  ['w', 'vv'],
  ['d', 'cl'],
  ['o', '0'],
];

/** Words dnstwist's dictionary fuzzer is typically fed: what fake help desks add to a name. */
const dictionary = [
  'support',
  'help',
  'kefu',
  '客服',
  'refund',
  'recovery',
  'verify',
  'vip',
  'admin',
  'official',
  'app',
  'web3',
  'desk',
];

/** Words glued to brands; some are deliberately not in the verifier's lure list. */
const words = [
  'support',
  'help',
  'login',
  'secure',
  'verify',
  'wallet',
  'account',
  'official',
  'portal',
  'hub',
  'assist',
];

/** Hosts scammers control (or where anyone can make a subdomain). */
const foreignHosts = ['evil.example', 'secure-login.top', 'verify-now.xyz', 'pages.dev', 'github.io', 'example.net'];

/**
 * Every permutation of one official registrable domain (`kraken.com`), tagged with its fuzzer.
 * `generic`: the domain's name is a generic word (`crypto.com`), so the platform's name away from its
 * ending is the word with the ending (`cryptocom`): the fuzzers that take the name elsewhere (another
 * ending, other words, another site) take that one; letter changes stay on the word and its ending.
 */
export function fuzzDomain(domain: string, platform: string, generic = false): Variant[] {
  const dot = domain.indexOf('.');
  const word = domain.slice(0, dot);
  const label = generic ? domain.replace(/\./g, '') : word;
  const tld = domain.slice(dot + 1);
  const chars = Array.from(word);
  const out: Variant[] = [];
  const add = (fuzzer: Fuzzer, input: string) => out.push({ fuzzer, input, platform });
  const labelVariant = (fuzzer: Fuzzer, name: string) => {
    if (name && name !== word && !name.startsWith('-') && !name.endsWith('-')) add(fuzzer, `${name}.${tld}`);
  };
  const at = (i: number) => chars[i] ?? '';
  const splice = (i: number, remove: number, insert: string) =>
    [...chars.slice(0, i), insert, ...chars.slice(i + remove)].join('');

  for (const char of 'abcdefghijklmnopqrstuvwxyz0123456789') labelVariant('addition', word + char);
  chars.forEach((char, i) => {
    for (let bit = 0; bit < 8; bit++) {
      const flipped = String.fromCharCode(char.charCodeAt(0) ^ (1 << bit));
      if (/^[a-z0-9-]$/.test(flipped)) labelVariant('bitsquatting', splice(i, 1, flipped));
    }
  });
  const unicodeGlyphs = confusableGlyphs(8);
  chars.forEach((char, i) => {
    const glyphs = new Set([...(handwrittenGlyphs[char] ?? []), ...(unicodeGlyphs.get(char) ?? [])]);
    for (const glyph of glyphs) {
      const name = splice(i, 1, glyph);
      const host = browserHost(`${name}.${tld}`);
      if (!host) continue;
      labelVariant('homoglyph', name);
      if (host.includes('xn--')) add('homoglyph', host);
    }
  });
  // Two letters swapped at once, with the first two lookalikes of each, as dnstwist does.
  chars.forEach((first, i) => {
    chars.forEach((second, j) => {
      if (j <= i) return;
      for (const one of (handwrittenGlyphs[first] ?? []).slice(0, 2)) {
        for (const two of (unicodeGlyphs.get(second) ?? []).slice(0, 2)) {
          const name = [...chars.slice(0, i), one, ...chars.slice(i + 1, j), two, ...chars.slice(j + 1)].join('');
          if (browserHost(`${name}.${tld}`)) labelVariant('homoglyph', name);
        }
      }
    });
  });
  // Cyrillic: every letter that has a Cyrillic twin replaced, as dnstwist does (when at least one has).
  const cyrillic = chars.map((char) => cyrillicLetters[char] ?? char).join('');
  if (cyrillic !== word) {
    labelVariant('cyrillic', cyrillic);
    const host = browserHost(`${cyrillic}.${tld}`);
    if (host?.includes('xn--')) add('cyrillic', host);
  }
  // Whole-script: the whole name in another script or in small capitals, when each letter has a twin there.
  for (const alphabet of wholeScripts) {
    if (!chars.every((char) => alphabet[char] ?? /[0-9-]/.test(char))) continue;
    const name = chars.map((char) => alphabet[char] ?? char).join('');
    labelVariant('whole-script', name);
    const host = browserHost(`${name}.${tld}`);
    if (host?.includes('xn--')) add('whole-script', host);
  }
  // Multi-character: a letter group for a letter (or a digit for a letter), alone and with one further typo.
  for (const [letter, group] of multiCharacter) {
    chars.forEach((char, i) => {
      if (char !== letter) return;
      const name = splice(i, 1, group);
      labelVariant('multi-character', name);
      const spare = Array.from(name);
      for (let j = 0; j < spare.length; j++) {
        if (j >= i && j < i + group.length) continue;
        labelVariant('multi-character', [...spare.slice(0, j), ...spare.slice(j + 1)].join(''));
        labelVariant('multi-character', [...spare.slice(0, j + 1), spare[j] ?? '', ...spare.slice(j + 1)].join(''));
      }
    });
  }
  labelVariant('plural', `${word}${/(?:s|x|z|ch|sh)$/.test(word) ? 'es' : 's'}`);
  for (const lure of dictionary) {
    for (const name of [`${label}-${lure}`, `${label}${lure}`, `${lure}-${label}`, `${lure}${label}`]) {
      if (browserHost(`${name}.${tld}`)) add('dictionary', `${name}.${tld}`);
    }
  }
  for (let i = 1; i < chars.length; i++) labelVariant('hyphenation', splice(i, 0, '-'));
  chars.forEach((char, i) => {
    for (const key of neighbours.get(char) ?? []) {
      labelVariant('insertion', splice(i, 0, key));
      labelVariant('insertion', splice(i + 1, 0, key));
      labelVariant('replacement', splice(i, 1, key));
    }
  });
  chars.forEach((_, i) => {
    labelVariant('omission', splice(i, 1, ''));
    labelVariant('repetition', splice(i, 0, at(i)));
  });
  for (let i = 1; i < chars.length; i++) {
    if (at(i - 1) !== '-' && at(i) !== '-') labelVariant('subdomain', splice(i, 0, '.'));
    if (at(i - 1) !== at(i)) labelVariant('transposition', splice(i - 1, 2, at(i) + at(i - 1)));
  }
  chars.forEach((char, i) => {
    if (!'aeiou'.includes(char)) return;
    for (const vowel of 'aeiou') if (vowel !== char) labelVariant('vowel-swap', splice(i, 1, vowel));
  });
  for (const other of tlds) if (other !== tld) add('tld-swap', `${label}.${other}`);
  for (const lure of words) {
    for (const name of [`${label}-${lure}`, `${label}${lure}`, `${lure}-${label}`, `${lure}${label}`]) {
      add('brand-in-domain', `${name}.${tld}`);
    }
    add('brand-in-domain', `${label}-${lure}.net`);
    if (generic) add('brand-in-domain', `${domain.replace(/\./g, '-')}-${lure}.${tld}`);
  }
  for (const host of foreignHosts) {
    add('userinfo', `https://${domain}@${host}/login`);
    add('userinfo', `https://www.${domain}@${host}/`);
    add('userinfo', `https://${domain}:443@${host}/account`);
    add('userinfo', `http://${label}@${host}`);
    add('userinfo', `https://support.${domain}%2F@${host}/`);
    add('brand-in-path', `https://${host}/${domain}/login`);
    add('brand-in-path', `https://${host}/${label}/verify`);
    add('brand-in-path', `https://${host}/login?next=https://www.${domain}/`);
    add('brand-in-path', `https://www.${host}/${label}-support`);
    add('brand-subdomain', `${domain}.${host}`);
    add('brand-subdomain', `${label}.${host}`);
    add('brand-subdomain', `https://www.${domain}.${host}/sign-in`);
    add('brand-subdomain', `login-${label}.${host}`);
    add('brand-subdomain', `${label}-secure.${host}`);
  }
  return out;
}

/**
 * The generic word of a domain such as crypto.com used as a word (content/checker/words `generic:`):
 * with another ending, with other words, on another site. None of them names the platform's domain,
 * so none may be called its lookalike (nor, of course, official).
 */
export function bareWordUses(domain: string): string[] {
  const dot = domain.indexOf('.');
  const word = domain.slice(0, dot);
  const tld = domain.slice(dot + 1);
  return [
    ...tlds.filter((other) => other !== tld && !domain.endsWith(`.${other}`)).map((other) => `${word}.${other}`),
    ...words.flatMap((lure) => [`${word}-${lure}.net`, `${lure}${word}.org`, `${word}${lure}.${tld}`]),
    ...foreignHosts.flatMap((host) => [`${word}.${host}`, `https://${host}/${word}/news`, `${word}-secure.${host}`]),
    `${word}news.${tld}`,
    `${word}world.${tld}`,
    `the${word}.${tld}`,
  ];
}
