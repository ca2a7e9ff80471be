/** The synonym dictionary, compiled for matching: which words mean the same, which carry no meaning. */
import { normalizeText, segmentedScript, segmentWords } from './text.ts';

/** A locale's dictionary as the YAML file gives it (see `src/schemas/search.ts`). */
export interface DictionaryData {
  groups: readonly (readonly string[])[];
  stopwords: readonly string[];
}

/** A dictionary ready to match text in one language; plain data, so it can be sent to the browser as JSON. */
export interface Dictionary {
  /** BCP-47 tag of the language, for `Intl.Segmenter`. */
  lang: string;
  /** The language is written without spaces: text in unspaced scripts is split with `Intl.Segmenter` (the locale's `segmentWords`). */
  segmentWords: boolean;
  /** Normalised groups; the first term of each is the one articles use. */
  groups: string[][];
  stopwords: string[];
  /** Words that name a platform (its id, its name, and the terms grouped with them: `币安`), each with the platform id. */
  platforms: Record<string, string>;
}

/** What matching needs to know about a language (from the locale list). */
export interface DictionaryLanguage {
  lang: string;
  segmentWords: boolean;
}

/** A platform as search needs it: the id of its guide and the name it goes by. */
export interface PlatformName {
  id: string;
  name: string;
}

/**
 * Normalises every term so that matching compares like with like. A platform is known by its id,
 * its name, and every term of a group that holds one of them (`[binance, 币安]`).
 */
export function compileDictionary(
  data: DictionaryData,
  { lang, segmentWords }: DictionaryLanguage,
  platforms: readonly PlatformName[] = [],
): Dictionary {
  const unique = (terms: readonly string[]) => [...new Set(terms.map(normalizeText).filter(Boolean))];
  const groups = data.groups.map(unique).filter((group) => group.length > 1);
  const platformTerms: Record<string, string> = {};
  for (const { id, name } of platforms) {
    const names = unique([id, name]);
    const terms = [...names, ...groups.filter((group) => group.some((term) => names.includes(term))).flat()];
    for (const term of terms) platformTerms[term] = id;
  }
  return { lang, segmentWords, groups, stopwords: unique(data.stopwords), platforms: platformTerms };
}

/** A word or a dictionary term found in a text. */
export interface Token {
  /** The text as written (normalised). */
  text: string;
  start: number;
  end: number;
  /** The group the term belongs to, if it is a dictionary term. */
  group?: readonly string[];
  /** A stop word, which search ignores. */
  stop: boolean;
}

/** Lookup table built once per dictionary: each term and stop word, and the longest one. */
interface Matcher {
  entries: Map<string, readonly string[] | 'stop'>;
  longest: number;
}

const matchers = new WeakMap<Dictionary, Matcher>();

function matcherFor(dictionary: Dictionary): Matcher {
  let matcher = matchers.get(dictionary);
  if (!matcher) {
    const entries = new Map<string, readonly string[] | 'stop'>();
    for (const word of dictionary.stopwords) entries.set(word, 'stop');
    for (const group of dictionary.groups) for (const term of group) entries.set(term, group);
    // Platform names are kept whole too (`币安` in `币安客服`), as terms without synonyms.
    for (const term of Object.keys(dictionary.platforms)) if (!entries.has(term)) entries.set(term, [term]);
    const longest = Math.max(0, ...[...entries.keys()].map((term) => term.length));
    matcher = { entries, longest };
    matchers.set(dictionary, matcher);
  }
  return matcher;
}

/** A term in an unspaced script of two characters or more, which may end inside a word. */
function isLongUnspaced(term: string): boolean {
  return segmentedScript.test(term.slice(-1)) && Array.from(term).length > 1;
}

/** Whether `text[from, to)` is made of dictionary terms end to end, longest first. */
function allTerms(text: string, from: number, to: number, { entries, longest }: Matcher): boolean {
  for (let position = from; position < to;) {
    let length = Math.min(longest, to - position);
    while (length > 0 && !entries.has(text.slice(position, position + length))) length--;
    if (length === 0) return false;
    position += length;
  }
  return true;
}

/** Letters or digits: a piece of text that is a word rather than spaces or punctuation. */
const wordLike = /[\p{L}\p{N}]/u;

/**
 * Splits `text` into words, keeping dictionary terms and stop words whole (`cash out`, `谷歌验证器`,
 * `怎么办`), longest first, everything else split where `Intl.Segmenter` splits it. Terms are only
 * looked for where a word starts, so `入金` is found in `入金没到` but not inside `收入金额`. A term
 * in letters must also end where a word ends (`my` is not in `myself`); one of several Chinese
 * characters may end inside a word, since the segmenter often glues a particle to it (`被骗了` is
 * split `被` `骗了`), a single character only where the rest of the word is terms too (`我要` is
 * two stop words, `能量` is not `能` and `量`).
 */
