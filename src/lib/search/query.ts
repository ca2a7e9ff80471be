/** Query preparation: what the reader typed, turned into words the index knows, synonyms, phrases and terms to highlight. */
import { tokenize, type Dictionary, type Token } from './dictionary.ts';
import { segmentedScript } from './text.ts';

/** A reader's query, prepared for Pagefind. */
export interface PreparedQuery {
  /** The meaningful words as typed (normalised), dictionary terms kept whole: `出金`, `不到账`. */
  words: string[];
  /** `words` separated by spaces: the query as typed, without stop words. */
  query: string;
  /** The same with each synonym replaced by the word articles use: `提币 没到账`. Equal to `query` when there is none. */
  expanded: string;
  /** Runs of adjacent words and multi-character terms, which rank higher where they appear as written. */
  phrases: string[];
  /** What to highlight: the reader's own phrases, and the article words their synonyms stand for. */
  highlight: string[];
  /** Ids of the platforms the query names (`币安客服` → `binance`), whose guides answer it first. */
  platforms: string[];
}

/** The word articles use for a token: the first term of its group, or the token itself. */
const preferred = (token: Token) => token.group?.[0] ?? token.text;

/**
 * Normalises `raw` (full-width to ASCII, lower case), splits it into words the way the index was
 * split (`Intl.Segmenter`, with dictionary terms kept whole), drops stop words, and finds the
 * synonyms and phrases: `出金一直不到账` → query `出金 不到账`, expanded `提币 没到账`.
 * When every word is a stop word (`how`), they are kept, so the query is never emptied.
 */
export function prepareQuery(raw: string, dictionary: Dictionary): PreparedQuery {
  const tokens = tokenize(raw, dictionary);
  const meaningful = tokens.filter((token) => !token.stop);
  const kept = meaningful.length > 0 ? meaningful : tokens;
  const unspaced = dictionary.segmentWords;
  const runs = adjacentRuns(kept, unspaced);
  const join = (run: readonly Token[]) => run.map((token) => token.text).join(unspaced ? '' : ' ');
  const phrases = [
    ...runs.filter((run) => run.length > 1).map(join),
    ...kept.filter((token) => isPhrase(token.text, unspaced)).map((token) => token.text),
  ];
  const synonyms = kept.filter((token) => token.group && token.group[0] !== token.text).map(preferred);
  return {
    words: kept.map((token) => token.text),
    query: kept.map((token) => token.text).join(' '),
    expanded: kept.map(preferred).join(' '),
    phrases: [...new Set(phrases)],
    highlight: [...new Set([...runs.map(join), ...synonyms])],
    platforms: [...new Set(tokens.flatMap((token) => platformOf(token.text, dictionary)))],
  };
}

/** The platform a word names, as a list of zero or one id (own keys only: `constructor` names none). */
function platformOf(word: string, dictionary: Dictionary): string[] {
  return Object.hasOwn(dictionary.platforms, word) ? [dictionary.platforms[word] ?? ''] : [];
}

/** A term of several words: several characters in Chinese (`到账`), several words elsewhere (`cash out`). */
function isPhrase(text: string, unspaced: boolean): boolean {
  return unspaced && segmentedScript.test(text) ? Array.from(text).length > 1 : text.includes(' ');
}

/**
 * Groups tokens that follow each other with nothing between them (unspaced languages) or a single
 * space (others): a stop word or punctuation in between starts a new run.
 */
function adjacentRuns(tokens: readonly Token[], unspaced: boolean): Token[][] {
  const runs: Token[][] = [];
  let previous: Token | undefined;
  for (const token of tokens) {
    const gap = previous ? token.start - previous.end : Infinity;
    const current = runs[runs.length - 1];
    if (current && gap === (unspaced ? 0 : 1)) current.push(token);
    else runs.push([token]);
    previous = token;
  }
  return runs;
}
