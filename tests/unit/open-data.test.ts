/** The open data: the JSON built from platform files, its JSON Schema and its promise, and the Atom feed of changes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesFeed } from '../../src/lib/changes-feed.ts';
import { buildOpenData, type OpenData } from '../../src/lib/open-data.ts';
import { parseChanges } from '../../src/readers/changes.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { channelsV1Schema } from '../../src/schemas/channels-v1.ts';
import { projectRoot } from '../../scripts/lib/project-copy.ts';
import { childrenNamed, closedSchema, parseXml, schemaErrors } from '../helpers/open-data.ts';

const platforms = loadPlatforms(join(projectRoot, 'tests/fixtures/platforms/valid'));
const siteBase = 'https://signpost.example.org/help/';
const data = buildOpenData(platforms, { siteBase, generated: new Date('2026-12-06T10:00:00Z') });
const schema = channelsV1Schema(`${siteBase}data/channels.v1.schema.json`);
const acme = data.platforms.find((platform) => platform.id === 'acme');

describe('buildOpenData', () => {
  it('describes the file: version, dates, license, where the schema, the page and the feed are', () => {
    expect(data).toMatchObject({
      $schema: 'https://signpost.example.org/help/data/channels.v1.schema.json',
      version: 1,
      generated: '2026-12-06T10:00:00.000Z',
      lastChecked: '2026-11-01',
      license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      documentation: 'https://signpost.example.org/help/en/open-data/',
      changes: 'https://signpost.example.org/help/data/changes.xml',
    });
    expect(data.platforms.map((platform) => platform.id)).toEqual(['acme', 'beta']);
  });

  it('lists every fact of a platform with its status, kind, value, source, date and evidence', () => {
    expect(acme).toMatchObject({
      name: 'Acme Exchange',
      aliases: ['Acme', 'ACX', '艾克米'],
      domains: ['acme-exchange.example', 'acme.test'],
      page: 'https://signpost.example.org/help/en/contact/#acme',
      userContent: [{ paths: ['/forum/', '/*/forum/'], checked: '2026-11-01' }],
    });
    const facts = acme?.facts ?? [];
    expect(facts.map((fact) => `${fact.status} ${fact.kind}`)).toEqual([
      'official website',
      'official help-center',
      'official email',
      'official phone',
      'official social',
      'official app',
      'official never',
      'official note',
      'unclear phone',
      'known-fake domain',
      'known-fake phone',
      'known-fake email',
      'known-fake handle',
    ]);
    expect(facts[3]).toEqual({
      status: 'official',
      kind: 'phone',
      value: '+12025550100',
      purpose: 'lock',
      country: 'US',
      automated: true,
      hours: 'Monday to Friday, 9:00–17:00 UTC',
      source: 'https://help.acme-exchange.example/articles/2',
      checked: '2026-11-01',
      evidence: 'To lock your account, call our automated line, 1 (202) 555-0100, Monday to Friday.',
    });
    expect(facts[4]).toMatchObject({ kind: 'social', value: 'AcmeSupport', network: 'telegram' });
    expect(facts[8]).toMatchObject({
      status: 'unclear',
      values: ['+12025550199'],
      sources: expect.any(Array) as unknown,
    });
    expect(facts[12]).toMatchObject({ status: 'known-fake', kind: 'handle', value: 'acme_support_desk', network: 'x' });
    // Optional fields are absent, never null.
    expect(JSON.stringify(data)).not.toContain('null');
  });
});

describe('the JSON Schema (draft 2020-12)', () => {
  it('accepts the built data with every object closed, so every field is described', () => {
    expect(schemaErrors(closedSchema(schema), data)).toEqual([]);
  });

  it('accepts the data of content/platforms/', () => {
    const real = buildOpenData(loadPlatforms(), { siteBase, generated: new Date() });
    expect(schemaErrors(closedSchema(schema), real)).toEqual([]);
  });

  it('refuses what breaks the format: an unknown status, a phone not in E.164, a fact without a source', () => {
    const broken = (change: (copy: OpenData) => void, against: object = schema) => {
      const copy = structuredClone<OpenData>(data);
      change(copy);
      return schemaErrors(against, copy);
    };
    expect(broken((copy) => Object.assign(copy.platforms[0]?.facts[0] ?? {}, { status: 'verified' }))).not.toEqual([]);
    expect(broken((copy) => Object.assign(copy.platforms[0]?.facts[3] ?? {}, { value: '202-555-0100' }))).not.toEqual(
      [],
    );
    expect(
      broken((copy) => {
        delete (copy.platforms[0]?.facts[0] as { source?: string }).source;
      }),
    ).not.toEqual([]);
    // The published schema lets a file gain a field within v1; the closed one of the tests does not.
    const logo = (copy: OpenData) => Object.assign(copy.platforms[0] ?? {}, { logo: 'https://example.org/logo.svg' });
    expect(broken(logo, closedSchema(schema))).toEqual(['/platforms/0: must NOT have additional properties']);
    expect(broken((copy) => Object.assign(copy.platforms[0] ?? {}, { logo: 'https://example.org/logo.svg' }))).toEqual(
      [],
    );
  });

  it('keeps every field, required field and allowed value of version 1 as first published', () => {
    const baseline = JSON.parse(
      readFileSync(join(projectRoot, 'tests/fixtures/open-data/channels.v1.baseline.json'), 'utf8'),
    ) as unknown;
    const lost: string[] = [];
    const compare = (before: unknown, now: unknown, path: string) => {
      if (!before || typeof before !== 'object') return;
      if (Array.isArray(before)) {
        before.forEach((item, index) => {
          compare(item, (now as unknown[] | undefined)?.[index], `${path}/${index}`);
        });
        return;
      }
      const current = (now ?? {}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(before)) {
        if (key === 'description' || key === '$id') continue;
        if (!(key in current)) lost.push(`${path}/${key}`);
        else if ((key === 'enum' || key === 'required') && Array.isArray(value)) {
          for (const item of value as unknown[]) {
            if (!(current[key] as unknown[]).includes(item)) lost.push(`${path}/${key} ${String(item)}`);
          }
        } else compare(value, current[key], `${path}/${key}`);
      }
    };
    compare(baseline, schema, '');
    expect(lost).toEqual([]);
  });
});

