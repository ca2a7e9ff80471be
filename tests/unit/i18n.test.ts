import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../src/lib/i18n.ts';
import { locales, localeIds } from '../../src/config/locales.ts';

/** Made-up locales: a language with two regional variants, and a plain one. */
const choices = [
  { id: 'aa', accept: ['aa'] },
  { id: 'bb-x', accept: ['bb-x', 'bb-latn'] },
  { id: 'bb', accept: ['bb'] },
];

describe('pickLocale', () => {
  it('matches whole tags and prefixes at a subtag boundary, in any case', () => {
    expect(pickLocale(['AA'], choices)).toBe('aa');
    expect(pickLocale(['aa-ZZ'], choices)).toBe('aa');
    expect(pickLocale(['aab'], choices)).toBeUndefined();
  });
  it('prefers the longest match', () => {
    expect(pickLocale(['bb-X'], choices)).toBe('bb-x');
    expect(pickLocale(['bb-Latn-ZZ'], choices)).toBe('bb-x');
    expect(pickLocale(['bb-Y'], choices)).toBe('bb');
  });
  it('respects the order of preference', () => {
    expect(pickLocale(['cc', 'bb', 'aa'], choices)).toBe('bb');
  });
  it('returns undefined when nothing fits, so the reader chooses', () => {
    expect(pickLocale(['cc', 'dd'], choices)).toBeUndefined();
    expect(pickLocale([], choices)).toBeUndefined();
    expect(pickLocale(['*', ' '], choices)).toBeUndefined();
  });
  it.each(localeIds)('sends a browser in the language of %s there', (id) => {
    const list = localeIds.map((locale) => ({ id: locale, accept: locales[locale].accept }));
    expect(pickLocale([locales[id].lang], list)).toBe(id);
    for (const tag of locales[id].accept) expect(pickLocale([tag], list)).toBe(id);
  });
});
