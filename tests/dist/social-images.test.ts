/** Link previews: every page names a 1200×630 PNG that exists, articles their own in their language. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { siteUrl } from '../../src/config/site.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { socialImagePath } from '../../src/lib/paths.ts';
import { distDir, readPage, requireBuild, sourceArticles } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const meta = (doc: Document, property: string) =>
  [...doc.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)].map(
    (tag) => tag.getAttribute('content') ?? '',
  );

/** The file in dist/ that the page's og:image, an absolute URL on the site, points to. */
function imageFile(doc: Document): string {
  const [url = ''] = meta(doc, 'og:image');
  const image = new URL(url);
  expect(image.origin).toBe(new URL(siteUrl).origin);
  return join(distDir, decodeURIComponent(image.pathname));
}

const checked = new Map<string, string>();
/** Checks that the PNG is 1200×630 and returns a hash of its bytes (each file read once). */
async function checkImage(file: string): Promise<string> {
  const known = checked.get(file);
  if (known) return known;
  expect(existsSync(file), `${file} exists`).toBe(true);
  const { format, width, height, size } = await sharp(file).metadata();
  expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
  expect(size ?? readFileSync(file).length).toBeLessThan(80 * 1024);
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  checked.set(file, hash);
  return hash;
}

const articles = sourceArticles();

describe.each(localeIds)('article previews in %s', (locale) => {
  const mine = articles.filter((article) => article.locale === locale);
  it.each(mine.map((article) => [`${article.category}/${article.slug}`, article] as const))(
    '%s has its own image, described in the page language',
    async (_, article) => {
      const doc = readPage(`/${locale}/${article.category}/${article.slug}/`);
      expect(meta(doc, 'og:image')).toHaveLength(1);
      const file = imageFile(doc);
      expect(relative(distDir, file).split(sep).join('/')).toBe(socialImagePath('', locale, article).slice(1));
      await checkImage(file);
      expect(meta(doc, 'og:image:type')).toEqual(['image/png']);
      expect(meta(doc, 'og:image:width')).toEqual(['1200']);
      expect(meta(doc, 'og:image:height')).toEqual(['630']);
      expect(meta(doc, 'og:image:alt')).toEqual(meta(doc, 'og:title'));
      expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
    },
  );
});

describe('images per language', () => {
  it('differ between the English and Chinese versions of each article', async () => {
    const pairs = articles.filter((article) => article.locale === 'en');
    expect(pairs.length).toBeGreaterThan(30);
    for (const article of pairs) {
      const [en, zh] = ['en', 'zh-cn'].map((locale) => readPage(`/${locale}/${article.category}/${article.slug}/`));
      const enFile = imageFile(en as Document);
      const zhFile = imageFile(zh as Document);
      expect(zhFile).toContain(`${sep}og${sep}zh-cn${sep}`);
      expect(await checkImage(zhFile)).not.toBe(await checkImage(enFile));
    }
  });

  it.each(localeIds)('other %s pages share the locale’s default image, described by its tagline', async (locale) => {
    const tagline = loadUiStrings(locale)['site.tagline'];
    for (const page of ['', 'deposits/', 'contact/', 'verify/', 'search/']) {
      const doc = readPage(`/${locale}/${page}`);
      expect(imageFile(doc)).toBe(join(distDir, socialImagePath('/', locale)));
      expect(meta(doc, 'og:image:alt')).toEqual([tagline]);
    }
    await checkImage(join(distDir, socialImagePath('/', locale)));
  });
});

describe('every built page', () => {
  it('names exactly one social image, and it exists', async () => {
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const { document } = parseHTML(readFileSync(join(distDir, page), 'utf8'));
      expect(meta(document, 'og:image'), page).toHaveLength(1);
      await checkImage(imageFile(document));
    }
  });
});