export function tokenize(text: string, dictionary: Dictionary): Token[] {
  const matcher = matcherFor(dictionary);
  const { entries, longest } = matcher;
  const normalized = normalizeText(text);
  const boundaries = [
    ...new Set(segmentWords(normalized, dictionary.lang).flatMap(({ start, end }) => [start, end])),
  ].sort((a, b) => a - b);
  const isBoundary = new Set(boundaries);
  const tokens: Token[] = [];
  let position = 0;
  while (position < normalized.length) {
    let matched: Token | undefined;
    for (let length = Math.min(longest, normalized.length - position); length > 0 && !matched; length--) {
      const end = position + length;
      const candidate = normalized.slice(position, end);
      const entry = entries.get(candidate);
      if (!entry) continue;
      // A term in letters ends where a word ends. One of several Chinese characters may end inside a
      // word (the segmenter glues particles: `被骗了` is `被` `骗了`); a single character only if the
      // rest of the word is terms too (`我要`), or `能` would eat the start of `能量`, `在` of `在线`.
      const wordEnd = boundaries.find((boundary) => boundary >= end) ?? normalized.length;
      const endsWell =
        isBoundary.has(end) ||
        isLongUnspaced(candidate) ||
        (segmentedScript.test(candidate) && allTerms(normalized, end, wordEnd, matcher));
      if (!endsWell) continue;
      const token = { text: candidate, start: position, end };
      matched = entry === 'stop' ? { ...token, stop: true } : { ...token, group: entry, stop: false };
    }
    if (matched) {
      tokens.push(matched);
      position = matched.end;
      continue;
    }
    const end = boundaries.find((boundary) => boundary > position) ?? normalized.length;
    const piece = normalized.slice(position, end);
    if (wordLike.test(piece)) tokens.push({ text: piece, start: position, end, stop: entries.get(piece) === 'stop' });
    position = end;
  }
  return tokens;
}

/**
 * One part of a dictionary, served on its own so that a query fetches only the parts its words can
 * use: the groups with a term starting with one of the part's characters (whole, with the word
 * articles use first), the stop words and the platform names that start with one of them.
 */
export interface DictionaryShard {
  groups: string[][];
  stopwords: string[];
  platforms: Record<string, string>;
}

/** The shard, of `count`, that holds the terms starting with `char`. */
export function shardOf(char: string, count: number): number {
  return (char.codePointAt(0) ?? 0) % count;
}

/** How many shards make parts of about `bytes` of JSON each (at least one). */
export function shardCount(dictionary: Dictionary, bytes: number): number {
  return Math.max(1, Math.round(JSON.stringify(dictionary).length / bytes));
}

/** Splits a dictionary into `count` shards by the first character of each term. */
export function shardDictionary(dictionary: Dictionary, count: number): DictionaryShard[] {
  const shards = Array.from({ length: count }, (): Omit<DictionaryShard, 'groups'> & { groups: Set<string[]> } => ({
    groups: new Set(),
    stopwords: [],
    platforms: {},
  }));
  const shardFor = (term: string) => shards[shardOf(term, count)];
  for (const group of dictionary.groups) for (const term of group) shardFor(term)?.groups.add(group);
  for (const word of dictionary.stopwords) shardFor(word)?.stopwords.push(word);
  for (const [term, id] of Object.entries(dictionary.platforms)) {
    const shard = shardFor(term);
    if (shard) shard.platforms[term] = id;
  }
  return shards.map((shard) => ({ ...shard, groups: [...shard.groups] }));
}

/**
 * The shards {@link tokenize} needs for `text`: those of every character a term can start at, that
 * is the first character of each word, each character of an unspaced script, and each character
 * after one (a Chinese term may end inside a word, and the next one start there).
 */
export function shardsFor(text: string, lang: string, count: number): number[] {
  const needed = new Set<number>();
  for (const segment of segmentWords(normalizeText(text), lang)) {
    if (!segment.isWord) continue;
    const chars = Array.from(segment.text);
    chars.forEach((char, index) => {
      if (index === 0 || segmentedScript.test(char) || segmentedScript.test(chars[index - 1] ?? '')) {
        needed.add(shardOf(char, count));
      }
    });
  }
  return [...needed].sort((a, b) => a - b);
}

/** A dictionary made of some of a language's shards: for the texts they were chosen for, it tokenizes as the whole one. */
export function mergeShards(language: DictionaryLanguage, shards: readonly DictionaryShard[]): Dictionary {
  const groups = new Map<string, string[]>();
  for (const shard of shards) for (const group of shard.groups) groups.set(group.join('\u0000'), group);
  return {
    lang: language.lang,
    segmentWords: language.segmentWords,
    groups: [...groups.values()],
    stopwords: [...new Set(shards.flatMap((shard) => shard.stopwords))],
    platforms: Object.fromEntries(shards.flatMap((shard) => Object.entries(shard.platforms))),
  };
}
