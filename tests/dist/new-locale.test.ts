/**
 * A locale added by the README's three steps, built: every page exists in it (articles from the
 * English with Starlight's notice, `noindex`, out of the sitemap and named by no hreflang link),
 * right to left, with platform texts in English marked as such; each content source read once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/config/locales.ts';
import { projectRoot } from '../../scripts/lib/project-copy.ts';
import { projectContent } from '../helpers/content.ts';
import { buildNewLocaleSite, newLocale, newLocaleDist, newLocaleProject, newLocaleSteps } from '../helpers/new-locale.ts';
import { readPage, sitemapPaths } from '../helpers/site.ts';

const { docs, platforms } = projectContent();
const originals = docs.filter((article) => article.id && article.locale === defaultLocale);
const page = (path: string) => readPage(path, newLocaleDist);

beforeAll(() => {
  buildNewLocaleSite();
}, 600_000);

describe('adding a locale', () => {
  it('takes the three documented steps and no other change', () => {
    const files = (dir: string) =>
      readdirSync(join(newLocaleProject, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));
    const changed = ['src', 'content/i18n', 'content/search', 'content/platforms'].flatMap(files).filter((file) => {
      try {
        return readFileSync(join(newLocaleProject, file), 'utf8') !== readFileSync(join(projectRoot, file), 'utf8');
      } catch (error) {
        // A folder, or a file only the copy has.
        return (error as NodeJS.ErrnoException).code !== 'EISDIR';
      }
    });
    expect(changed.sort()).toEqual([...newLocaleSteps].sort());
  });

  it('builds reading each content source once', () => {
    const reads = readFileSync(join(newLocaleProject, 'reads.log'), 'utf8').trim().split('\n');
    const counts = new Map<string, number>();
    for (const line of reads) {
      const source = line.split('\t')[0] ?? '';
      counts.set(source, (counts.get(source) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThanOrEqual(5);
    for (const [source, count] of counts) expect(count, source).toBe(1);
  });
});

describe('the new locale', () => {
  it('has its home page right to left in its language', () => {
    const home = page(`/${newLocale}/`);
    expect(home.documentElement.getAttribute('lang')).toBe(newLocale);
    expect(home.documentElement.getAttribute('dir')).toBe('rtl');
    const file = join(newLocaleProject, 'content/i18n', `${newLocale}.json`);
    const translated = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    expect(home.querySelector('h1')?.textContent).toBe(translated['home.title']);
  });

  it('is offered at / with its direction and the browser languages it serves', () => {
    const root = page('/');
    const item = root.querySelector(`li[lang="${newLocale}"]`);
    expect(item?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('main')?.getAttribute('data-locales')).toContain(`"id":"${newLocale}"`);
  });

  it.each(originals.map((article) => article.id ?? ''))(
    'shows %s in the default language with the notice, noindex',
    (id) => {
      const path = `/${newLocale}/${id.slice(id.indexOf('/') + 1)}/`;
      const fallback = page(path);
      expect(fallback.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      // Starlight marks the English content as such inside the right-to-left page.
      const main = fallback.querySelector('main');
      expect(main?.getAttribute('lang')).toBe(defaultLocale);
      expect(main?.getAttribute('dir')).toBe('ltr');
      expect(fallback.querySelector('h1')?.textContent).toBe(page(`/${id}/`).querySelector('h1')?.textContent);
    },
  );

  it('lists its own pages in the sitemap but no fallback, and no page names a fallback as a translation', () => {
    const listed = sitemapPaths(newLocaleDist);
    expect(listed).toContain(`/${newLocale}/`);
    for (const { category, slug } of originals) expect(listed).not.toContain(`/${newLocale}/${category}/${slug}/`);
    const first = originals[0]?.id ?? '';
    const hreflangs = [...page(`/${first}/`).querySelectorAll('link[rel="alternate"][hreflang]')];
    expect(hreflangs.map((link) => link.getAttribute('hreflang'))).not.toContain(newLocale);
  });

  it('shows platform texts it has no line for in English, marked lang="en"', () => {
    const withTexts = platforms.find((platform) => platform.never.length > 0 || platform.notes.length > 0);
    if (!withTexts) throw new Error('no platform has a text to show');
    const contact = page(`/${newLocale}/contact/${withTexts.id}/`);
    expect(contact.documentElement.getAttribute('lang')).toBe(newLocale);
    expect(contact.querySelectorAll(`[lang="${defaultLocale}"]`).length).toBeGreaterThan(0);
  });

  it('has its social image, its synonyms and its own search index, stemmed as its entry says', async () => {
    expect(readdirSync(join(newLocaleDist, 'og'))).toContain(`${newLocale}.png`);
    // Its synonyms, in the shards search fetches them in.
    const shardDir = join(newLocaleDist, newLocale, 'search', 'synonyms');
    const groups = readdirSync(shardDir).flatMap(
      (file) => (JSON.parse(readFileSync(join(shardDir, file), 'utf8')) as { groups: string[][] }).groups,
    );
    expect(groups.length).toBeGreaterThan(0);
    const entry = JSON.parse(readFileSync(join(newLocaleDist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string | null; page_count: number }>;
    };
    // The copy's locale list, with the new entry: Pagefind picked the stemmer it names (or none).
    const list = (await import(join(newLocaleProject, 'src/config/locales.ts'))) as {
      locales: Record<string, { lang: string; stemming: string | null }>;
    };
    const { lang = '', stemming } = list.locales[newLocale] ?? {};
    expect(entry.languages[lang.toLowerCase()]?.page_count).toBeGreaterThan(0);
    expect(entry.languages[lang.toLowerCase()]?.wasm).toBe(stemming);
  });
});
