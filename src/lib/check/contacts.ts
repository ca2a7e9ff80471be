/**
 * Contact details in an article's text: phone numbers in any format (grouped, bare, full-width,
 * with a country code), email addresses (also written to get past filters: `name (at) domain (dot)
 * com`, `name＠domain.com`) and links that dial or message a number (`tel:`, `sms:`, `wa.me/…`).
 * Pure: the check runs it on every line of an article, code and link targets included. The number
 * itself is read by the channel checker's own functions (`src/lib/verify/phone.ts`).
 */
// The full list (ICANN and private sections): its `isIcann` tells a real suffix from none. The ICANN-only
// build the channel checker ships to browsers leaves `isIcann` unset outside its fast path (`.com`…).
import { parse as parseHost } from 'tldts';
import type { Problem } from '../../readers/problems.ts';
import { looksLikePhone, normalizePhone } from '../verify/phone.ts';

/** What was found: a phone number, an email address (as written, or the address it spells), a link that dials. */
export interface ContactDetail {
  kind: 'phone' | 'email' | 'obfuscated-email' | 'phone-link';
  /** The text as written. */
  text: string;
  /** For an obfuscated email, the address it spells. */
  address?: string;
  /** 1-based column of the first character. */
  column: number;
}

/** Characters read as ASCII: full-width forms (`４`, `＋`, `＠`), the small `﹫`, the ideographic space, and the decimal digits of other scripts. */
const foldable = /[\uFF01-\uFF5E\uFE6B\u3000\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59]/g;
/** Zeros of the digit blocks in {@link foldable}: Arabic-Indic, Persian, Devanagari, Bengali, Thai. */
const digitZeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];

/**
 * The text with full-width and other compatibility forms of ASCII (`４`, `＋`, `＠`, `﹫`) and the
 * decimal digits of other scripts (`٤`, `४`) replaced by ASCII, one UTF-16 unit for one, so positions
 * stay those of the text as written.
 */
export function foldCompatibility(text: string): string {
  return text.replace(foldable, (char) => {
    const code = char.charCodeAt(0);
    const zero = digitZeros.find((start) => code >= start && code <= start + 9);
    if (zero !== undefined) return String(code - zero);
    return char === '\u3000' ? ' ' : char.normalize('NFKC');
  });
}

/** Hosts reserved for examples (RFC 2606, RFC 6761): never anyone's contact details. */
const exampleHost = /(?:^|\.)(?:example|invalid|test|localhost)$|(?:^|\.)example\.(?:com|net|org)$/i;

/** True for a domain that can be someone's: an ICANN suffix, not an example name. */
export function isRealDomain(host: string): boolean {
  const parsed = parseHost(host.toLowerCase(), { allowPrivateDomains: false });
  return Boolean(parsed.domain && parsed.isIcann && !exampleHost.test(parsed.hostname ?? ''));
}

/** A run of digits that may be a number: an optional `+`, digits and the separators people write between groups. */
const numberRun = /(?<![A-Za-z0-9_])(?:\+\s?)?\(?\d[\d\s().\-/\u2010-\u2015\u2212]*\d\)?(?![A-Za-z0-9_])/g;
/** Dates and times written with digits: `2026-12-06`, `2026/12/06`, `06.12.2026`, `2026年12月6日`. */
const datePattern =
  /(?<!\d)(?:\d{4}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))(?!\d)/g;
/** A decimal amount: `0.00012345`, `3289.5`. */
const decimalPattern = /(?<![\d.,])\d+[.,]\d+(?![\d.,]?\d)/g;
/** Currency signs before an amount, units and tickers after one. */
const currencyBefore = /[$¥￥€£₩₹₽]\s?$/;
const unitAfter =
  /^\s?(?:[A-Z]{2,6}\b|%|‰|sats?\b|satoshis?\b|gwei\b|wei\b|confirmations?\b|blocks?\b|bytes?\b|words?\b|days?\b|hours?\b|minutes?\b|seconds?\b|times\b|[元块个笔次倍天秒分钟小时位枚张条区块确认字])/u;

