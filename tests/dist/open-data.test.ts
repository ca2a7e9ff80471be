/**
 * The built open data: `/data/channels.v1.json` valid against the schema built beside it, every
 * platform of content/platforms/ in it and on the contact page, the Atom feed of changes, and the
 * Open data page of every locale.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeIds } from '../../src/config/locales.ts';
import { siteUrl } from '../../src/config/site.ts';
import { platformFacts } from '../../src/lib/facts.ts';
import { dataLicense, openDataFiles, type OpenData } from '../../src/lib/open-data.ts';
import { loadChanges } from '../../src/readers/changes-fs.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { childrenNamed, closedSchema, parseXml, schemaErrors } from '../helpers/open-data.ts';
import { distDir, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const platforms = loadPlatforms();

describe('/data/channels.v1.json', () => {
  const data = () => JSON.parse(read(openDataFiles.data)) as OpenData;
  const schema = () => JSON.parse(read(openDataFiles.schema)) as { $id: string; $schema: string };

  it('validates against the schema built beside it, every object closed', () => {
    expect(schema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema().$id).toBe(new URL(openDataFiles.schema, siteUrl).href);
    expect(data().$schema).toBe(schema().$id);
    expect(schemaErrors(closedSchema(schema()), data())).toEqual([]);
  });

  it('holds every platform of content/platforms/ with all its facts', () => {
    const built = data().platforms;
    expect(built.map((platform) => platform.id)).toEqual(platforms.map((platform) => platform.id).sort());
    for (const platform of platforms) {
      const facts = built.find((entry) => entry.id === platform.id)?.facts ?? [];
      expect(facts, platform.id).toHaveLength(platformFacts(platform).length);
    }
  });

  it('says when it was built, its license and where its documentation and feed are', () => {
    const { generated, license, documentation, changes } = data();
    expect(Date.now() - Date.parse(generated)).toBeLessThan(7 * 86_400_000);
    expect(license).toMatchObject({ id: dataLicense.id, url: dataLicense.url });
    expect(new URL(documentation).pathname).toBe(`/${defaultLocale}/open-data/`);
    expect(new URL(changes).pathname).toBe(`/${openDataFiles.changes}`);
  });
});

describe('every platform on the contact page', () => {
  it.each(localeIds)('/%s/contact/ has a section for each platform of the data', (locale) => {
    const doc = readPage(`/${locale}/contact/`);
    for (const platform of platforms) {
      expect(doc.getElementById(platform.id)?.textContent, platform.id).toContain(platform.name);
    }
  });
});

describe('/data/changes.xml', () => {
  it('is a well-formed Atom feed with an entry per change-log entry', () => {
    const feed = parseXml(read(openDataFiles.changes));
    expect(feed).toMatchObject({ name: 'feed', uri: 'http://www.w3.org/2005/Atom' });
    const entries = childrenNamed(feed, 'entry');
    expect(entries.length).toBe(loadChanges().length);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(childrenNamed(entry, 'updated')[0]?.text).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(childrenNamed(entry, 'title')[0]?.text).toMatch(/: \d+ (added|changed|removed)/);
    }
  });
});

describe.each(localeIds)('/%s/open-data/', (locale) => {
  it('links the three files, which exist, and the license', () => {
    const doc = readPage(`/${locale}/open-data/`);
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? '');
    for (const file of Object.values(openDataFiles)) {
      expect(hrefs).toContain(`/${file}`);
      expect(existsSync(join(distDir, file)), file).toBe(true);
    }
    expect(doc.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(dataLicense.url);
    expect(doc.querySelector('main')?.textContent).toContain('CC-BY-4.0');
  });

  it('is linked from the contact page', () => {
    const hrefs = [...readPage(`/${locale}/contact/`).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/${locale}/open-data/`);
  });
});
