/** The built offline kit: sw.js within its budget, every kit file built, the home page's line, the offline pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { kitPages, serviceWorkerBudget } from '../../src/lib/offline.ts';
import { distDir, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const source = () => readFileSync(join(distDir, 'sw.js'), 'utf8');
const kits = () => JSON.parse(/const KITS = (\{.*\});/.exec(source())?.[1] ?? '{}') as Record<string, string[]>;

describe('sw.js', () => {
  it(`weighs at most ${serviceWorkerBudget} B gzip and reaches no other origin`, () => {
    const size = gzipSync(source()).length;
    console.log(`sw.js: ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(serviceWorkerBudget);
    expect(source()).not.toMatch(/https?:\/\//);
  });

  it.each(localeIds)('keeps for %s its home, urgent articles, kit pages and checker data, all built', (locale) => {
    const kit = kits()[locale] ?? [];
    for (const page of ['', ...kitPages]) expect(kit).toContain(`/${locale}/${page}`);
    const urgent = [...readPage(`/${locale}/`).querySelectorAll('.urgent-box li a')].map((a) => a.getAttribute('href'));
    expect(urgent.length).toBeGreaterThan(0);
    expect(kit).toEqual(expect.arrayContaining(urgent));
    expect(kit).toContain('/verify-data.json');
    expect(kit.some((file) => /^\/_astro\/verify-engine\.[^/]+\.js$/.test(file.replace('.client', '')))).toBe(true);
    for (const file of kit) {
      const path = file.endsWith('/') ? `${file}index.html` : file;
      expect(existsSync(join(distDir, path)), file).toBe(true);
    }
  });
});

describe.each(localeIds)('/%s/', (locale) => {
  it('says what is available offline and links the offline page, which lists the kit', () => {
    expect(readPage(`/${locale}/`).querySelector(`.offline a[href="/${locale}/offline/"]`)).not.toBeNull();
    const offline = readPage(`/${locale}/offline/`);
    const links = [...offline.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const page of ['', 'contact/', 'verify/', 'report-a-scam/', 'what-happened/']) {
      expect(links).toContain(`/${locale}/${page}`);
    }
    expect(offline.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
