import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/i18n.ts';
import { locales, localeIds } from '../../src/config/locales.ts';

const tags = localeIds.map((id) => ({ id, lang: locales[id].lang }));

describe('pickLocale', () => {
  it('matches exact tags case-insensitively', () => {
    expect(pickLocale(['zh-cn'], tags)).toBe('zh-cn');
    expect(pickLocale(['EN'], tags)).toBe('en');
  });
  it('falls back to the primary language', () => {
    expect(pickLocale(['zh-Hans-CN'], tags)).toBe('zh-cn');
    expect(pickLocale(['zh-TW'], tags)).toBe('zh-cn');
    expect(pickLocale(['en-GB'], tags)).toBe('en');
  });
  it('respects the order of preference', () => {
    expect(pickLocale(['fr-FR', 'zh-CN', 'en'], tags)).toBe('zh-cn');
    expect(pickLocale(['en-US', 'zh-CN'], tags)).toBe('en');
  });
  it('returns undefined when nothing fits, so the reader chooses', () => {
    expect(pickLocale(['fr', 'de'], tags)).toBeUndefined();
    expect(pickLocale([], tags)).toBeUndefined();
    expect(pickLocale(['*', ' '], tags)).toBeUndefined();
  });
});
