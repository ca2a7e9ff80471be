/** Lookalike rules: how a name (domain label, subdomain, path segment, handle) resembles a platform's brand. */
import type { Brand, VerifyData, VerifyPlatform } from './data.ts';
import { editDistance } from './distance.ts';
import { isMixedScript } from './scripts.ts';
import { fold, foldKeys } from './skeleton.ts';

/** Shortest name (and brand) for which one edit counts as a typo on any ending; shorter ones only on the official ending. */
const minTypoLength = 5;
/** Shortest brand found inside a longer name without a separator or lure word. */
const minContainedLength = 5;

/** A name prepared once for comparison with every brand. */
export interface Name {
  /** Lower case, as written. */
  text: string;
  /** Every {@link foldKeys} key. */
  keys: string[];
  /** The keys without separators (`kra-ken` → `kraken`). */
  bare: string[];
  /** {@link bare} with letters repeated in a row collapsed (`krakken` → `kraken`). */
  collapsed: string[];
  /** The first key and the plain lower-case text split at separators (`-`, `.`, `_`, `/`…). */
  tokens: string[];
  /** The plain lower-case text split at separators, digits as written. */
  plainTokens: string[];
  /** The name mixes scripts no language mixes (`oκx`). */
  mixed: boolean;
}

const separators = /[^\p{L}\p{N}]+/gu;

/** Names already prepared: the same words come back for every brand and every check. */
const prepared = new Map<string, Name>();

/** Prepares a name for {@link resemble} (remembered: a name is compared with every brand). */
export function prepareName(text: string): Name {
  let name = prepared.get(text);
  if (!name) {
    name = prepareNew(text);
    if (prepared.size > 2048) prepared.clear();
    prepared.set(text, name);
  }
  return name;
}

/** {@link prepareName} without the memory. */
function prepareNew(text: string): Name {
  const lower = text.normalize('NFKC').toLowerCase();
  const keys = foldKeys(text);
  // The plain text is kept beside the keys: folding reads digits as letters (`admin01` as `adminol`), lure words need them as written.
  const bare = [...new Set([...keys, lower].map((key) => key.replace(separators, '')))];
  return {
    text: text.toLowerCase(),
    keys,
    bare,
    collapsed: bare.map(collapse),
    tokens: (keys[0] ?? '').split(separators).filter(Boolean),
    plainTokens: lower.split(separators).filter(Boolean),
    mixed: isMixedScript(text),
  };
}

/**
 * How a name resembles a brand, strongest first: the same name; the same letters disguised
 * (`krаken`, `ᴋʀᴀᴋᴇɴ`, `lcraken`); one typo away, hyphenated or with a letter repeated; the brand
 * (or one typo of it) with lure words or digits around it (`okx客服`, `binance-kefu`, `okx_admin01`);
 * the brand inside a longer name (`geminiprotocol`).
 */
export type Resemblance = 'exact' | 'homoglyph' | 'typo' | 'lure' | 'contains';

/** The words a comparison needs from the data. */
export interface Words {
  lure: ReadonlySet<string>;
  everyday: ReadonlySet<string>;
  /** Length of the longest lure word, in code points. */
  longest: number;
  /** Texts already split into lure words (or not). */
  split: Map<string, boolean>;
}

/** Words of the data as sets, built once per data object. */
const wordCache = new WeakMap<VerifyData, Words>();

/** The data's words as sets. */
export function wordsOf(data: VerifyData): Words {
  let words = wordCache.get(data);
  if (!words) {
    const lure = new Set(data.words.lure);
    const longest = Math.max(2, ...[...lure].map((word) => Array.from(word).length));
    words = { lure, everyday: new Set(data.words.everyday), longest, split: new Map() };
    wordCache.set(data, words);
  }
  return words;
}

/** Letters repeated in a row collapsed (`krakken` → `kraken`). */
function collapse(text: string): string {
  return text.replace(/(.)\1+/gu, '$1');
}

/** True when `text` is made only of lure words and digits (empty text is not); remembered per text. */
function onlyLures(text: string, words: Words): boolean {
  if (text === '') return false;
  let known = words.split.get(text);
  if (known === undefined) {
    known = splitsIntoLures(text, words.lure, words.longest);
    if (words.split.size > 4096) words.split.clear();
    words.split.set(text, known);
  }
  return known;
}

/** {@link onlyLures} without the memory: which prefixes can be cut into lure words and digits. */
function splitsIntoLures(text: string, lure: ReadonlySet<string>, longest: number): boolean {
  const chars = Array.from(text);
  const reachable = new Array<boolean>(chars.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < chars.length; start++) {
    if (!reachable[start]) continue;
    let piece = '';
    for (let end = start; end < chars.length && (end - start < longest || /\d/.test(chars[end] ?? '')); end++) {
      piece += chars[end] ?? '';
      if (lure.has(piece) || /^\d+$/.test(piece)) reachable[end + 1] = true;
    }
  }
  return reachable[chars.length] ?? false;
}

/** One edit between keys of the name and the brand (insertion, omission, replacement, transposition). */
function oneEdit(name: Name, brand: Brand): boolean {
  return name.keys.some((key) =>
    brand.keys.some((target) => Math.abs(key.length - target.length) <= 2 && editDistance(key, target, 1) <= 1),
  );
}

/** A brand's keys with repeated letters collapsed, computed once per brand. */
const collapsedKeys = new WeakMap<Brand, string[]>();

/** Same letters once separators and repeated letters are ignored (hyphenation, repetition), or the plural. */
function sameLetters(name: Name, brand: Brand): boolean {
  let targets = collapsedKeys.get(brand);
  if (!targets) collapsedKeys.set(brand, (targets = brand.keys.map(collapse)));
  return name.bare.some((bare, index) =>
    brand.keys.some(
      (target, at) =>
        bare === target ||
        (bare !== '' && name.collapsed[index] === targets[at]) ||
        (bare.length > target.length && (bare === `${target}s` || bare === `${target}es`)),
    ),
  );
}

