import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/i18n.ts';
import { langOfContentFile, locales, localeIds } from '../../src/config/locales.ts';

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

describe('langOfContentFile', () => {
  it('reads the locale folder of an article path', () => {
    expect(langOfContentFile('/repo/content/docs/zh-cn/get-help/a.mdx')).toBe('zh-CN');
    expect(langOfContentFile('C:\\repo\\content\\docs\\en\\get-help\\a.mdx')).toBe('en');
  });
  it('falls back to the default locale', () => {
    expect(langOfContentFile('/repo/src/pages/index.astro')).toBe('en');
    expect(langOfContentFile('/repo/content/docs/fr/a.mdx')).toBe('en');
  });
});
