/**
 * The contact page lists every platform of the data and every official channel, each with its
 * source quote, in every language; each platform's own page lists every fact, unclear ones as
 * unclear and fakes defanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { channelText, defang } from '../../src/lib/channels.ts';
import { staleAfterDays } from '../../src/lib/fact-age.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { distDir, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const platforms = loadPlatforms();
/** The day of this build, as the open data records it. */
const builtDay = () => (JSON.parse(readFileSync(join(distDir, 'data/channels.v1.json'), 'utf8')) as { generated: string }).generated.slice(0, 10);

/** The quotes shown under "Source" in a part of a page. */
const quotes = (root: ParentNode | null | undefined) =>
  [...(root?.querySelectorAll('details.source blockquote') ?? [])].map((quote) =>
    quote.textContent.trim().replace(/^“|”$/g, ''),
  );

describe.each(localeIds)('/%s/contact/', (locale) => {
  it('opens with an index of every platform, each linking to its section', () => {
    const doc = readPage(`/${locale}/contact/`);
    const index = [...doc.querySelectorAll('.platform-index a')].map((a) => a.getAttribute('href'));
    expect(index.toSorted()).toEqual(platforms.map((platform) => `#${platform.id}`).toSorted());
    const html = doc.querySelector('main')?.innerHTML ?? '';
    expect(html.indexOf('platform-index')).toBeLessThan(html.indexOf('class="platform-section"'));
  });

  it('has a section per platform listing every official channel with its quote, source and date', () => {
    const doc = readPage(`/${locale}/contact/`);
    for (const platform of platforms) {
      const section = doc.querySelector(`section[aria-labelledby="${platform.id}"]`);
      expect(section, platform.id).not.toBeNull();
      const values = [...(section?.querySelectorAll('a.value') ?? [])].map((a) => a.textContent.trim());
      for (const channel of platform.channels) {
        expect(values, `${platform.id} ${channel.kind}`).toContain(channelText(channel));
      }
      const sources = [...(section?.querySelectorAll('details.source a') ?? [])].map((a) => a.getAttribute('href'));
      for (const channel of platform.channels) expect(sources).toContain(channel.source);
      const dates = [...(section?.querySelectorAll('details.source time[datetime]') ?? [])].map((time) =>
        time.getAttribute('datetime'),
      );
      for (const channel of platform.channels) expect(dates).toContain(channel.checked);
      expect(quotes(section).toSorted()).toEqual(platform.channels.map((channel) => channel.evidence).toSorted());
      const label = platform.channels.find((channel) => channel.label?.[locale])?.label?.[locale];
      if (label) expect(section?.textContent).toContain(label);
      const more = section?.querySelector(`a[href$="/${locale}/contact/${platform.id}/"]`);
      expect(more, `${platform.id} links its own page`).not.toBeNull();
    }
  });

  it('says what each phone line is for and which country it serves', () => {
    const doc = readPage(`/${locale}/contact/`);
    const regions = new Intl.DisplayNames([doc.documentElement.getAttribute('lang') ?? locale], { type: 'region' });
    for (const platform of platforms) {
      const section = doc.querySelector(`section[aria-labelledby="${platform.id}"]`);
      for (const channel of platform.channels) {
        if (channel.kind !== 'phone') continue;
        const item = [...(section?.querySelectorAll('li') ?? [])].find(
          (li) => li.querySelector('a.value')?.textContent.trim() === channel.value,
        );
        if (channel.country) expect(item?.textContent, channel.value).toContain(regions.of(channel.country));
        if (channel.purpose) expect(item?.querySelector('.meta strong')?.textContent.trim()).toBeTruthy();
      }
    }
  });

  it('works without JavaScript: no copy button in the HTML, the script makes them from the block texts', () => {
    const doc = readPage(`/${locale}/contact/`);
    expect(doc.querySelectorAll('button[data-copy], button.copy')).toHaveLength(0);
    const strings = loadUiStrings(locale);
    for (const block of doc.querySelectorAll('.channels')) {
      expect(block.getAttribute('data-copy-label')).toBe(strings['contact.copy']);
      expect(block.getAttribute('data-copied')).toBe(strings['contact.copied']);
    }
  });

  it('says when this copy was built, with the warning the browser shows once that is over 180 days ago', () => {
    const doc = readPage(`/${locale}/contact/`);
    const age = doc.querySelector('main .data-age[data-built]');
    expect(age?.getAttribute('data-built')).toBe(builtDay());
    const warning = age?.querySelector('[data-old]');
    expect(warning?.hasAttribute('hidden')).toBe(true);
    expect(warning?.getAttribute('data-old')).toContain('{{days}}');
    const flag = loadUiStrings(locale)['contact.stale'].replace('{{days}}', String(staleAfterDays));
    for (const block of doc.querySelectorAll('.channels')) expect(block.getAttribute('data-stale')).toBe(flag);
    // The flags are computed in the browser by a script of the site's own (the CSP allows no other).
    expect(doc.querySelectorAll('script[type="module"][src^="/"]').length).toBeGreaterThan(0);
  });

  it('puts the safety rules before the first platform', () => {
    const html = readPage(`/${locale}/contact/`).querySelector('.sl-markdown-content, main')?.innerHTML ?? '';
    expect(html.indexOf('sp-warning')).toBeGreaterThan(-1);
    expect(html.indexOf('sp-warning')).toBeLessThan(html.indexOf('class="platform-section"'));
  });
});

describe.each(localeIds.flatMap((locale) => platforms.map((platform) => [locale, platform.id, platform] as const)))(
  '/%s/contact/%s/',
  (locale, id, platform) => {
    const doc = () => readPage(`/${locale}/contact/${id}/`);

    it('shows every official fact (channel, never, note) with its quote', () => {
      const main = doc().querySelector('main');
      const facts = [...platform.channels, ...platform.never, ...platform.notes];
      expect(quotes(main)).toEqual(expect.arrayContaining(facts.map((fact) => fact.evidence)));
      for (const fact of [...platform.never, ...platform.notes]) {
        expect(main?.textContent).toContain(fact.text[locale] ?? fact.text.en);
      }
    });

    it('shows unclear facts as unclear and known fakes defanged, never as links', () => {
      const main = doc().querySelector('main');
      const links = [...(main?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
      for (const fake of platform['known-fakes']) {
        const value = fake.kind === 'handle' ? fake.handle : fake.value;
        expect(links.some((href) => href.includes(value)), `${id} fake ${value} is linked`).toBe(false);
        if (fake.kind === 'domain' || fake.kind === 'email') {
          expect(main?.querySelector('.fakes')?.textContent).toContain(defang(fake.value));
        }
      }
      for (const fact of platform.unclear) expect(main?.textContent).toContain(fact.text[locale] ?? fact.text.en);
    });
  },
);
