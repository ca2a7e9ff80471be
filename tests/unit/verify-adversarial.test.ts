import { getDomain } from 'tldts-icann';
import { describe, expect, it } from 'vitest';
import { verify, type Verdict } from '../../src/lib/verify/index.ts';
import { bareWordUses, browserHost, fuzzDomain, fuzzers, type Fuzzer, type Variant } from '../helpers/fuzz-domains.ts';

import { data, platforms } from '../helpers/verify-data.ts';

const officialDomains = new Set(platforms.flatMap((platform) => platform.domains));

/** The registrable domain a browser would open for an input (bare hosts get https://), if any. */
function openedDomain(input: string): string | null {
  const url = /^https?:/i.test(input) ? input : `https://${input}`;
  const host = URL.canParse(url) ? new URL(url).hostname.replace(/\.$/, '') : null;
  return host ? getDomain(host, { allowPrivateDomains: false }) : null;
}

/**
 * Official domains whose name is a generic word (`crypto.com`, `gate.io`: content/checker/words,
 * `generic:`): the word alone is not the platform's name, the word with its ending is (`cryptocom`).
 * Letter changes of the word on its ending (`crypt0.com`) must be named; the word used as a word
 * (`crypto.net`, `crypto.evil.example`) must not ({@link bareWordUses}).
 */
const genericName = (domain: string) => data.words.generic.includes(domain.split('.')[0] ?? '');
const genericDomains = platforms.flatMap((platform) => platform.domains.filter(genericName));

/** Every fuzzer's variants of every official domain, minus those that really are official. */
const variants: Variant[] = platforms
  .flatMap((platform) => platform.domains.map((domain) => fuzzDomain(domain, platform.id, genericName(domain))))
  .flat()
  .filter((variant) => !officialDomains.has(openedDomain(variant.input) ?? ''));

const results = variants.map((variant) => ({ variant, result: verify(variant.input, data) }));

/** Flagged: called a lookalike or known fake of the right platform. */
const flagged = ({ variant, result }: { variant: Variant; result: Verdict }) =>
  (result.verdict === 'lookalike' || result.verdict === 'known-fake') && result.platform === variant.platform;

/** Fuzzers of links whose host does not imitate: the page only mentions the platform, so the answer is neutral, naming it. */
const neutralFuzzers: readonly Fuzzer[] = ['brand-in-path'];

/** Named: not official, and the platform named (a neutral "this is not Kraken" for mentions in the path). */
const named = ({ variant, result }: { variant: Variant; result: Verdict }) =>
  result.verdict !== 'official' && result.platform === variant.platform;

/** Sites that share a platform's name on purpose (content/checker/hosts.yaml): neutral by design. */
const namesakes = new Set(data.hosts.namesakes);

