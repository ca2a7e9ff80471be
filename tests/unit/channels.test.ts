import { describe, expect, it } from 'vitest';
import {
  channelDisplayOrder,
  channelHref,
  channelText,
  countryName,
  defang,
  groupByKind,
  sourceHost,
} from '../../src/lib/channels.ts';
import { channelKinds, type Channel } from '../../src/schemas/platform.ts';

const common = { source: 'https://example.org/s', checked: '2026-11-23' };
const email = { kind: 'email', value: 'security@gemini.com', ...common } as Channel;
const phone = { kind: 'phone', value: '+18005550100', ...common } as Channel;
const social = { kind: 'social', network: 'x', handle: 'binance', ...common } as Channel;
const web = { kind: 'help-center', value: 'https://support.kraken.com/', ...common } as Channel;

describe('channel presentation', () => {
  it('shows and links each kind', () => {
    expect([email, phone, social, web].map(channelText)).toEqual([
      'security@gemini.com',
      '+18005550100',
      '@binance',
      'https://support.kraken.com/',
    ]);
    expect([email, phone, social, web].map(channelHref)).toEqual([
      'mailto:security@gemini.com',
      'tel:+18005550100',
      'https://x.com/binance',
      'https://support.kraken.com/',
    ]);
  });
  it('groups by kind in the given order, dropping empty kinds', () => {
    const groups = groupByKind([email, web, social], ['help-center', 'phone', 'email', 'social'] as Channel['kind'][]);
    expect(groups.map(({ kind, channels }) => [kind, channels.length])).toEqual([
      ['help-center', 1],
      ['email', 1],
      ['social', 1],
    ]);
  });
  it('shows every kind once, in the display order', () => {
    expect(channelDisplayOrder.toSorted()).toEqual([...channelKinds].sort());
  });
  it('names a source by its host, and a country in the page language', () => {
    expect(sourceHost('https://www.binance.com/en/support/faq/1')).toBe('binance.com');
    expect(sourceHost('stored copies of the site')).toBe('stored copies of the site');
    expect([countryName('IE', 'en'), countryName('IE', 'zh-CN')]).toEqual(['Ireland', '爱尔兰']);
  });
  it('defangs fake addresses so they cannot be clicked', () => {
    expect(defang('krakencrypto.co.com')).toBe('krakencrypto[.]co[.]com');
    expect(defang('help@krakem.com')).toBe('help[@]krakem[.]com');
    expect(defang('https://evil.example/x')).toBe('hxxps://evil[.]example/x');
  });
});
