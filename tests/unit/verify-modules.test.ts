import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfusables, renderConfusablesModule } from '../../scripts/lib/confusables.ts';
import { confusablesVersion } from '../../src/lib/verify/confusables.generated.ts';
import { editDistance } from '../../src/lib/verify/distance.ts';
import { describeHost, hostnameOf, registrableOffset, toUnicodeHost } from '../../src/lib/verify/host.ts';
import { prepareName, resemble, wordsOf } from '../../src/lib/verify/match.ts';
import { data } from '../helpers/verify-data.ts';
import {
  clean,
  cleanHost,
  hasInvisible,
  isCompatibilityForm,
  isInvisible,
  visibleHost,
} from '../../src/lib/verify/normalize.ts';
import { toParts, misleadingChars } from '../../src/lib/verify/parts.ts';
import { isE164, looksLikePhone, normalizePhone } from '../../src/lib/verify/phone.ts';
import { isMixedScript, scriptOf, scriptsOf } from '../../src/lib/verify/scripts.ts';
import { fold, foldKeys, isConfusable, skeleton } from '../../src/lib/verify/skeleton.ts';
import { linkTarget, networkOfDomain } from '../../src/lib/verify/social.ts';
import { splitUrl } from '../../src/lib/verify/url.ts';

describe('normalizePhone', () => {
  it.each([
    ['+1 855 737 0477', '+18557370477', false],
    ['+1 (855) 737-0477', '+18557370477', false],
    ['855-737-0477', '+18557370477', true],
    ['855.737.0477', '+18557370477', true],
    ['(855) 737 0477', '+18557370477', true],
    ['1-855-737-0477', '+18557370477', false],
    ['0044 20 7946 0000', '+442079460000', false],
    ['+44 (0)20 7946 0000', '+4402079460000', false],
    ['+86 138 0013 8000', '+8613800138000', false],
    ['855‐737‐0477', '+18557370477', true],
  ])('reads %s as %s', (input, e164, assumedNanp) => {
    expect(normalizePhone(input)).toEqual({ ok: true, e164, assumedNanp });
  });
  it.each([
    ['020 7946 0000', 'no-country-code'],
    ['155-737-0477', 'no-country-code'],
    ['12345678', 'no-country-code'],
    ['+1 800 FLOWERS', 'unparseable'],
    ['+12', 'unparseable'],
    ['+1234567890123456', 'unparseable'],
    ['++18557370477', 'unparseable'],
  ])('refuses %s (%s)', (input, code) => {
    expect(normalizePhone(input)).toEqual({ ok: false, code });
  });
  it('recognises phone-shaped input but not IP addresses or short numbers', () => {
    expect(looksLikePhone('+1 855 737 0477')).toBe(true);
    expect(looksLikePhone('855-737-0477')).toBe(true);
    expect(looksLikePhone('192.168.10.1')).toBe(false);
    expect(looksLikePhone('12345')).toBe(false);
    expect(looksLikePhone('kraken.com')).toBe(false);
  });
  it('checks E.164', () => {
    expect(isE164('+18557370477')).toBe(true);
    expect(isE164('18557370477')).toBe(false);
    expect(isE164('+08557370477')).toBe(false);
  });
});

describe('character clean-up', () => {
  it('spots invisible and bidi-control characters', () => {
    for (const char of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u2066', '\uFE0F']) {
      expect(isInvisible(char)).toBe(true);
    }
    expect(isInvisible('a')).toBe(false);
    expect(isInvisible(' ')).toBe(false);
    expect(hasInvisible('kra\u200Bken')).toBe(true);
  });
  it('spots compatibility forms but not accents or uppercase', () => {
    expect(['ｋ', '\u212A', '𝐤', 'ﬁ', '．'].map(isCompatibilityForm)).toEqual([true, true, true, true, true]);
    expect(['k', 'K', 'é', 'а', '。'].map(isCompatibilityForm)).toEqual([false, false, false, false, false]);
  });
  it('cleans with NFKC, without invisible characters, in lower case', () => {
    expect(clean('ＫＲＡＫＥＮ\u200B.com')).toBe('kraken.com');
    expect(cleanHost('kraken。com')).toBe('kraken.com');
    expect(cleanHost('kraken．com')).toBe('kraken.com');
    expect(visibleHost('B1NANϲE｡COM\u200D')).toBe('b1nanϲe.com');
  });
});

