import { describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import {
  headlineMessage,
  plainText,
  reasonMessage,
  segments,
  showHidden,
  verdictMessages,
  type MessageContext,
} from '../../src/lib/verify-message.ts';
import { verify, type Verdict } from '../../src/lib/verify/index.ts';
import { data } from '../helpers/verify-data.ts';

const verdict = (code: string, kind: Verdict['kind'], params: Record<string, string> = {}, level = 'lookalike') =>
  ({
    verdict: level,
    kind,
    platform: 'kraken',
    reason: { code, params },
    notes: [],
    normalized: null,
    parts: [],
  }) as unknown as Verdict;

const context = (name: string): MessageContext => ({
  name,
  networks: { x: 'X' },
  locale: defaultLocale,
  fallback: defaultLocale,
});

describe('reasonMessage', () => {
  it('uses the reason code as the key, with the platform name and what was shown', () => {
    expect(reasonMessage(verdict('typo', 'domain', { domain: 'krakem.com' }), context('Kraken'))).toMatchObject({
      key: 'verify.reason.typo',
      params: { domain: 'krakem.com', name: 'Kraken', shown: 'krakem.com' },
    });
  });
  it('words an email on an official domain differently from a site', () => {
    expect(reasonMessage(verdict('official-domain', 'email'), context('Gemini')).key).toBe(
      'verify.reason.official-domain.email',
    );
    expect(reasonMessage(verdict('official-domain', 'url'), context('Gemini')).key).toBe(
      'verify.reason.official-domain',
    );
  });
  it('says which platform an encoded name imitates only when it imitates one', () => {
    const imitation = { host: 'xn--krken-x.com', unicode: 'krаken.com', domain: 'krаken.com' };
    expect(reasonMessage(verdict('punycode', 'url', imitation), context('Kraken')).key).toBe('verify.reason.punycode');
    expect(
      reasonMessage(verdict('punycode', 'url', { domain: 'x.kraken.com' }, 'unknown'), context('Kraken')).key,
    ).toBe('verify.reason.punycode.plain');
  });
  it('shows a handle with its @, and picks data texts in the page’s locale', () => {
    expect(reasonMessage(verdict('typo', 'handle', { handle: 'binanse' }), context('Binance')).params['shown']).toBe(
      '@binanse',
    );
    const params = { 'label.fr': 'Carré', [`label.${defaultLocale}`]: 'Square' };
    expect(
      reasonMessage(verdict('platform-user-content', 'url', params, 'unknown'), { ...context('B'), locale: 'fr' })
        .params['label'],
    ).toBe('Carré');
    expect(
      reasonMessage(verdict('platform-user-content', 'url', params, 'unknown'), { ...context('B'), locale: 'xx' })
        .params['label'],
    ).toBe('Square');
  });
});

describe('headlines', () => {
  it('never say "not in our data" for something in the data', () => {
    const strings = loadUiStrings(defaultLocale);
    for (const input of [
      '@binance',
      'https://www.binance.com/en/square/post/1',
      'https://github.com/okx',
      'krakend.io',
      'kraken.com',
    ]) {
      const result = verify(input, data);
      const name = data.platforms.find((entry) => entry.id === result.platform)?.name ?? '';
      const key = headlineMessage(result, context(name)).key;
      expect({ input, key }).not.toEqual({ input, key: 'verify.verdict.unknown' });
      expect(strings[key as keyof typeof strings]).toBeDefined();
    }
    expect(headlineMessage(verify('example.org', data), context('')).key).toBe('verify.verdict.unknown');
  });
});

describe('faithful display', () => {
  it('shows hidden characters as markers and isolates inserted values', () => {
    expect(showHidden('kra\u200Bken\u202E.com')).toBe('kra⟨U+200B⟩ken⟨U+202E⟩.com');
    expect(segments('It leads to {{domain}}.', { domain: 'evil\u202Eexample' })).toEqual([
      { text: 'It leads to ' },
      { value: 'evil⟨U+202E⟩example' },
      { text: '.' },
    ]);
    expect(plainText('{{a}} and {{b}}', { a: '1' })).toBe('1 and ');
  });
  it('names no domain that is not in the input (as written, opened or decoded)', () => {
    const inputs = [
      'kraken.net',
      'krakem.com',
      'kraken-support.com',
      'krаken.com',
      'okx客服.com',
      'support@krakenn.com',
      'https://x.com/binance/../evil',
      'ᴋʀᴀᴋᴇɴ.com',
    ];
    for (const locale of localeIds) {
      const strings: Readonly<Record<string, string>> = loadUiStrings(locale);
      for (const input of inputs) {
        const result = verify(input, data);
        const name = data.platforms.find((entry) => entry.id === result.platform)?.name ?? '';
        const allowed = [input, result.normalized ?? '', new URL(`https://${input.replace(/^.*@/, '')}`).hostname].join(
          ' ',
        );
        for (const message of verdictMessages(result, { ...context(name), locale })) {
          const text = plainText(strings[message.key] ?? '', message.params);
          for (const domain of text.match(/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu) ?? []) {
            expect({ input, domain, inInput: allowed.includes(domain) }).toEqual({ input, domain, inInput: true });
          }
        }
      }
    }
  });
});
