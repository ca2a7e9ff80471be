import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { categories } from '../../src/config/categories.ts';
import { defaultLocale, isLocale, locales, localeIds } from '../../src/config/locales.ts';
import { sitePages } from '../../src/config/pages.ts';
import { buildSidebar } from '../../src/config/sidebar.ts';
import { starlightOptions } from '../../src/config/starlight.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { uiStrings } from '../../src/schemas/ui.ts';
import { projectContent } from '../helpers/content.ts';

describe('the locale list is wired everywhere', () => {
  it('has the default locale first and unique BCP-47 tags', () => {
    expect(localeIds[0]).toBe(defaultLocale);
    const tags = localeIds.map((id) => locales[id].lang);
    expect(new Set(tags).size).toBe(tags.length);
    for (const tag of tags) expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
  });

  it('gives each locale the browser languages it serves, each to one locale only', () => {
    const accepted = localeIds.flatMap((id) => locales[id].accept);
    expect(new Set(accepted).size).toBe(accepted.length);
    for (const id of localeIds) {
      const { lang, accept } = locales[id];
      for (const tag of accept) expect(tag).toBe(tag.toLowerCase());
      // The locale's own language is among them, whole or by its prefix.
      expect(accept.some((tag) => lang.toLowerCase() === tag || lang.toLowerCase().startsWith(`${tag}-`))).toBe(true);
    }
  });

  it('names the stemmer Pagefind picks: the primary language subtag, or none', () => {
    for (const id of localeIds) {
      const { lang, stemming } = locales[id];
      if (stemming !== null) expect(stemming).toBe(lang.toLowerCase().split('-')[0]);
    }
  });

  it.each(localeIds)('%s has a complete UI strings file', (locale) => {
    const strings = loadUiStrings(locale);
    for (const key of Object.keys(uiStrings.shape)) expect(strings).toHaveProperty([key]);
    for (const category of categories) expect(strings[`category.${category}.label`]).toBeTruthy();
  });

  it('has no UI strings file for a locale that is not in the list', () => {
    const files = readdirSync(new URL('../../content/i18n/', import.meta.url)).map((file) =>
      file.replace(/\.json$/, ''),
    );
    expect(files.filter((file) => !isLocale(file))).toEqual([]);
  });

  it('labels every sidebar group in every locale, from the UI strings', () => {
    const { docs, ui } = projectContent();
    const sidebar = buildSidebar(docs, (locale, category) => ui.get(locale)?.[`category.${category}.label`] ?? '');
    expect(sidebar.length).toBeGreaterThan(0);
    for (const group of sidebar) {
      expect(Object.keys(group.translations).sort()).toEqual(localeIds.map((id) => locales[id].lang).sort());
      const category = categories.find((c) => loadUiStrings(defaultLocale)[`category.${c}.label`] === group.label);
      if (!category) throw new Error(`sidebar group "${group.label}" is not a category label`);
      for (const id of localeIds) {
        expect(group.translations[locales[id].lang]).toBe(loadUiStrings(id)[`category.${category}.label`]);
      }
    }
  });

  it('gives Starlight every locale, with a title in each language', () => {
    const options = starlightOptions(projectContent());
    expect(Object.keys(options.locales ?? {})).toEqual(localeIds);
    for (const id of localeIds) {
      const { label, lang, dir } = locales[id];
      expect(options.locales?.[id]).toEqual({ label, lang, dir });
      expect((options.title as Record<string, string>)[locales[id].lang]).toBeTruthy();
    }
  });

  it('builds a home, category, contact and verify page per locale', () => {
    const pages = sitePages();
    for (const id of localeIds) {
      expect(pages).toContain(`/${id}/`);
      expect(pages).toContain(`/${id}/contact/`);
      expect(pages).toContain(`/${id}/verify/`);
      for (const category of categories) expect(pages).toContain(`/${id}/${category}/`);
    }
  });

  it('keeps a content folder for every locale', () => {
    for (const id of localeIds) expect(existsSync(new URL(`../../content/docs/${id}/`, import.meta.url))).toBe(true);
  });
});

describe('loadUiStrings', () => {
  it('names the file and the missing keys', () => {
    const dir = new URL('../fixtures/i18n-incomplete/', import.meta.url);
    expect(() => loadUiStrings('zh-cn', dir)).toThrow(
      /content\/i18n\/zh-cn\.json: "site\.title": .*Add each missing key/,
    );
  });
  it('explains a missing file', () => {
    const dir = new URL('../fixtures/no-such-dir/', import.meta.url);
    expect(() => loadUiStrings('en', dir)).toThrow(
      /cannot read the UI strings of locale "en".*Copy content\/i18n\/en\.json/,
    );
  });
});