describe('adversarial inputs built from the official domains', () => {
  it('generates thousands of cases across every platform', () => {
    expect(variants.length).toBeGreaterThan(3000);
    expect(new Set(variants.map((variant) => variant.platform)).size).toBe(platforms.length);
    expect(genericDomains.length).toBeGreaterThan(0);
    expect(new Set(variants.map((variant) => variant.fuzzer))).toEqual(new Set(fuzzers));
  });

  it('calls none of them official', () => {
    const official = results.filter(({ result }) => result.verdict === 'official').map(({ variant }) => variant.input);
    expect(official).toEqual([]);
  });

  it('names at least 97% of every fuzzer’s variants as lookalikes of the right platform', () => {
    const rows = fuzzers.map((fuzzer) => {
      const mine = results.filter(({ variant }) => variant.fuzzer === fuzzer);
      const hits = mine.filter(neutralFuzzers.includes(fuzzer) ? named : flagged).length;
      const officials = mine.filter(({ result }) => result.verdict === 'official').length;
      return { fuzzer, count: mine.length, rate: hits / mine.length, officials };
    });
    const overall =
      results.filter((entry) => (neutralFuzzers.includes(entry.variant.fuzzer) ? named : flagged)(entry)).length /
      results.length;
    console.log(
      [
        'fuzzer            count  lookalike  false-official',
        ...rows.map(
          ({ fuzzer, count, rate, officials }) =>
            `${fuzzer.padEnd(16)} ${String(count).padStart(6)}  ${rate.toFixed(3).padStart(9)}  ${String(officials).padStart(14)}`,
        ),
        `${'all'.padEnd(16)} ${String(results.length).padStart(6)}  ${overall.toFixed(3).padStart(9)}  ${'0'.padStart(14)}`,
        `(${neutralFuzzers.join(', ')}: not official and naming the platform, as a neutral mention)`,
      ].join('\n'),
    );
    for (const { fuzzer, rate } of rows) expect({ fuzzer, rate: rate >= 0.97 }).toEqual({ fuzzer, rate: true });
  });

  it('misses only namesakes, everyday words and what the data calls unclear', () => {
    const missed = results
      .filter((entry) => !(neutralFuzzers.includes(entry.variant.fuzzer) ? named : flagged)(entry))
      .map(({ variant, result }) => ({ input: variant.input, code: result.reason.code }))
      .filter(({ input, code }) => !namesakes.has(openedDomain(input) ?? '') && code !== 'unclear');
    expect(missed.length).toBeLessThanOrEqual(results.length * 0.01);
  });

  it('names the lookalikes of every platform, those with a generic word too', () => {
    const low = platforms
      .map((platform) => {
        const mine = results.filter(({ variant }) => variant.platform === platform.id);
        const hits = mine.filter((entry) => (neutralFuzzers.includes(entry.variant.fuzzer) ? named : flagged)(entry));
        return { platform: platform.id, rate: hits.length / mine.length };
      })
      .filter(({ rate }) => rate < 0.95);
    expect(low).toEqual([]);
  });

  it('does not take a generic word for the platform whose domain it names', () => {
    const uses = genericDomains.flatMap(bareWordUses).filter((input) => !officialDomains.has(input));
    expect(uses.length).toBeGreaterThan(50);
    const named = uses.filter((input) => {
      const { verdict } = verify(input, data);
      return verdict === 'official' || verdict === 'lookalike' || verdict === 'known-fake';
    });
    expect(named).toEqual([]);
  });

  it('highlights a decisive part in every flagged verdict, and gives the input back whole', () => {
    for (const { variant, result } of results) {
      expect(result.parts.map((part) => part.text).join('')).toBe(variant.input);
      if (flagged({ variant, result })) expect(result.parts.some((part) => part.role === 'decisive')).toBe(true);
    }
  });

  it('finds the homoglyph variants through their punycode form too', () => {
    const encoded = results.filter(({ variant }) => variant.fuzzer === 'homoglyph' && variant.input.includes('xn--'));
    expect(encoded.length).toBeGreaterThan(100);
    expect(encoded.filter(flagged).length / encoded.length).toBeGreaterThanOrEqual(0.97);
  });
});

/** mulberry32: a small seeded generator, so the random suite is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces random inputs are made of: official names, delimiters, disguises. */
const pieces = [
  'kraken.com',
  'kraken',
  'gemini.com',
  'okx.com',
  'www.',
  'support.',
  'em.',
  '.com',
  '.net',
  '.',
  '-',
  '@',
  '/',
  '\\',
  ':',
  '?',
  '#',
  '[',
  ']',
  '%2F',
  'https://',
  'http://',
  'mailto:',
  'tel:',
  'no-reply@',
  'evil.example',
  'xn--',
  '\u200B',
  '\u202E',
  '\u00AD',
  'а',
  'ο',
  'ｋ',
  '．',
  '。',
  '／',
  '＠',
  ' ',
  '+1',
  '855',
  '0',
  'x.com/',
  't.me/',
  'binance',
  'notoscam',
];

