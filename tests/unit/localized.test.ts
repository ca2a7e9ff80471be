import { describe, expect, it } from 'vitest';
import { interpolate, localize, missingTexts, translatingLocales } from '../../src/lib/localized.ts';

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

describe('missingTexts', () => {
  const data = {
    id: 'start',
    question: { aa: 'Lost money?', bb: 'Geld verloren?' },
    answers: [
      { text: { aa: 'Yes', bb: 'Ja' }, next: 'lost' },
      { text: { aa: 'No' }, next: 'other' },
    ],
    name: 'Kraken',
    note: { aa: 'A note', zz: 'not a locale' },
  };

  it('lists the texts without the locale, by path, and leaves plain strings and other objects alone', () => {
    expect(missingTexts(data, 'bb', ['aa', 'bb', 'cc'], 'aa')).toEqual(['answers.1.text']);
    expect(missingTexts(data, 'cc', ['aa', 'bb', 'cc'], 'aa')).toEqual([
      'question',
      'answers.0.text',
      'answers.1.text',
    ]);
    expect(missingTexts(data, 'aa', ['aa', 'bb', 'cc'], 'aa')).toEqual([]);
  });
});

describe('translatingLocales', () => {
  const ui = new Map([
    ['aa', { 'page.title': 'What happened?', 'page.intro': 'Answer', 'other.x': 'X' }],
    ['bb', { 'page.title': 'Was ist passiert?', 'page.intro': 'Answer', 'other.x': 'X' }],
    ['cc', { 'page.title': 'What happened?', 'page.intro': 'Answer', 'other.x': 'Y' }],
  ]);

  it('names the locales whose page strings differ from the fallback’s: they must translate the data too', () => {
    expect(translatingLocales(ui, 'page.', 'aa')).toEqual(['bb']);
    expect(translatingLocales(ui, 'other.', 'aa')).toEqual(['cc']);
    expect(translatingLocales(ui, 'none.', 'aa')).toEqual([]);
  });
});