/** Number shapes that are phone numbers even with no separator and no `+`: China's mobile and 400/800 numbers, national numbers starting with a trunk 0. */
const bareNationalNumber = /^(?:1[3-9]\d{9}|[48]00\d{7}|0[1-9]\d{8,10})$/;

/** True when the digits (separators removed) read as a phone number though written with no separator at all. */
function isBarePhone(digits: string): boolean {
  if (digits.length < 7 || digits.length > 15) return false;
  return bareNationalNumber.test(digits) || normalizePhone(digits).ok;
}

/** Why a run of digits is not a phone number, or `undefined` when it is one. */
function notPhone(run: string, before: string, after: string): boolean {
  const core = run.replace(/^\+\s?/, '');
  const digits = core.replace(/\D/g, '');
  const international = run.startsWith('+') || /^\(?00/.test(core);
  if (digits.length < 7 || digits.length > 15) return true;
  if (currencyBefore.test(before) || unitAfter.test(after)) return true;
  if (international) return !looksLikePhone(run.replace(/^\(?00/, '+'));
  if (/^\d+$/.test(core)) return !isBarePhone(digits);
  if (!looksLikePhone(run)) return true;
  const groups = core.split(/\D+/).filter(Boolean);
  // Grouped thousands (`1 000 000`), a list of years, a range (`1000-2000`), single digits (`1 2 3 4 5 6 7`).
  if (/^\d{1,3}(?:[ \u00a0\u202f.]\d{3})+$/.test(core)) return true;
  if (groups.every((group) => /^(?:19|20)\d\d$/.test(group))) return true;
  const range = /^(\d+)\s*[-\u2010-\u2015~]\s*(\d+)$/.exec(core);
  if (range && range[1]?.length === range[2]?.length && Number(range[1]) < Number(range[2])) return true;
  return Math.max(...groups.map((group) => group.length)) < 3;
}

/** Links that dial or message a number. */
const phoneLink =
  /(?:\b(?:tel|sms|smsto|callto|facetime|whatsapp|viber):(?=[+\d(/%])|\bwa\.me\/|\bapi\.whatsapp\.com\/send|\bt\.me\/\+)[^\s)\]>"'`]*/gi;
/** An email address as mail apps read it. */
const emailPattern = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
/** An email address written to get past filters: `name (at) domain (dot) com`, `name [at] domain.com`, `name at domain dot com`. */
const open = '[(\\[{<（【]';
const close = '[)\\]}>）】]';
const atSign = String.raw`\s*${open}\s*(?:at|@)\s*${close}\s*|\s+at\s+|\s*@\s*`;
const dotSign = String.raw`\s*${open}\s*(?:dot|\.)\s*${close}\s*|\s+dot\s+|\.`;
const obfuscatedEmail = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)(${atSign})([A-Za-z0-9-]+(?:(?:${dotSign})[A-Za-z0-9-]+)+)`,
  'gi',
);
const dotSigns = new RegExp(dotSign, 'gi');

/** The address an obfuscated email spells, or `undefined` when the text is a plain address or not one at all. */
function spelledAddress(local: string, sign: string, domainWritten: string): string | undefined {
  const domain = domainWritten.replace(dotSigns, '.');
  const bracketed = new RegExp(open).test(sign);
  const wordAt = /^\s+at\s+$/i.test(sign);
  const dotsHidden = domain !== domainWritten;
  // "Log in at kraken.com" is a domain (the domain rule's business), not an address.
  if (!(bracketed || dotsHidden || (!wordAt && sign.trim() !== '@'))) return undefined;
  if (wordAt && !dotsHidden) return undefined;
  return isRealDomain(domain) ? `${local}@${domain}` : undefined;
}

/** Every contact detail in one line of text, in order of position. */
export function findContactDetails(line: string): ContactDetail[] {
  const text = foldCompatibility(line);
  // Most lines hold no digit, no at sign and no "at": nothing to look for.
  if (!/[0-9@]|\bat\b/i.test(text)) return [];
  const found: ContactDetail[] = [];
  const taken: [number, number][] = [];
  const add = (detail: ContactDetail, length: number) => {
    const start = detail.column - 1;
    if (taken.some(([from, to]) => start < to && start + length > from)) return;
    taken.push([start, start + length]);
    found.push(detail);
  };
  for (const match of text.matchAll(phoneLink)) {
    add(
      { kind: 'phone-link', text: line.slice(match.index, match.index + match[0].length), column: match.index + 1 },
      match[0].length,
    );
  }
  for (const match of text.matchAll(obfuscatedEmail)) {
    const [whole, local = '', sign = '', domain = ''] = match;
    const address = spelledAddress(local, sign, domain);
    if (!address) continue;
    add(
      {
        kind: 'obfuscated-email',
        text: line.slice(match.index, match.index + whole.length),
        address,
        column: match.index + 1,
      },
      whole.length,
    );
  }
  for (const match of text.matchAll(emailPattern)) {
    if (!isRealDomain(match[1] ?? '')) continue;
    const written = line.slice(match.index, match.index + match[0].length);
    const kind = written === match[0] ? 'email' : 'obfuscated-email';
    add(
      { kind, text: written, ...(kind === 'obfuscated-email' ? { address: match[0] } : {}), column: match.index + 1 },
      match[0].length,
    );
  }
  const masked = text
    .replace(datePattern, (date) => 'x'.repeat(date.length))
    .replace(decimalPattern, (n) => 'x'.repeat(n.length));
  for (const match of masked.matchAll(numberRun)) {
    const run = match[0].replace(/[\s(]+$/, '');
    const start = match.index;
    if (notPhone(run, masked.slice(Math.max(0, start - 2), start), masked.slice(start + run.length))) continue;
    add({ kind: 'phone', text: line.slice(start, start + run.length), column: start + 1 }, run.length);
  }
  return found.sort((a, b) => a.column - b.column);
}

/** `<CheckExample … />`, the one place an example number or address may be written: blanked out before the search, lines kept. */
const checkExample = /<CheckExample\b[^>]*\/>/g;

/** What to write instead, by kind of detail. */
const contactFixes: Record<ContactDetail['kind'], (detail: ContactDetail) => string> = {
  phone: ({ text }) =>
    `phone number "${text}" written in the text; never print a number in an article: link the contact page (../../contact/), whose channels come from content/platforms/. To show a scammer's number for readers to check, write <CheckExample value="${text}" />`,
  'phone-link': ({ text }) =>
    `"${text}" is a link that calls or messages a number; remove it and link the contact page (../../contact/), whose channels come from content/platforms/`,
  email: ({ text }) =>
    `email address "${text}" written in the text; link the contact page (../../contact/) instead, whose channels come from content/platforms/; an example address uses a reserved name such as name@platform.example`,
  'obfuscated-email': ({ text, address }) =>
    `"${text}" spells the email address ${address ?? ''}; remove it and link the contact page (../../contact/), whose channels come from content/platforms/`,
};

/** Every contact detail in an article (frontmatter, text, code and link targets; import lines aside), with its line, column and fix. */
export function checkContactDetails({ file, source }: { file: string; source: string }): Problem[] {
  const problems: Problem[] = [];
  const text = source.replace(checkExample, (example) => example.replace(/[^\n]/g, ' '));
  text.split('\n').forEach((line, index) => {
    if (/^\s*(?:import|export)\s/.test(line)) return;
    for (const detail of findContactDetails(line)) {
      problems.push({
        file,
        line: index + 1,
        column: detail.column,
        field: 'body',
        message: contactFixes[detail.kind](detail),
      });
    }
  });
  return problems;
}