describe('the Atom feed of changes', () => {
  const log = parseChanges(
    `- date: 2026-11-01
  platform: acme
  summary: First published <with> "quotes" & an ampersand.
  added: [unclear phone +12025550100, official website https://www.acme-exchange.example/]
- date: 2026-11-02
  platform: acme
  summary: The lock line is confirmed.
  removed: [unclear phone +12025550100]
  added: [official phone +12025550100]
- date: 2026-11-02
  platform: acme
  summary: A second change the same day.
  removed: [official website https://www.acme-exchange.example/]
- date: 2026-11-03
  platform: gone
  summary: A platform no longer in the data.
  changed: [official email help@gone.example]
`,
    'CHANGES.yaml',
  );
  const feed = changesFeed(log, {
    self: 'https://signpost.example.org/data/changes.xml',
    page: 'https://signpost.example.org/en/open-data/',
    platformPage: (id) => `https://signpost.example.org/en/contact/#${id}`,
    names: new Map([['acme', 'Acme Exchange']]),
    host: 'signpost.example.org',
  });
  const root = parseXml(feed);
  const entries = childrenNamed(root, 'entry');
  const text = (entry: (typeof entries)[number] | undefined, name: string) =>
    entry ? childrenNamed(entry, name)[0]?.text : undefined;

  it('is well-formed Atom with the newest entry first and the date of the last change', () => {
    expect(root).toMatchObject({ name: 'feed', uri: 'http://www.w3.org/2005/Atom' });
    expect(childrenNamed(root, 'updated')[0]?.text).toBe('2026-11-03T00:00:00Z');
    expect(entries.map((entry) => text(entry, 'updated'))).toEqual([
      '2026-11-03T00:00:00Z',
      '2026-11-02T00:00:00Z',
      '2026-11-02T00:00:00Z',
      '2026-11-01T00:00:00Z',
    ]);
    expect(childrenNamed(root, 'link').map((link) => link.attributes['rel'])).toEqual(['self', 'alternate']);
  });

  it('gives each entry a stable id, a title with its counts, and its changes in words', () => {
    expect(entries.map((entry) => text(entry, 'id'))).toEqual([
      'tag:signpost.example.org,2026-11-03:channels/gone/1',
      'tag:signpost.example.org,2026-11-02:channels/acme/2',
      'tag:signpost.example.org,2026-11-02:channels/acme/1',
      'tag:signpost.example.org,2026-11-01:channels/acme/1',
    ]);
    expect(entries.map((entry) => text(entry, 'title'))).toEqual([
      'gone: 1 changed',
      'Acme Exchange: 1 removed',
      'Acme Exchange: 1 changed',
      'Acme Exchange: 2 added',
    ]);
    const items = (entry: (typeof entries)[number] | undefined) => {
      const div = childrenNamed(entry ?? root, 'content')[0]?.children[0];
      return childrenNamed(div ?? root, 'ul')[0]?.children.map((item) => item.text) ?? [];
    };
    expect(items(entries[2])).toEqual(['Changed from unclear: official phone +12025550100']);
    expect(items(entries[3])).toEqual([
      'Added: unclear phone +12025550100',
      'Added: official website https://www.acme-exchange.example/',
    ]);
    expect(text(entries[3], 'summary')).toBe('First published <with> "quotes" & an ampersand.');
    expect(childrenNamed(entries[3] ?? root, 'link')[0]?.attributes['href']).toBe(
      'https://signpost.example.org/en/contact/#acme',
    );
  });

  it('is a feed without entries for an empty log', () => {
    const empty = parseXml(
      changesFeed([], {
        ...{ self: 'https://x.example/c.xml', page: 'https://x.example/' },
        platformPage: () => 'https://x.example/',
        names: new Map(),
        host: 'x.example',
      }),
    );
    expect(childrenNamed(empty, 'entry')).toEqual([]);
  });
});
