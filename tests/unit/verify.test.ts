import { describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { plainText, verdictMessages } from '../../src/lib/verify-message.ts';
import { maxInputLength, reasonCodes, verify, type Verdict } from '../../src/lib/verify/index.ts';
import { acme, data } from '../helpers/verify-data.ts';

/** The parts of a verdict with a role, as `role:text` strings. */
const marked = (result: Verdict) =>
  result.parts.filter((part) => part.role !== 'plain').map((p) => `${p.role}:${p.text}`);
/** The verdict, the platform and the reason code in one line. */
const summary = (result: Verdict) => `${result.verdict} ${result.platform ?? '-'} ${result.reason.code}`;

describe('the cases the verifier was specified with', () => {
  it('sends https://kraken.com@evil.example to evil.example: lookalike, userinfo', () => {
    const result = verify('https://kraken.com@evil.example/login', data);
    expect(summary(result)).toBe('lookalike kraken userinfo');
    expect(result.kind).toBe('url');
    expect(marked(result)).toEqual(['misleading:kraken.com@', 'decisive:evil.example']);
    expect(result.parts.map((part) => part.text).join('')).toBe('https://kraken.com@evil.example/login');
    expect(result.reason.params).toMatchObject({ domain: 'evil.example', userinfo: 'kraken.com' });
  });
  it('calls krаken.com (Cyrillic а) a homoglyph of Kraken', () => {
    const result = verify('krаken.com', data);
    expect(summary(result)).toBe('lookalike kraken homoglyph');
    expect(result.kind).toBe('domain');
    expect(result.reason.params).toMatchObject({ chars: 'а', scripts: 'Latin, Cyrillic', brand: 'kraken' });
    expect(marked(result)).toEqual(['decisive:kr', 'misleading:а', 'decisive:ken.com']);
  });
  it('names Kraken for support@krakem.com (a listed fake sender domain)', () => {
    const result = verify('support@krakem.com', data);
    expect(summary(result)).toBe('known-fake kraken known-fake');
    expect(marked(result)).toEqual(['decisive:krakem.com']);
  });
  it('accepts a listed Gemini sender', () => {
    const result = verify('no-reply@em.gemini.com', data);
    expect(summary(result)).toBe('official gemini exact-match');
    expect(result.channel).toMatchObject({ kind: 'email', value: 'no-reply@em.gemini.com' });
    expect(verify('hello@news.gemini.com', data).channel).toMatchObject({ value: 'hello@news.gemini.com' });
    expect(verify('Security@Gemini.com', data).channel).toMatchObject({ value: 'security@gemini.com' });
  });
  it.each([
    '855-737-0477',
    '+1 855 737 0477',
    '(855) 737-0477',
    '+18557370477',
    '001 855 737 0477',
    'tel:+1-855-737-0477',
  ])('knows %s is the fake Gemini refund number', (input) => {
    const result = verify(input, data);
    expect(summary(result)).toBe('known-fake gemini known-fake');
    expect(result.normalized).toBe('+18557370477');
  });
  it('reads full-width ｋｒａｋｅｎ.ｃｏｍ as kraken.com (official), marking the full-width letters', () => {
    const result = verify('ｋｒａｋｅｎ.ｃｏｍ', data);
    expect(summary(result)).toBe('official kraken official-domain');
    expect(result.normalized).toBe('kraken.com');
    expect(marked(result)).toEqual(['misleading:ｋｒａｋｅｎ', 'decisive:.', 'misleading:ｃｏｍ']);
  });
  it.each([
    'kra\u200Bken.com',
    'kraken\u200D.com',
    'https://kra\u2060ken.com/',
    'kraken.c\u00ADom',
    '\u202Ekraken.com',
  ])('never calls %j official (invisible characters)', (input) => {
    const result = verify(input, data);
    expect(summary(result)).toBe('lookalike kraken invisible-characters');
    expect(result.parts.some((part) => part.role === 'misleading' && /^\p{Cf}+$/u.test(part.text))).toBe(true);
  });
  it('accepts KRAKEN.COM. (case and the root dot)', () => {
    const result = verify('KRAKEN.COM.', data);
    expect(summary(result)).toBe('official kraken official-domain');
    expect(marked(result)).toEqual(['decisive:KRAKEN.COM']);
  });
  it('decodes a punycode homoglyph and names it', () => {
    const encoded = new URL('https://krаken.com').hostname;
    expect(encoded).toMatch(/^xn--krken-/);
    const result = verify(encoded, data);
    expect(summary(result)).toBe('lookalike kraken punycode');
    expect(result.reason.params['unicode']).toBe('krаken.com');
    expect(summary(verify(`https://${encoded}/login`, data))).toBe('lookalike kraken punycode');
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['!!!', 'unparseable'],
    ['kraken .com', 'unparseable'],
    ['https://', 'unparseable'],
    ['javascript:alert(1)', 'unsupported-scheme'],
    ['ftp://kraken.com/', 'unsupported-scheme'],
    ['x'.repeat(maxInputLength + 1), 'too-long'],
    ['+1 800 FLOWERS', 'unparseable'],
    ['@', 'unparseable'],
    ['user@', 'unparseable'],
  ])('%j is invalid (%s)', (input, code) => {
    const result = verify(input, data);
    expect(result.verdict).toBe('invalid');
    expect(result.reason.code).toBe(code);
    expect(result.parts.map((part) => part.text).join('')).toBe(input.trim());
  });
});

describe('official only for exact official channels', () => {
  it.each([
    ['kraken.com', 'official-domain', undefined],
    ['https://www.kraken.com/', 'exact-match', 'website'],
    ['https://www.kraken.com/sign-in', 'exact-match', 'website'],
    ['http://support.kraken.com/hc/en-us', 'exact-match', 'help-center'],
    ['support.kraken.com/hc/en-us/articles/complaint-handling-process', 'exact-match', 'complaint'],
    ['status.kraken.com', 'subdomain-of-official', undefined],
    ['https:\\\\www.kraken.com\\sign-in', 'exact-match', 'website'],
    ['kraken。com', 'official-domain', undefined],
    ['https://kraken.com:443/', 'official-domain', undefined],
    ['https://help.coinbase.com/en', 'exact-match', 'help-center'],
    ['https://okx.com/help/how-to', 'exact-match', 'help-center'],
  ])('%s is official (%s)', (input, code, kind) => {
    const result = verify(input, data);
    expect(result.verdict).toBe('official');
    expect(result.reason.code).toBe(code);
    expect(result.channel?.kind).toBe(kind);
  });
  it('says an address on an official domain is not a listed sender', () => {
    const result = verify('refunds@gemini.com', data);
    expect(summary(result)).toBe('official gemini official-domain');
    expect(result.channel).toBeUndefined();
    expect(summary(verify('Kraken <no-reply@kraken.com>', data))).toBe('official kraken official-domain');
  });
  it('refuses a user name before @ even in front of an official host', () => {
    const result = verify('https://evil.example@kraken.com/', data);
    expect(summary(result)).toBe('unknown kraken userinfo');
    expect(marked(result)).toEqual(['misleading:evil.example@', 'decisive:kraken.com']);
    expect(verify('https://@kraken.com', data).verdict).toBe('unknown');
  });
  it('refuses IDN labels under an official domain', () => {
    expect(summary(verify('ѕupport.kraken.com', data))).toBe('unknown kraken punycode');
  });
  it('follows the browser, not the look, when a full-width slash hides an @', () => {
    const result = verify('https://kraken.com／@evil.example', data);
    expect(summary(result)).toBe('lookalike kraken userinfo');
    expect(result.normalized).toBe('evil.example');
  });
  it('matches phones and handles exactly', () => {
    expect(summary(verify('+1 (202) 555-0100', acme))).toBe('official acme exact-match');
    expect(summary(verify('https://t.me/acmesupport', acme))).toBe('official acme exact-match');
    expect(summary(verify('https://x.com/AcmeSupport', acme))).toBe('unknown acme handle-needs-network');
    expect(summary(verify('+1 (888) 908-7930', data))).toBe('official coinbase exact-match');
    expect(summary(verify('https://t.me/s/notoscam', data))).toBe('official okx exact-match');
    expect(summary(verify('telegram.me/notoscam', data))).toBe('official okx exact-match');
    expect(summary(verify('https://t.me/binance', data))).toBe('unknown binance named-handle');
    expect(summary(verify('https://x.com/notoscam', data))).toBe('unknown okx handle-needs-network');
  });
  it('accepts a listed app store page only', () => {
    const app = 'https://apps.apple.com/app/acme-exchange/id0000000000';
    expect(summary(verify(app, acme))).toBe('official acme exact-match');
    expect(verify('https://apps.apple.com/app/other/id1', acme).verdict).not.toBe('official');
  });
});

describe('handles', () => {
  it('needs the network for a bare handle', () => {
    const result = verify('@AcmeSupport', acme);
    expect(summary(result)).toBe('unknown acme handle-needs-network');
    expect(result.reason.params).toEqual({ handle: 'acmesupport', networks: 'telegram' });
    expect(marked(result)).toEqual(['decisive:AcmeSupport']);
    expect(summary(verify('@AcmeSupport', acme, { network: 'telegram' }))).toBe('official acme exact-match');
    expect(summary(verify('@AcmeSupport', acme, { network: 'x' }))).toBe('unknown acme handle-needs-network');
  });
  it.each([
    ['@n0toscam', 'lookalike okx homoglyph'],
    ['https://t.me/notoscarn', 'lookalike okx homoglyph'],
    ['t.me/notoscamm', 'lookalike okx typo'],
    ['@binanse', 'lookalike binance typo'],
    ['https://x.com/bіnance', 'lookalike binance homoglyph'],
    ['@krakenfx', 'unknown kraken named-handle'],
    ['@Binance_Support', 'lookalike binance brand-in-handle'],
    ['https://t.me/+AbCdEf123', 'unknown - invite-link'],
    ['@someone', 'unknown - not-in-data'],
    ['https://x.com/acme_support_desk', 'known-fake acme known-fake'],
  ])('%s → %s', (input, expected) => {
    const dataset = input.includes('acme') ? acme : data;
    expect(summary(verify(input, dataset))).toBe(expected);
  });
  it('marks the handle as decisive in a profile link', () => {
    expect(marked(verify('https://www.youtube.com/@Binance/videos', data))).toEqual(['decisive:Binance']);
  });
});

describe('lookalikes', () => {
  it.each([
    ['kraken-support.com', 'brand-in-domain'],
    ['securekraken.io', 'brand-in-domain'],
    ['kraken.com.example.net', 'brand-in-subdomain'],
    ['kraken.evil.io', 'brand-in-subdomain'],
    ['kraken.pages.dev', 'brand-on-user-content'],
    ['kraken.net', 'tld-swap'],
    ['kraken.co.uk', 'tld-swap'],
    ['krakken.com', 'typo'],
    ['karken.com', 'typo'],
    ['kra-ken.com', 'typo'],
    ['kr.aken.com', 'brand-split'],
    ['krákén.com', 'homoglyph'],
    ['c0inbase.com', 'homoglyph'],
    ['gernini.com', 'homoglyph'],
    ['kraken@gmail.com', 'brand-in-local-part'],
    ['kraken.com@evil.example', 'brand-in-local-part'],
    ['support@kraken.com.evil.io', 'brand-in-subdomain'],
    ['"Kraken Security" <alerts@mailer.example>', 'brand-in-display-name'],
    ['help@kraken-desk.net', 'brand-in-domain'],
  ])('%s imitates a platform (%s)', (input, code) => {
    const brand = /c[o0]inbase/.test(input) ? 'coinbase' : /gernini/.test(input) ? 'gemini' : 'kraken';
    expect(summary(verify(input, data))).toBe(`lookalike ${brand} ${code}`);
  });
  it.each([
    ['okx.io', 'tld-swap'],
    ['0kx.com', 'homoglyph'],
    ['οkx.com', 'homoglyph'],
    ['oκx.com', 'homoglyph'],
    ['okx-support.com', 'brand-in-domain'],
    ['okxsupport.com', 'brand-in-domain'],
    ['okx.evil.io', 'brand-in-subdomain'],
    ['o-kx.com', 'typo'],
    ['okkx.com', 'typo'],
    ['o.kx.com', 'typo'],
  ])('%s imitates OKX (%s)', (input, code) => {
    expect(summary(verify(input, data))).toBe(`lookalike okx ${code}`);
  });
  it.each([
    ['crypt0.com', 'lookalike crypto-com homoglyph'],
    ['сrypto.com', 'lookalike crypto-com homoglyph'],
    ['crypti.com', 'lookalike crypto-com typo'],
    ['crypto-com-support.com', 'lookalike crypto-com brand-in-domain'],
    ['cryptocom.net', 'lookalike crypto-com tld-swap'],
    ['crypto-com.net', 'lookalike crypto-com typo'],
    ['crypto.com.evil.example', 'lookalike crypto-com brand-split'],
    ['cry.pto.com', 'lookalike crypto-com brand-split'],
    ['support@crypt0.com', 'lookalike crypto-com homoglyph'],
    ['gatw.io', 'lookalike gate typo'],
    ['gate-io.com', 'lookalike gate typo'],
    ['gate.io.evil.example', 'lookalike gate brand-split'],
    // The generic word as a word: another ending, other words, another site.
    ['crypto-support.com', 'unknown crypto-com resembles'],
    ['crypto.net', 'unknown - not-in-data'],
    ['crypto.evil.example', 'unknown - not-in-data'],
    ['cryptonews.com', 'unknown - not-in-data'],
    ['gate.net', 'unknown - not-in-data'],
    ['date.com', 'unknown - not-in-data'],
    ['@crypto', 'unknown - not-in-data'],
  ])('%s: the generic word of crypto.com and gate.io only on their endings (%s)', (input, expected) => {
    expect(summary(verify(input, data))).toBe(expected);
  });
  it('marks the brand-bearing subdomain labels and the real domain', () => {
    expect(marked(verify('https://www.kraken.com.example.net/sign-in', data))).toEqual([
      'misleading:www.kraken.com.',
      'decisive:example.net',
    ]);
    expect(marked(verify('kraken@gmail.com', data))).toEqual(['misleading:kraken', 'decisive:gmail.com']);
    expect(marked(verify('https://evil.example/kraken.com/login', data))).toEqual([
      'decisive:evil.example',
      'misleading:/kraken.com/login',
    ]);
  });
  it('lists known fakes and their subdomains', () => {
    expect(summary(verify('https://help.krakencrypto.co.com/chat', data))).toBe('known-fake kraken known-fake');
    expect(summary(verify('krakenpro.co.com', data))).toBe('known-fake kraken known-fake');
    expect(summary(verify('help@acme-desk.example', acme))).toBe('known-fake acme known-fake');
  });
  it('says unclear where the data does', () => {
    expect(summary(verify('https://bitget.site/en/support', data))).toBe('unknown bitget unclear');
    expect(summary(verify('+1 800 200 355', data))).toBe('unknown coinbase unclear');
  });
});

describe('unrelated names stay unknown', () => {
  it.each([
    'google.com',
    'example.com',
    'box.com',
    'ok.ru',
    'okta.com',
    'ox.ac.uk',
    'finance.com',
    'finance.yahoo.com',
    'broken.com',
    'token.com',
    'coin.com',
    'base.org',
    'bitcoin.org',
    'binary.com',
    'krakow.pl',
    'remini.ai',
    'gmail.com',
    'someone@gmail.com',
    'https://github.com/',
    'https://en.wikipedia.org/wiki/Cryptocurrency',
    'https://www.youtube.com/watch?v=abc',
    'book.okta.com',
    'x.com',
  ])('%s', (input) => {
    const result = verify(input, data);
    expect(result.verdict).toBe('unknown');
    expect(result.platform).toBeNull();
  });
  it.each([
    ['gemini.google.com', 'gemini'],
    ['someone@gemini.google.com', 'gemini'],
  ])('%s names %s but is a page of a big unrelated site: unknown', (input, platform) => {
    const result = verify(input, data);
    expect(summary(result)).toBe(`unknown ${platform} brand-on-unrelated-site`);
  });
  it.each([
    ['https://www.google.com/search?q=kraken+support', 'unknown kraken mentions'],
    ['https://github.com/okx/docs', 'unknown okx user-content'],
    ['https://evil.example/kraken.com/login', 'unknown kraken mentions'],
    ['http://198.51.100.7/kraken/login', 'unknown kraken mentions'],
    ['https://www.nhl.com/kraken', 'unknown kraken mentions'],
  ])('%s only mentions a platform: %s', (input, expected) => {
    expect(summary(verify(input, data))).toBe(expected);
  });
  it('explains other unknowns', () => {
    expect(verify('198.51.100.7', data).reason.code).toBe('ip-address');
    expect(verify('https://[2001:db8::1]/', data).reason.code).toBe('ip-address');
    expect(verify('gооgle.com', data).reason.code).toBe('mixed-script');
    expect(verify('https://user@evil.example', data).reason.code).toBe('userinfo');
    expect(verify('020 7946 0000', data).reason.code).toBe('no-country-code');
    expect(verify('+44 20 7946 0000', data).reason.code).toBe('not-in-data');
    expect(verify('random-site.example', data).reason.code).toBe('not-in-data');
  });
});

describe('reason codes and explanations', () => {
  it('only uses declared codes, each with an English sentence', () => {
    const inputs = [
      'https://kraken.com@evil.example',
      'krаken.com',
      'xn--krken-5ve.com',
      'kraken.net',
      'krakken.com',
      'kraken-support.com',
      'kraken.evil.io',
      'kr.aken.com',
      'https://evil.example/kraken',
      'kraken@gmail.com',
      'Kraken <a@mailer.example>',
      'kra\u200Bken.com',
      'support@krakem.com',
      'bitget.site',
      '@binance',
      '@krakenfx',
      't.me/+abc',
      'gооgle.com',
      '10.0.0.1',
      '020 7946 0000',
      'gemini.google.com',
      'ѕupport.kraken.com',
      'https://evil@kraken.com',
      'no-reply@em.gemini.com',
      'x@gemini.com',
      'status.kraken.com',
      '',
      'x'.repeat(3000),
      'ftp://x',
      '!!',
    ];
    const used = new Set<string>();
    for (const locale of localeIds) {
      const strings: Readonly<Record<string, string>> = loadUiStrings(locale);
      const networks = {};
      for (const input of inputs) {
        const result = verify(input, data);
        expect(reasonCodes[result.verdict] as readonly string[]).toContain(result.reason.code);
        const name = data.platforms.find((entry) => entry.id === result.platform)?.name ?? '';
        for (const message of verdictMessages(result, { name, networks, locale, fallback: defaultLocale })) {
          const template = strings[message.key];
          expect(template, `${input}: ${message.key}`).toBeDefined();
          const sentence = plainText(template ?? '', message.params);
          expect(sentence).not.toMatch(/undefined|\{\{/);
        }
        used.add(result.reason.code);
      }
    }
    expect(used.size).toBeGreaterThanOrEqual(25);
  });
  it('returns JSON-safe data and verdicts', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    const result = verify('no-reply@em.gemini.com', data);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
