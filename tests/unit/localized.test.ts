import { describe, expect, it } from 'vitest';
import { interpolate, localize } from '../../src/lib/localized.ts';

describe('interpolate and localize', () => {
  it('fills placeholders as text and blanks unknown ones', () => {
    expect(interpolate('{{a}} and {{ b }} and {{c}}', { a: '<b>', b: '2' })).toBe('<b> and 2 and ');
  });
  it('picks the locale, then the fallback, and says which it gave', () => {
    expect(localize({ aa: 'Help', bb: 'Hilfe' }, 'bb', 'aa')).toEqual({ text: 'Hilfe', locale: 'bb' });
    expect(localize({ aa: 'Help' }, 'cc', 'aa')).toEqual({ text: 'Help', locale: 'aa' });
    expect(localize('Kraken', 'bb', 'aa')).toEqual({ text: 'Kraken', locale: 'bb' });
    expect(() => localize({ dd: 'Aide' }, 'cc', 'aa')).toThrow(/no text for locale "cc"/);
  });
});
