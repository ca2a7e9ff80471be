/**
 * Evidence quotes of platform facts: a verbatim quote of at most {@link maxEvidenceWords} words
 * from the source page that contains the fact's value, normalised the same way on both sides
 * (the digits of a phone number, the host of a web address, an email address in lower case, a
 * handle). Pure functions: the schema, the contact page and scripts share them.
 */

/** The longest quote, in words. */
export const maxEvidenceWords = 30;

/** Characters of scripts written without spaces between words: each counts as one word. */
const unspacedScripts = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in a quote: runs of text between spaces, each character of Chinese or Japanese script
 * counting as one word, punctuation alone counting as none (`–`, `·`).
 */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    const unspaced = token.match(unspacedScripts)?.length ?? 0;
    const rest = token.replace(unspacedScripts, '').replace(/[\p{P}\p{S}]/gu, '');
    count += unspaced + (rest ? 1 : 0);
  }
  return count;
}

/** True when `needle` occurs in `text` as a whole token: not glued to a letter, digit or `word` character on either side. */
function containsToken(text: string, needle: string, word: RegExp): boolean {
  if (!needle) return false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text.slice(0, at).at(-1) ?? '';
    const after = text.slice(at + needle.length);
    // A host or address may be followed by punctuation (`bitstamp.net!`, `gemini.com.`), not by more of a name.
    const continues = word.test(after.at(0) ?? '') ? !/^\.(?![A-Za-z0-9])/.test(after) : false;
    if (!word.test(before) && !continues) return true;
  }
  return false;
}

/**
 * Characters that continue a host or an email address. ASCII only: hosts are stored in their ASCII
 * form, and a language that glues a particle to an address (`open-api@upbit.com으로`) still shows it.
 */
const hostCharacter = /^[A-Za-z0-9._%+-]$/;
/** Characters that continue a handle. */
const handleCharacter = /^[A-Za-z0-9_]$/;

/** True when the quote contains the host (`support.kraken.com`), in any case, not as part of a longer host. */
export function quoteHasHost(quote: string, host: string): boolean {
  return containsToken(quote.toLowerCase(), host.toLowerCase(), hostCharacter);
}

/** True when the quote contains the email address, in any case. */
export function quoteHasEmail(quote: string, address: string): boolean {
  return containsToken(quote.toLowerCase(), address.toLowerCase(), hostCharacter);
}

/** True when the quote contains the handle (with or without `@`, or at the end of a profile link), in any case. */
export function quoteHasHandle(quote: string, handle: string): boolean {
  return containsToken(quote.toLowerCase(), handle.toLowerCase(), handleCharacter);
}

/** A phone number as pages write it: digits with spaces, dots, dashes, slashes or brackets between them. */
const phoneRun = /\+?\(?\+?\d[\d\s().\-/\u2010-\u2015\u2212]*\d/gu;

/**
 * True when the quote writes the E.164 number `e164`: some number in it has the same digits
 * (`+1 (888) 908-7930`, `(+44) 20 3868 9628`), or is its national form with a leading 0
 * (`0808 168 4635` for +448081684635).
 */
export function quoteHasPhone(quote: string, e164: string): boolean {
  const digits = e164.replace(/\D/g, '');
  for (const [run] of quote.matchAll(phoneRun)) {
    const found = run.replace(/\D/g, '');
    if (found.includes(digits)) return true;
    if (found.startsWith('0') && found.length >= 8 && digits.endsWith(found.slice(1))) return true;
  }
  return false;
}
