import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlatformSet, parsePlatform } from '../../src/readers/platforms.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { channelSchema, platformSchema, type Platform } from '../../src/schemas/platform.ts';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';

/** The same text under every locale of the list. */
const everyLocale = (text: string) => Object.fromEntries(localeIds.map((id) => [id, text]));

const fixtures = 'tests/fixtures/platforms';

/** Parses a fixture file; returns the error message, or '' when it parses. */
function failure(path: string): string {
  try {
    parsePlatform(readFileSync(path, 'utf8'), path);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const web = {
  kind: 'website',
  value: 'https://www.acme-exchange.example/',
  source: 'https://help.acme-exchange.example/a',
  checked: '2026-11-01',
  evidence: 'Our only site is www.acme-exchange.example.',
};

describe('platform files', () => {
  it('parses a valid file with every field, filling the optional lists', () => {
    const [acme, beta] = loadPlatforms(`${fixtures}/valid/`);
    expect(acme?.id).toBe('acme');
    expect(acme?.channels.map((channel) => channel.kind)).toEqual([
      'website',
      'help-center',
      'email',
      'phone',
      'social',
      'app',
    ]);
    expect(acme?.['known-fakes']).toHaveLength(4);
    expect(beta?.never).toEqual([]);
    expect(beta?.unclear).toEqual([]);
    expect(beta?.['known-fakes']).toEqual([]);
  });

  it.each([
    ['http-url', 6, 'channels.0.value', 'write `value:` as a full https:// address (http:// is not accepted)'],
    ['foreign-domain-url', 6, 'channels.0.value', 'is not on the platform’s domains'],
    ['foreign-domain-email', 6, 'channels.0.value', 'acme.support@gmail.com is not on the platform’s domains'],
    ['bad-phone', 6, 'channels.0.value', 'write `value:` in E.164'],
    ['unquoted-phone', 6, 'channels.0.value', 'write `value:` in quotes'],
    ['duplicate', 10, 'channels.1', 'is already listed as a website channel above; remove one'],
    ['missing-source', 5, 'channels.0.source', 'add `source:` with the https:// address'],
    ['missing-checked', 5, 'channels.0.checked', 'add `checked:` with the date you last checked the source'],
    ['future-checked', 8, 'channels.0.checked', 'it is in the future'],
    ['unknown-key', 5, 'channels.0', 'remove `url`'],
    ['unknown-kind', 5, 'channels.0.kind', 'set `kind:` to one of: website'],
    ['unknown-network', 6, 'channels.0.network', 'set `network:` to one of: x, telegram'],
    ['subdomain-in-domains', 3, 'domains.0', 'list registrable domains'],
    ['fake-on-official-domain', 12, 'known-fakes.0.value', 'a fake cannot be official too'],
    ['label-missing-default', 8, `channels.0.label.${defaultLocale}`, `add the ${defaultLocale} text of \`label:\``],
    ['evidence-missing', 5, 'channels.0.evidence', 'add `evidence:` with a verbatim quote of at most 30 words'],
    [
      'evidence-too-long',
      16,
      'never.0.evidence',
      'shorten `evidence:` to at most 30 words of the source page (it has 35)',
    ],
    ['evidence-without-value', 9, 'channels.0.evidence', '`evidence:` does not contain the number +12025550100'],
    ['evidence-wrong-host', 9, 'channels.0.evidence', '`evidence:` does not contain help.acme-exchange.example'],
    ['evidence-wrong-email', 9, 'channels.0.evidence', '`evidence:` does not contain help@acme-exchange.example'],
    ['phone-bad-country', 7, 'channels.0.country', 'write `country:` as an ISO 3166-1 alpha-2 code'],
    ['phone-bad-purpose', 6, 'channels.0.purpose', 'set `purpose:` to one of: lock, general, complaints'],
    ['web-with-query', 6, 'channels.0.value', 'a whole host (https://support.kraken.com/) or a path prefix'],
    ['channel-in-user-content', 6, 'channels.0.value', 'where any user publishes (`user-content:`)'],
    ['user-content-bad-path', 14, 'user-content.0.paths.0', 'a path prefix that starts and ends with /'],
  ])('%s fails with the file, the line, the field and the fix', (name, line, field, fix) => {
    const message = failure(`${fixtures}/broken/${name}.yaml`);
    expect(message).toMatch(new RegExp(`^${fixtures}/broken/${name}\\.yaml: 1 problem`));
    expect(message).toMatch(
      new RegExp(`✗ ${fixtures}/broken/${name}\\.yaml:${line} ${field.replaceAll('.', '\\.')}: `),
    );
    expect(message).toContain(fix);
  });

  it('reports malformed YAML with the file and line', () => {
    expect(failure(`${fixtures}/broken/malformed.yaml`)).toMatch(
      /^tests\/fixtures\/platforms\/broken\/malformed\.yaml:9: the YAML is malformed .*check indentation and quotes$/,
    );
  });

  it.each([
    ['id-mismatch', 'gamma.yaml: id: the id is "beta" but the file is gamma.yaml; rename one to match'],
    ['shared-domain', 'other.yaml: domains: acme.test is also listed by'],
    ['duplicate-id', 'beta.yml: id: "beta" is also the id of'],
  ])('rejects the %s set', (dir, message) => {
    expect(() => loadPlatforms(`${fixtures}/${dir}/`)).toThrow(message);
  });

  it('accepts an empty set', () => {
    expect(() => {
      checkPlatformSet([]);
    }).not.toThrow();
  });
});

describe('channelSchema', () => {
  it.each([
    [{ ...web, kind: 'status-page', value: 'https://status.acme-exchange.example/' }],
    [{ ...web, kind: 'email', value: 'help@acme-exchange.example' }],
    [{ ...web, kind: 'phone', value: '+442079460000' }],
    [{ ...web, kind: 'social', value: undefined, network: 'youtube', handle: 'AcmeExchange' }],
    [{ ...web, kind: 'app', value: 'https://play.google.com/store/apps/details?id=example.acme' }],
    [{ ...web, languages: ['en', 'zh-Hans', 'es-419'], hours: '24/7', label: everyLocale('Main site') }],
    // Other languages are optional: pages without their line show the default language's.
    [{ ...web, label: { [defaultLocale]: 'Main site' } }],
  ])('accepts %o', (channel) => {
    const { value, ...rest } = channel;
    expect(channelSchema.safeParse(value === undefined ? rest : channel).success).toBe(true);
  });

  it.each([
    ['value', { ...web, value: 'www.acme-exchange.example' }],
    ['value', { ...web, value: 'https://user@www.acme-exchange.example/' }],
    ['value', { ...web, kind: 'email', value: 'Help@acme-exchange.example' }],
    ['value', { ...web, kind: 'phone', value: '+1 202 555 0100' }],
    ['value', { ...web, kind: 'phone', value: '+123' }],
    ['value', { ...web, kind: 'phone', value: 12025550100 }],
    ['value', { ...web, kind: 'app', value: 'https://apps.apple.example/app' }],
    ['handle', { ...web, kind: 'social', value: undefined, network: 'x', handle: '@acme' }],
    ['languages', { ...web, languages: ['EN'] }],
    ['languages', { ...web, languages: ['not a tag'] }],
    ['checked', { ...web, checked: '2026-02-30' }],
    ['checked', { ...web, checked: 'last week' }],
    ['source', { ...web, source: 'http://help.acme-exchange.example/a' }],
    ['source', { ...web, source: 'a forum' }],
    ['label', { ...web, label: 'Main site' }],
    ['label', { ...web, label: { [defaultLocale]: ' ' } }],
    ['label', { ...web, label: Object.fromEntries(localeIds.slice(1).map((id) => [id, 'Main site'])) }],
    ['label', { ...web, label: { ...everyLocale('Main site'), 'x-none': 'Site principal' } }],
  ])('rejects a bad %s', (field, channel) => {
    const result = channelSchema.safeParse(channel);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.at(-2) === 'languages' ? 'languages' : result.error?.issues[0]?.path[0]).toBe(
      field,
    );
  });
});

describe('cross-field rules', () => {
  const base = { id: 'acme', name: 'Acme', domains: ['acme-exchange.example'], channels: [web] };
  const issues = (data: unknown) => platformSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.'));

  it('treats subdomains of a listed domain as its own', () => {
    const email = 'no-reply@em.acme-exchange.example';
    const channels = [web, { ...web, kind: 'email', value: email, evidence: `We write from ${email}.` }];
    expect(platformSchema.safeParse({ ...base, channels }).success).toBe(true);
  });
  it('rejects a known fake that is also an official channel', () => {
    const social = { ...web, kind: 'social', network: 'x', handle: 'acme' } as Record<string, unknown>;
    delete social['value'];
    const fake = {
      kind: 'handle',
      network: 'x',
      handle: 'ACME',
      source: 'screenshots from readers',
      checked: '2026-11-01',
    };
    expect(issues({ ...base, channels: [web, social], 'known-fakes': [fake] })).toEqual(['known-fakes.0.handle']);
  });
  it('rejects unclear values that are official, or of the wrong shape', () => {
    const unclear = (kind: string, values: string[]) => ({
      kind,
      text: everyLocale('Unclear.'),
      values,
      sources: ['a forum post'],
      checked: '2026-11-01',
    });
    expect(issues({ ...base, unclear: [unclear('phone', ['202-555-0100'])] })).toEqual(['unclear.0.values.0']);
    expect(issues({ ...base, unclear: [unclear('website', ['www.acme-exchange.example'])] })).toEqual([
      'unclear.0.values.0',
    ]);
    expect(issues({ ...base, unclear: [unclear('social', ['acme'])] })).toEqual(['unclear.0.values.0']);
    expect(issues({ ...base, unclear: [unclear('website', ['acme-exchange.test'])] })).toBeUndefined();
  });
  it('rejects unknown top-level keys and a missing channel list', () => {
    expect(issues({ ...base, phone: '+12025550100' })).toEqual(['']);
    expect(issues({ ...base, channels: [] })).toEqual(['channels']);
    expect(issues({ ...base, domains: undefined })).toEqual(['domains']);
  });
});

describe('content/platforms', () => {
  const platforms = loadPlatforms();
  const byId = new Map(platforms.map((platform) => [platform.id, platform]));
  const get = (id: string): Platform => {
    const platform = byId.get(id);
    if (!platform) throw new Error(`content/platforms/${id}.yaml is missing`);
    return platform;
  };
  const values = (platform: Platform) =>
    platform.channels.map((channel) =>
      channel.kind === 'social' ? `${channel.network}:${channel.handle}` : channel.value,
    );

  it('has the fifteen platforms of the content plan, one file each', () => {
    expect(platforms.map((platform) => platform.id)).toEqual([
      'binance',
      'bitfinex',
      'bitget',
      'bitstamp',
      'bybit',
      'coinbase',
      'crypto-com',
      'gate',
      'gemini',
      'htx',
      'kraken',
      'kucoin',
      'mexc',
      'okx',
      'upbit',
    ]);
  });
  it('gives the other names people use, in their own scripts', () => {
    expect(get('htx').aliases).toEqual(expect.arrayContaining(['Huobi', '火币']));
    expect(get('gate').aliases).toEqual(expect.arrayContaining(['Gate.io', '芝麻开门']));
    expect(get('kucoin').aliases).toContain('库币');
    expect(get('upbit').aliases).toContain('업비트');
  });
  it('says so where the facts are thin, instead of guessing', () => {
    // Upbit: only its developer center could be read; customer support is unconfirmed.
    expect(values(get('upbit'))).toEqual(['https://docs.upbit.com/', 'open-api@upbit.com']);
    expect(get('upbit').unclear.length).toBeGreaterThanOrEqual(4);
    for (const id of ['bybit', 'kucoin', 'htx', 'gate', 'mexc', 'bitfinex', 'upbit', 'bitstamp']) {
      expect(
        get(id).channels.filter((channel) => channel.kind === 'phone'),
        id,
      ).toEqual([]);
    }
    expect(get('bitstamp').unclear.flatMap((entry) => entry.values ?? [])).toEqual(['+442038689628', '+16465689784']);
  });
  it('lists only stated channels', () => {
    expect(values(get('gemini'))).toEqual(
      expect.arrayContaining(['no-reply@em.gemini.com', 'hello@news.gemini.com', 'security@gemini.com']),
    );
    expect(values(get('coinbase'))).toContain('security@coinbase.com');
    const okx = get('okx').channels.find((channel) => channel.kind === 'social');
    expect(okx).toMatchObject({ network: 'telegram', handle: 'notoscam' });
    expect(okx?.label?.en).toMatch(/report fake/i);
  });
  it("lists Coinbase's account-lock lines as official phones with purpose and country, the disputed ones as unclear", () => {
    const phones = get('coinbase').channels.filter((channel) => channel.kind === 'phone');
    expect(phones.map((phone) => [phone.value, phone.country])).toEqual([
      ['+18889087930', 'US'],
      ['+18446131499', 'US'],
      ['+448081684635', 'GB'],
      ['+441513081768', 'GB'],
      ['+35315295132', 'IE'],
      ['+498000010726', 'DE'],
      ['+34900983477', 'ES'],
    ]);
    for (const phone of phones) expect(phone).toMatchObject({ purpose: 'lock', automated: false });
    const unclear = get('coinbase').unclear.flatMap((entry) => entry.values ?? []);
    expect(unclear).toEqual(expect.arrayContaining(['+1800200355', '+4922168943025', '+4922168943973']));
    expect(phones.some((phone) => unclear.includes(phone.value))).toBe(false);
    expect(get('coinbase').notes.map((note) => note.evidence)).toEqual(
      expect.arrayContaining([
        'Scroll to See something unusual? at the bottom of the page and select Lock your account.',
        'Scroll down to Security and tap Lock my account',
      ]),
    );
  });
  it("calls Kraken's email article an article, not a verification tool", () => {
    expect(get('kraken').channels.map((channel) => channel.kind)).not.toContain('verify-tool');
    expect(get('kraken').notes[0]?.text.en).toMatch(/help article, not a tool/);
  });
  it('rests Binance channels on its own FAQ pages, and what only Square posts say stays unclear', () => {
    const facts = [...get('binance').channels, ...get('binance').never, ...get('binance').notes];
    for (const fact of facts) expect(fact.source).not.toMatch(/\/square\//);
    expect(values(get('binance'))).not.toContain('x:binance');
    const squareSources = get('binance').unclear.flatMap((entry) =>
      entry.sources.filter((url) => url.includes('/square/')),
    );
    expect(squareSources.length).toBeGreaterThanOrEqual(3);
  });
  it('keeps unclear facts out of the channels', () => {
    for (const platform of platforms) {
      const official = new Set(values(platform));
      for (const value of platform.unclear.flatMap((entry) => entry.values ?? [])) {
        expect(official.has(value), `${platform.id} ${value}`).toBe(false);
      }
    }
    expect(get('bitget').unclear.flatMap((entry) => entry.values ?? [])).toEqual(
      expect.arrayContaining(['bitget.ng', 'bgportable.com', 'bitget.site']),
    );
  });
  it('records the observed fakes', () => {
    expect(get('gemini')['known-fakes']).toEqual([
      expect.objectContaining({ kind: 'phone', value: '+18557370477', original: '855-737-0477' }),
    ]);
    expect(get('kraken')['known-fakes'].map((fake) => fake.kind === 'domain' && fake.value)).toEqual([
      'krakencrypto.co.com',
      'krakenpro.co.com',
      'krakem.com',
    ]);
  });
  it('translates reader-facing texts rather than copying the default language', () => {
    const texts = platforms.flatMap((platform) => [
      ...platform.channels.map((channel) => channel.label),
      ...[...platform.never, ...platform.notes, ...platform.unclear].map((fact) => fact.text),
      ...platform['known-fakes'].map((fake) => fake.note),
    ]);
    for (const text of texts.filter((entry) => entry !== undefined)) {
      for (const id of localeIds.filter((locale) => locale !== defaultLocale)) {
        if (text[id] !== undefined) expect(text[id]).not.toBe(text[defaultLocale]);
      }
    }
  });
  it('dates every fact and cites an https source', () => {
    const facts = platforms.flatMap((platform) => [...platform.channels, ...platform.never, ...platform.notes]);
    for (const fact of facts) {
      expect(fact.source).toMatch(/^https:\/\//);
      expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
