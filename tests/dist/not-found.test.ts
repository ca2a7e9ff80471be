/** 404.html: in every locale, the search box, the urgent articles, "What happened?", the checker and the contact page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeIds, locales } from '../../src/config/locales.ts';
import { distDir, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const page = () => parseHTML(readFileSync(join(distDir, '404.html'), 'utf8')).document;

describe('404.html', () => {
  it.each(localeIds)('has a block in %s, shown first only for the default locale', (locale) => {
    const block = page().querySelector(`[data-not-found] [data-locale="${locale}"]`);
    expect(block?.getAttribute('lang')).toBe(locales[locale].lang);
    expect(block?.hasAttribute('hidden')).toBe(locale !== defaultLocale);
    expect(block?.querySelector('form[role="search"]')?.getAttribute('action')).toBe(`/${locale}/search/`);
    const links = [...(block?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    for (const path of ['what-happened', 'verify', 'contact']) expect(links).toContain(`/${locale}/${path}/`);
    expect(block?.querySelectorAll('.urgent li a').length).toBeGreaterThan(0);
    for (const href of links) expect(existsSync(join(distDir, href, 'index.html')), href).toBe(true);
  });

  it('picks the block from the address with an inline script the policy allows', () => {
    const html = readFileSync(join(distDir, '404.html'), 'utf8');
    expect(html).toMatch(/data-locale="' \+ rest\.split\('\/'\)\[0\]/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/);
  });
});