/** Every listed `network:@handle`. */
const listedHandles = new Set(
  platforms.flatMap((platform) =>
    platform.channels.flatMap((channel) =>
      channel.kind === 'social' ? [`${channel.network}:@${channel.handle.toLowerCase()}`] : [],
    ),
  ),
);

/** The registrable domain of a host; labels DNS would refuse (`-`) still belong to the domain's owner. */
const registrable = (host: string) => getDomain(host, { allowPrivateDomains: false, validateHostname: false }) ?? '';

/** What a linkifier would take from a text: surrounding brackets, quotes and sentence punctuation left out. */
function linkified(input: string): string {
  return input
    .trim()
    .replace(/^[<([{"'“‘«「『《（【`*]+/u, '')
    .replace(/[>)\]}"'”’»」』》）】`*.,;:!?。，；：！？、…]+$/u, '');
}

/** An independent check of an official verdict: every destination in the text is official on its own. */
function reallyOfficial(input: string, result: Verdict): boolean {
  if (/\p{Cf}/u.test(input)) return false;
  const pieces = input
    .split(/[\s,;]+/)
    .map(linkified)
    .filter((piece) => /[.@:]/.test(piece) && /[\p{L}\p{N}]/u.test(piece));
  return pieces.length > 0 && pieces.every((piece) => officialPiece(piece, result));
}

/** {@link reallyOfficial} for one destination: the browser's host is on an official domain, with no tricks. */
function officialPiece(input: string, result: Verdict): boolean {
  const text = linkified(input);
  if (/[\p{Cf}]/u.test(text)) return false;
  if (result.kind === 'url' || result.kind === 'domain') {
    const url = /^https?:/i.test(text) ? text : `https://${text}`;
    if (!URL.canParse(url)) return false;
    const parsed = new URL(url);
    if (listedHandles.has(result.normalized ?? '')) {
      // A profile link: the listed handle is a segment of the opened path, written without tricks.
      const handle = (result.normalized ?? '').split(':@')[1] ?? '';
      const opened = parsed.pathname.split('/').map((segment) => segment.toLowerCase());
      return opened.includes(handle) && !/(?:^|[/\\])(?:\.|%2e){1,2}(?:[/\\?#]|$)|\\|%2f|%5c/i.test(text);
    }
    const authority = url.replace(/^[a-z]+:[/\\]*/i, '').split(/[/\\?#]/)[0] ?? '';
    if (parsed.username || parsed.password || authority.includes('@') || /\p{Cf}/u.test(authority)) return false;
    const host = parsed.hostname.replace(/\.$/, '');
    return !host.includes('xn--') && officialDomains.has(registrable(host));
  }
  if (result.kind === 'email') {
    const address = text.replace(/^mailto:/i, '').replace(/\?.*$/, '');
    if (/\p{Cf}/u.test(address)) return false;
    const host = browserHost(address.slice(address.lastIndexOf('@') + 1).replace(/>$/, ''));
    return host !== null && officialDomains.has(registrable(host));
  }
  if (result.kind === 'handle') return listedHandles.has(result.normalized ?? '');
  return false; // no platform lists a phone number
}

describe('random inputs', { timeout: 60_000 }, () => {
  it('are official only when an independent check agrees, and always give the input back', () => {
    const next = random(20261123);
    let officials = 0;
    for (let run = 0; run < 5000; run++) {
      const count = 1 + Math.floor(next() * 6);
      const input = Array.from({ length: count }, () => pieces[Math.floor(next() * pieces.length)] ?? '').join('');
      const result = verify(input, data);
      expect(result.parts.map((part) => part.text).join('')).toBe(input.trim());
      if (result.verdict === 'official') {
        officials++;
        expect({ input, official: reallyOfficial(input, result) }).toEqual({ input, official: true });
      }
    }
    expect(officials).toBeGreaterThan(50);
  });
});