describe('punycode', () => {
  it.each(['krаken', 'bücher', 'münchen', '中文', 'ｋｒａｋｅｎ', 'coinbaѕe', 'ǵemini', 'a-b-ç', '😀x'])(
    'decodes what the URL parser encodes for %s',
    (label) => {
      const ascii = new URL(`https://${label}.com/`).hostname;
      const unicode = toUnicodeHost(ascii);
      // The URL parser maps (NFKC, case folding) before encoding, so compare with its own mapping.
      expect(new URL(`https://${unicode}/`).hostname).toBe(ascii);
      if (ascii.startsWith('xn--')) expect(unicode).not.toContain('xn--');
    },
  );
  it('keeps labels that are not valid Punycode as they are', () => {
    expect(toUnicodeHost('xn--ihqwcrb4cv8a8dqg056pqjye.example')).toBe('他们为什么不说中文.example');
    expect(toUnicodeHost('xn--zz.com')).toBe('xn--zz.com');
    expect(toUnicodeHost('xn--a!b.com')).toBe('xn--a!b.com');
  });
});

describe('editDistance', () => {
  it.each([
    ['kraken', 'kraken', 0],
    ['kraken', 'krakken', 1],
    ['kraken', 'krakn', 1],
    ['kraken', 'karken', 1],
    ['kraken', 'kraxen', 1],
    ['kraken', 'krkaen', 1],
    ['kraken', 'braken', 1],
    ['kraken', 'broken', 2],
    ['', 'okx', 3],
    ['ca', 'abc', 3],
    ['кraken', 'kraken', 1],
  ])('%s → %s is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
  it('stops early past the limit', () => {
    expect(editDistance('kraken', 'coinbase', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('answers a limit of one (its one-pass form) as the full distance does, surrogate pairs included', () => {
    const letters = ['a', 'b', 'k', '𝐚'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: Math.floor(next() * 6) }, () => letters[Math.floor(next() * 4)]).join('');
    for (let run = 0; run < 20_000; run++) {
      const [a, b] = [word(), word()];
      expect({ a, b, within: editDistance(a, b, 1) }).toEqual({ a, b, within: Math.min(editDistance(a, b), 2) });
    }
  });
});

describe('skeleton and fold', () => {
  it('follows UTS #39: NFD, prototypes, NFD', () => {
    expect(skeleton('krаken')).toBe('kraken');
    expect(skeleton('paypal')).toBe(skeleton('pаypаl'));
    expect(skeleton('m')).toBe('rn');
    expect(skeleton('0')).toBe('O');
    expect(skeleton('é')).toBe('e\u0301');
  });
  it('folds case, marks and ASCII lookalikes', () => {
    expect(fold('KRAKEN')).toBe('kraken');
    expect(fold('krákén')).toBe('kraken');
    expect(fold('c0inbase')).toBe('coinbase');
    expect(fold('gernini')).toBe(fold('gemini'));
    expect(fold('bіnаnсе')).toBe('binance');
    expect(fold('οkх')).toBe('okx');
  });
  it('marks non-ASCII lookalikes only', () => {
    expect(['а', 'е', 'ο', 'ı', 'ɡ'].every(isConfusable)).toBe(true);
    expect(['a', '0', '中', 'ж'].some(isConfusable)).toBe(false);
  });
  it('comes from Unicode 17.0.0 and is up to date with confusables.txt', () => {
    expect(confusablesVersion).toBe('17.0.0');
    const source = new URL('../../data/unicode/confusables.txt', import.meta.url);
    const generated = renderConfusablesModule(parseConfusables(readFileSync(source, 'utf8')));
    const committed = readFileSync(new URL('../../src/lib/verify/confusables.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(generated);
  });
  it('rejects a file that is not confusables.txt', () => {
    expect(() => parseConfusables('hello')).toThrow('confusables.txt: no "# Version:"');
  });
});

describe('scripts', () => {
  it('names scripts and ignores digits and hyphens', () => {
    expect(scriptOf('a')).toBe('Latin');
    expect(scriptOf('а')).toBe('Cyrillic');
    expect(scriptOf('α')).toBe('Greek');
    expect(scriptOf('中')).toBe('Han');
    expect(scriptOf('-')).toBeNull();
    expect(scriptOf('7')).toBeNull();
    expect(scriptsOf('krаken')).toEqual(['Latin', 'Cyrillic']);
  });
  it.each([
    ['krаken', true],
    ['οkx', true],
    ['kraken', false],
    ['кракен', false],
    ['bücher', false],
    ['中文abc', false],
    ['日本語テキストabc', false],
    ['한국abc', false],
    ['中文кириллица', true],
  ])('%s mixed: %s', (label, mixed) => {
    expect(isMixedScript(label)).toBe(mixed);
  });
});

describe('splitUrl', () => {
  it.each([
    'https://kraken.com/login',
    'https://kraken.com@evil.example/login',
    'https://user:pass@evil.example:8443/x?y#z',
    'https:kraken.com',
    'https:\\\\kraken.com\\x',
    'https:///kraken.com',
    'https://kraken.com:443@evil.example',
    'https://a@b@evil.example/',
    'https://[::1]:8080/x',
    'https://kraken.com?x=@evil.example',
    'https://kraken.com#@evil.example',
    'http://kraken.com./',
    'https://0x7f.1/',
  ])('agrees with the URL parser on %s', (url) => {
    const spans = splitUrl(url);
    const parsed = new URL(url);
    if (!spans) throw new Error('no spans');
    expect(hostnameOf(url.slice(spans.host.start, spans.host.end))).toBe(parsed.hostname);
    expect(spans.userinfo !== null).toBe(parsed.username !== '' || parsed.password !== '' || url.includes('@@'));
  });
  it('returns pieces that join back to the URL', () => {
    const url = 'https://kraken.com:pw@evil.example:8443/a?b#c';
    const spans = splitUrl(url);
    expect(spans).toEqual({
      scheme: { start: 0, end: 8 },
      userinfo: { start: 8, end: 22 },
      host: { start: 22, end: 34 },
      port: { start: 34, end: 39 },
      rest: { start: 39, end: url.length },
    });
    expect(splitUrl('https://')).toBeNull();
    expect(splitUrl('https://:80')).toBeNull();
  });
});

describe('hosts', () => {
  it('takes a host apart with the public suffix list (ICANN section only)', () => {
    expect(describeHost('support.kraken.com.')).toMatchObject({
      hostname: 'support.kraken.com',
      domain: 'kraken.com',
      label: 'kraken',
      suffix: 'com',
      subdomains: ['support'],
      punycode: false,
    });
    expect(describeHost('kraken.co.uk')).toMatchObject({ domain: 'kraken.co.uk', label: 'kraken', suffix: 'co.uk' });
    expect(describeHost('kraken.pages.dev')).toMatchObject({ domain: 'pages.dev', subdomains: ['kraken'] });
    expect(describeHost('krakencrypto.co.com')).toMatchObject({ domain: 'co.com', subdomains: ['krakencrypto'] });
    expect(describeHost('xn--krken-5ve.com')).toMatchObject({ label: 'krаken', unicode: 'krаken.com', punycode: true });
    expect(describeHost('10.0.0.1')).toMatchObject({ isIp: true, domain: null });
    expect(describeHost('[::1]')).toMatchObject({ isIp: true, domain: null });
    expect(describeHost('localhost')).toMatchObject({ domain: null, label: 'localhost' });
  });
  it('reads host names as the URL parser does, refusing delimiters', () => {
    expect(hostnameOf('ＫＲＡＫＥＮ.com')).toBe('kraken.com');
    expect(hostnameOf('kraken.com/x')).toBeNull();
    expect(hostnameOf('a@b')).toBeNull();
    expect(hostnameOf('kraken.com:443')).toBeNull();
    expect(hostnameOf('')).toBeNull();
  });
  it('finds where the registrable domain starts in the written host', () => {
    expect(registrableOffset('support.kraken.com', 'kraken.com')).toBe(8);
    expect(registrableOffset('KRAKEN.COM.', 'kraken.com')).toBe(0);
    expect(registrableOffset('a。kraken．com', 'kraken.com')).toBe(2);
    expect(registrableOffset('kraken.com', 'example.co.uk')).toBeNull();
  });
});

describe('resemble', () => {
  const brand = (name: string, suffixes = ['com']) => ({
    name,
    keys: [...new Set([...foldKeys(name), ...foldKeys(name.toUpperCase())])],
    source: 'domain' as const,
    suffixes,
  });
  const words = wordsOf(data);
  it.each([
    ['kraken', 'kraken', 'exact'],
    ['krаken', 'kraken', 'homoglyph'],
    ['ᴋʀᴀᴋᴇɴ', 'kraken', 'homoglyph'],
    ['lcraken', 'kraken', 'homoglyph'],
    ['kra-ken', 'kraken', 'typo'],
    ['krakken', 'kraken', 'typo'],
    ['karken', 'kraken', 'typo'],
    ['lcrakem', 'kraken', 'typo'],
    ['kraken-support', 'kraken', 'lure'],
    ['securekraken', 'kraken', 'lure'],
    ['krakken-login', 'kraken', 'lure'],
    ['krakenprotocol', 'kraken', 'contains'],
    ['okx', 'okx', 'exact'],
    ['0kx', 'okx', 'homoglyph'],
    ['окх', 'okx', 'homoglyph'],
    ['ΟΚΧ', 'okx', 'homoglyph'],
    ['okkx', 'okx', 'typo'],
    ['okx-login', 'okx', 'lure'],
    ['okx客服', 'okx', 'lure'],
    ['okxkefu', 'okx', 'lure'],
    ['okx_admin01', 'okx', 'lure'],
    ['okxwallet', 'okx', 'lure'],
    ['box', 'okx', null],
    ['okta', 'okx', null],
    ['finance', 'binance', null],
    ['broken', 'kraken', null],
    ['google', 'gemini', null],
  ])('%s against %s: %s', (name, target, expected) => {
    expect(resemble(prepareName(name), brand(target), words)).toBe(expected);
  });
  it('leaves typos out of free text', () => {
    expect(resemble(prepareName('karken'), brand('kraken'), words, false)).toBeNull();
  });
  it('reads whole-script names, small capitals and letter groups as Latin', () => {
    expect(fold('окх')).toBe('okx');
    expect(fold('ΟΚΧ')).toBe('okx');
    expect(fold('ᴋʀᴀᴋᴇɴ')).toBe('kraken');
    expect(foldKeys('BlNANCE')).toContain('blnance');
    expect(foldKeys('BINANCE')).toContain('blnance');
    expect(foldKeys('vvallet')).toContain('wallet');
    expect(foldKeys('lcraken')).toContain('kraken');
  });
});

describe('social links', () => {
  it('knows the networks’ domains', () => {
    expect(networkOfDomain('t.me')).toBe('telegram');
    expect(networkOfDomain('twitter.com')).toBe('x');
    expect(networkOfDomain('kraken.com')).toBeUndefined();
    expect(networkOfDomain('constructor')).toBeUndefined();
  });
  const none = new URLSearchParams();
  it.each([
    ['x', [], ['', 'binance'], { kind: 'handle', segment: 1, skip: 0, post: false }],
    ['x', [], ['', 'binance', 'status', '1'], { kind: 'handle', segment: 1, skip: 0, post: true }],
    ['x', ['www'], ['', 'home'], { kind: 'none' }],
    ['x', ['evil'], ['', 'binance'], { kind: 'none' }],
    ['telegram', [], ['', 's', 'notoscam'], { kind: 'handle', segment: 2, skip: 0, post: false }],
    ['telegram', ['notoscam'], [''], { kind: 'subdomain', label: 'notoscam' }],
    ['telegram', [], ['', '+AbCdEf'], { kind: 'invite' }],
    ['telegram', [], ['', '+18557370477'], { kind: 'phone', number: '+18557370477' }],
    ['telegram', [], ['', 'joinchat', 'AbC'], { kind: 'invite' }],
    ['whatsapp', [], ['', '18557370477'], { kind: 'phone', number: '18557370477' }],
    ['youtube', [], ['', '@Binance', 'videos'], { kind: 'handle', segment: 1, skip: 1, post: false }],
    ['youtube', [], ['', 'watch'], { kind: 'none' }],
    ['tiktok', [], ['', '@okx'], { kind: 'handle', segment: 1, skip: 1, post: false }],
    ['linkedin', [], ['', 'company', 'okx'], { kind: 'handle', segment: 2, skip: 0, post: false }],
    ['reddit', [], ['', 'r', 'kraken'], { kind: 'handle', segment: 2, skip: 0, post: false }],
    ['discord', [], ['', 'invite', 'abc'], { kind: 'handle', segment: 2, skip: 0, post: false }],
    ['instagram', [], [''], { kind: 'none' }],
  ] as const)('%s %j %j', (network, subdomains, segments, expected) => {
    expect(linkTarget(network, subdomains, segments, none)).toEqual(expected);
  });
  it('reads WhatsApp’s send?phone=', () => {
    expect(linkTarget('whatsapp', ['api'], ['', 'send'], new URLSearchParams('phone=18557370477'))).toEqual({
      kind: 'phone',
      number: '18557370477',
    });
  });
});

describe('parts', () => {
  it('merges neighbours and lets later ranges win', () => {
    expect(
      toParts('abcdef', [
        { start: 1, end: 5, role: 'decisive' },
        { start: 2, end: 3, role: 'misleading' },
      ]),
    ).toEqual([
      { text: 'a', role: 'plain' },
      { text: 'b', role: 'decisive' },
      { text: 'c', role: 'misleading' },
      { text: 'de', role: 'decisive' },
      { text: 'f', role: 'plain' },
    ]);
    expect(toParts('', [])).toEqual([]);
  });
  it('marks whole code points, surrogate pairs included', () => {
    const text = 'a𝐤b';
    expect(misleadingChars(text, 0, text.length, (char) => char === '𝐤')).toEqual([
      { start: 1, end: 3, role: 'misleading' },
    ]);
  });
});
