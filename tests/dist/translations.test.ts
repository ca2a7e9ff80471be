/** Translations older than their original say so, in their own language, and link the original. */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, intlLocale, isLocale } from '../../src/config/locales.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { projectContent } from '../helpers/content.ts';
import { readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const { docs, outdated, ui } = projectContent();
const outdatedIds = new Set(outdated.map(({ id }) => id));

describe('the outdated-translation notice', () => {
  it.each(outdated.map((entry) => [entry.id, entry] as const))('%s says when the original changed, and links it', (id, entry) => {
    const locale = id.split('/')[0] ?? '';
    if (!isLocale(locale)) throw new Error(`${id} is in no locale`);
    const notice = readPage(`/${id}/`).querySelector('.sp-outdated');
    expect(notice?.textContent).toContain(formatDate(new Date(entry.changed.date), intlLocale(locale)));
    expect(notice?.textContent).toContain(ui.get(locale)?.['notice.readOriginal']);
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(`/${entry.original}/`);
  });

  it('is on no other page', () => {
    const others = docs.filter((article) => article.id && !outdatedIds.has(article.id));
    expect(others.length).toBeGreaterThan(0);
    for (const article of others) {
      expect(readPage(`/${article.id ?? ''}/`).querySelector('.sp-outdated'), article.id).toBeNull();
    }
  });

  it('is never on an original', () => {
    expect(outdated.every(({ id }) => !id.startsWith(`${defaultLocale}/`))).toBe(true);
  });
});
