/** The contact page lists every channel of the data, in both languages, with its source and check date. */
import { beforeAll, describe, expect, it } from 'vitest';
import { localeIds } from '../../src/config/locales.ts';
import { channelText, defang } from '../../src/lib/channels.ts';
import { loadPlatforms } from '../../src/readers/platforms-fs.ts';
import { readPage, requireBuild } from '../helpers/site.ts';

beforeAll(() => {
  requireBuild();
});

const platforms = loadPlatforms();

describe.each(localeIds)('/%s/contact/', (locale) => {
  it('has a section per platform listing every official channel with its source and date', () => {
    const doc = readPage(`/${locale}/contact/`);
    expect(platforms.length).toBe(6);
    for (const platform of platforms) {
      const section = doc.querySelector(`section[aria-labelledby="${platform.id}"]`);
      expect(section, platform.id).not.toBeNull();
      const values = [...(section?.querySelectorAll('a.value') ?? [])].map((a) => a.textContent.trim());
      for (const channel of platform.channels) {
        expect(values, `${platform.id} ${channel.kind}`).toContain(channelText(channel));
      }
      const sources = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
      for (const channel of platform.channels) expect(sources).toContain(channel.source);
      const dates = [...(section?.querySelectorAll('time[datetime]') ?? [])].map((time) => time.getAttribute('datetime'));
      for (const channel of platform.channels) expect(dates).toContain(channel.checked);
      const label = platform.channels.find((channel) => channel.label)?.label;
      if (label) expect(section?.textContent).toContain(label[locale]);
    }
  });

  it('shows unclear facts as unclear and known fakes defanged, never as links', () => {
    const doc = readPage(`/${locale}/contact/`);
    for (const platform of platforms) {
      const section = doc.querySelector(`section[aria-labelledby="${platform.id}"]`);
      const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
      for (const fake of platform['known-fakes']) {
        const value = fake.kind === 'handle' ? fake.handle : fake.value;
        expect(links.some((href) => href.includes(value)), `${platform.id} fake ${value} is linked`).toBe(false);
        if (fake.kind === 'domain' || fake.kind === 'email') {
          expect(section?.querySelector('.fakes')?.textContent).toContain(defang(fake.value));
        }
      }
      for (const fact of platform.unclear) expect(section?.textContent).toContain(fact.text[locale]);
    }
  });

  it('works without JavaScript: copy buttons stay hidden until their script shows them', () => {
    const doc = readPage(`/${locale}/contact/`);
    const buttons = [...doc.querySelectorAll('button[data-copy]')];
    expect(buttons.length).toBeGreaterThan(20);
    for (const button of buttons) expect(button.hasAttribute('hidden')).toBe(true);
  });

  it('puts the safety rules before the first platform', () => {
    const html = readPage(`/${locale}/contact/`).querySelector('.sl-markdown-content, main')?.innerHTML ?? '';
    expect(html.indexOf('sp-warning')).toBeGreaterThan(-1);
    expect(html.indexOf('sp-warning')).toBeLessThan(html.indexOf('aria-labelledby="'));
  });
});
