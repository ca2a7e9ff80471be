/** Highlighting: where a reader's search terms appear in a text, and how they travel to the article in the URL. */
import { normalizeText, segmentedScript } from './text.ts';

/** A `[start, end)` range of a text to mark. */
export type Range = [number, number];

/** The most terms, and the longest term, taken from a URL: the parameter is untrusted input. */
const limits = { terms: 12, length: 60 };

const wordChar = /[\p{L}\p{N}]/u;

/**
 * Where `terms` occur in `text`, merged and in order. A Chinese term marks every run of two or
 * more of its characters that the text contains in the same order (`充值没到账` marks `充值` in
 * `充值记录` and `到账` in `没有到账`); a term in letters marks each of its words (three letters or
 * more) where a word of the text starts with it, to the end of that word (`withdraw` marks
 * `withdrawal`). Case and full-width forms are ignored.
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  const folded = Array.from(text, (char) => normalizeText(char) || char);
  // Compare per character so that offsets into `text` stay valid whatever normalisation does.
  const units = Array.from(text);
  const ranges: Range[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const unit of units) {
    offsets.push(offset);
    offset += unit.length;
  }
  offsets.push(offset);

  for (const term of terms.flatMap(scriptRuns)) {
    if (segmentedScript.test(term)) {
      for (let start = 0; start < folded.length;) {
        let length = 0;
        while (start + length < folded.length && term.includes(folded.slice(start, start + length + 1).join(''))) {
          length++;
        }
        if (length >= 2) {
          ranges.push([offsets[start] ?? 0, offsets[start + length] ?? 0]);
          start += length;
        } else {
          start++;
        }
      }
      continue;
    }
    for (const word of term.split(' ').filter((w) => Array.from(w).length >= 3)) {
      const chars = Array.from(word);
      for (let start = 0; start <= folded.length - chars.length; start++) {
        if (start > 0 && wordChar.test(folded[start - 1] ?? '')) continue;
        if (!chars.every((char, index) => folded[start + index] === char)) continue;
        let end = start + chars.length;
        while (end < folded.length && wordChar.test(folded[end] ?? '') && !segmentedScript.test(folded[end] ?? ''))
          end++;
        ranges.push([offsets[start] ?? 0, offsets[end] ?? 0]);
      }
    }
  }
  return mergeRanges(ranges);
}

/** A term split where it changes between Chinese and other scripts: `usdt没到账` → `usdt`, `没到账`. */
function scriptRuns(term: string): string[] {
  const runs: string[] = [];
  for (const char of normalizeText(term)) {
    const last = runs[runs.length - 1];
    const sameScript = last !== undefined && segmentedScript.test(last.slice(-1)) === segmentedScript.test(char);
    if (sameScript) runs[runs.length - 1] = last + char;
    else runs.push(char);
  }
  return runs.map((run) => run.trim()).filter(Boolean);
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `url` with one `param=term` per term appended, as Pagefind's `highlightParam` does; keeps a relative URL relative. */
export function withHighlight(url: string, terms: readonly string[], param: string): string {
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url);
  const parsed = new URL(url, 'https://relative.invalid');
  for (const term of terms.slice(0, limits.terms)) parsed.searchParams.append(param, term);
  return absolute ? parsed.href : `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The terms a URL's query string asks to highlight, bounded in number and length. */
export function highlightTermsFrom(search: string, param: string): string[] {
  return new URLSearchParams(search)
    .getAll(param)
    .map((term) => term.trim().slice(0, limits.length))
    .filter(Boolean)
    .slice(0, limits.terms);
}
