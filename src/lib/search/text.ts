/** Text as search sees it: normalised the same way for the index and for queries, split into words with Intl.Segmenter. */

/**
 * Full-width letters and digits to ASCII (NFKC), lower case, typographic apostrophes to `'`,
 * and runs of whitespace to one space: `ＵＳＤＴ` + ideographic space + `充值` → `usdt 充值`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A piece of text between two word boundaries. */
export interface Segment {
  text: string;
  /** Offset of the first character in the segmented text. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** A word, not spaces or punctuation. */
  isWord: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The word segmenter of `lang`, made once: the same splitter Pagefind applies to queries. */
export function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Word segments of `text` as `Intl.Segmenter` splits it for `lang`, the same splitter Pagefind applies to queries. */
export function segmentWords(text: string, lang: string): Segment[] {
  return [...wordSegmenter(lang).segment(text)].map(({ segment, index, isWordLike }) => ({
    text: segment,
    start: index,
    end: index + segment.length,
    isWord: Boolean(isWordLike),
  }));
}

/** The words of `text`, normalised, in order: what a query or an index entry is made of. */
export function words(text: string, lang: string): string[] {
  return segmentWords(normalizeText(text), lang)
    .filter((segment) => segment.isWord)
    .map((segment) => segment.text);
}

/** Han, Hiragana, Katakana, Hangul or Thai: scripts that need segmenting to find words. */
export const segmentedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
