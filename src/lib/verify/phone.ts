/** Phone numbers: reads what readers paste (spaces, dashes, dots, brackets, `00`, words around it) as E.164. */
import type { Span } from './url.ts';

/** E.164 as the platform data stores it: `+`, then 8 to 15 digits, the first not 0. */
export const e164Pattern = /^\+[1-9]\d{7,14}$/;

/** True for an E.164 number such as `+18557370477`. */
export function isE164(value: string): boolean {
  return e164Pattern.test(value);
}

/** Separators readers write between digit groups, including Unicode dashes. */
const separators = /[\s().\-/\u2010-\u2015\u2212]/g;

/** A run of digits and separators that can be a number, optionally after `+`: starts and ends with a digit (or a bracket). */
const numberRun = /(?:\+|00)?\(?\d[\d\s().\-/\u2010-\u2015\u2212]*\d\)?/g;

/** An extension after the number: `ext. 2`, `extension 12`, `x2`, `#2`, `,2` (a pause). */
const extension = /^\s*(?:(?:ext\.?|extension|x|#|,|;)\s*\d{1,6})\s*$/i;

/** Where the number is in a text (words around it allowed), or `null` when the text is not one number with words. */
export function findPhone(text: string): Span | null {
  const runs = [...text.matchAll(numberRun)].filter((run) => run[0].replace(/\D/g, '').length >= 7);
  const run = runs[0];
  if (!run || runs.length > 1) return null;
  const start = run.index;
  const end = start + run[0].length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  // Around the number only words and punctuation: no digits (an extension aside), nothing like an address.
  if (/\d/.test(before) || /[@/\\]|\.\p{L}/u.test(before + after)) return null;
  if (/\d/.test(after) && !extension.test(after.replace(/^[\s)]*/, ''))) return null;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(run[0])) return null; // an IPv4 address
  return { start, end };
}

/** A text that is a phone number: an optional `+`, digits and separators only, 7+ digits. */
export function looksLikePhone(text: string): boolean {
  if (!/^\+?[\d\s().\-/\u2010-\u2015\u2212]+$/.test(text)) return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return false; // an IPv4 address
  return text.replace(/\D/g, '').length >= 7;
}

/** Outcome of {@link normalizePhone}. */
export type PhoneResult =
  | { ok: true; e164: string; /** True when a 10-digit number was read as North American (+1). */ assumedNanp: boolean }
  | { ok: false; code: 'no-country-code' | 'unparseable' };

/** A North American Numbering Plan number: area code and exchange both start with 2–9. */
const nanp = /^[2-9]\d{2}[2-9]\d{6}$/;

/**
 * Normalises a phone number to E.164. `+` and `00` mark the country code. Without one, only a
 * number that cannot be anything else is read: 10 digits shaped like a North American number
 * (`855-737-0477`), or 11 digits `1` + that shape, become +1; any other number needs its country code.
 */
export function normalizePhone(text: string): PhoneResult {
  const compact = text.trim().replace(separators, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, code: 'unparseable' };
  let e164: string;
  let assumedNanp = false;
  if (compact.startsWith('+')) e164 = compact;
  else if (compact.startsWith('00')) e164 = `+${compact.slice(2)}`;
  else if (nanp.test(compact)) [e164, assumedNanp] = [`+1${compact}`, true];
  else if (compact.length === 11 && compact.startsWith('1') && nanp.test(compact.slice(1))) e164 = `+${compact}`;
  else return { ok: false, code: 'no-country-code' };
  return isE164(e164) ? { ok: true, e164, assumedNanp } : { ok: false, code: 'unparseable' };
}