/** True when one of `keys` is the brand with lure words or digits around it (the brand itself one typo off when long enough). */
function withLures(keys: readonly string[], brand: Brand, words: Words): boolean {
  for (const key of keys) {
    for (const target of brand.keys) {
      let at = key.indexOf(target);
      while (at >= 0) {
        const before = key.slice(0, at);
        const after = key.slice(at + target.length);
        if (
          (before === '' || onlyLures(before, words)) &&
          (after === '' || onlyLures(after, words)) &&
          key !== target
        ) {
          return true;
        }
        at = key.indexOf(target, at + 1);
      }
    }
  }
  return false;
}

/** Per name, the tokens whose other tokens are all lure words or digits: the only ones that can be the brand. */
const lureCandidates = new WeakMap<Name, string[]>();

/** Tokens of a separated name: one resembles the brand (exactly, disguised or one typo off), all others are lure words or digits. */
function tokensWithLures(name: Name, brand: Brand, words: Words): boolean {
  let candidates = lureCandidates.get(name);
  if (!candidates) {
    candidates = [];
    for (const tokens of [name.tokens, name.plainTokens]) {
      if (tokens.length < 2) continue;
      tokens.forEach((token, index) => {
        if (tokens.every((other, at) => at === index || onlyLures(other, words))) candidates?.push(token);
      });
    }
    lureCandidates.set(name, candidates);
  }
  return candidates.some((token) => {
    const part = prepareName(token);
    return (
      part.keys.some((key) => brand.keys.includes(key)) ||
      (brand.source !== 'alias' && brand.name.length >= minTypoLength && oneEdit(part, brand))
    );
  });
}

/** How `name` resembles `brand`, or `null` when it does not. `typos`: whether one-edit typos count (names people type). */
export function resemble(name: Name, brand: Brand, words: Words, typos = true): Resemblance | null {
  if (name.text === brand.name) return 'exact';
  if (name.keys.some((key) => brand.keys.includes(key))) return 'homoglyph';
  const typoAllowed = typos && brand.source !== 'alias' && !words.everyday.has(name.keys[0] ?? '');
  if (typoAllowed && sameLetters(name, brand)) return 'typo';
  if (typoAllowed && oneEdit(name, brand)) return 'typo';
  if (withLures(name.bare, brand, words) || tokensWithLures(name, brand, words)) return 'lure';
  if (name.tokens.length > 1 && name.tokens.some((token) => brand.keys.includes(token))) return 'contains';
  if (
    brand.name.length >= minContainedLength &&
    name.bare.some((bare) => brand.keys.some((key) => bare.includes(key)))
  ) {
    return 'contains';
  }
  return null;
}

/** A brand a name resembles, and how. */
export interface BrandMatch {
  platform: VerifyPlatform;
  brand: Brand;
  resemblance: Resemblance;
}

/** Order of strength of resemblances. */
const strength: readonly Resemblance[] = ['exact', 'homoglyph', 'lure', 'typo', 'contains'];

/** Answers of {@link matchName} within one check, which compares the same names several times (as opened, as written). */
const matches = new WeakMap<VerifyData, Map<string, BrandMatch | null>>();

/** Forgets the answers of {@link matchName}: called at the start of every check, so each check does its own work. */
export function forgetMatches(data: VerifyData): void {
  matches.delete(data);
}

/**
 * The strongest resemblance of `text` to any brand of any platform (the first platform wins a tie).
 * `suffix`: the public suffix when `text` is the name of a registrable domain; a generic word
 * (`crypto` of crypto.com) is compared only there, on its official endings, and never as `contains`.
 */
export function matchName(
  text: string,
  data: VerifyData,
  typos = true,
  suffix: string | null = null,
): BrandMatch | null {
  if (text === '') return null;
  let known = matches.get(data);
  if (!known) matches.set(data, (known = new Map<string, BrandMatch | null>()));
  const key = `${typos ? 't' : 'n'}${suffix ?? ''} ${text}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const found = matchNew(text, data, typos, suffix);
  if (known.size > 2048) known.clear();
  known.set(key, found);
  return found;
}

/** {@link matchName} without the memory. */
function matchNew(text: string, data: VerifyData, typos: boolean, suffix: string | null): BrandMatch | null {
  const name = prepareName(text);
  const words = wordsOf(data);
  let best: BrandMatch | null = null;
  for (const platform of data.platforms) {
    for (const brand of platform.brands) {
      if (brand.generic === 'word' && (suffix === null || !brand.suffixes.includes(suffix))) continue;
      const found = resemble(name, brand, words, typos);
      const resemblance = brand.generic === 'word' && found === 'contains' ? null : found;
      if (resemblance && (!best || strength.indexOf(resemblance) < strength.indexOf(best.resemblance))) {
        best = { platform, brand, resemblance };
      }
    }
  }
  return best;
}

/** True when a one-edit typo of this brand counts with this ending: the official ending, or any for long brands and mixed scripts. */
export function typoCounts(match: BrandMatch, suffix: string | null, mixed: boolean): 'strong' | 'weak' | null {
  // `cryptocom`: the ending is part of the name, so a typo of it imitates the platform on any ending.
  if (mixed || match.brand.generic === 'compound') return 'strong';
  if (suffix !== null && match.brand.suffixes.includes(suffix)) return 'strong';
  return match.brand.name.length >= minTypoLength ? 'weak' : null;
}

/** {@link fold} of a word, for lookups in the data's word lists. */
export function wordKey(text: string): string {
  return fold(text);
}
