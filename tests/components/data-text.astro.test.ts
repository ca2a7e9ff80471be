import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DataTextComponent from '../../src/components/channels/DataText.astro';
import { defaultLocale, localeIds, locales } from '../../src/config/locales.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Component = Parameters<AstroContainer['renderToString']>[0];
// Astro components are typed only inside Astro's own checker.
const DataText = DataTextComponent as unknown as Component;
const others = localeIds.filter((id) => id !== defaultLocale);

describe('DataText', () => {
  it.each(others)('shows the %s text as the page’s own', async (locale) => {
    const html = await container.renderToString(DataText, {
      props: { value: { [defaultLocale]: 'Main site', [locale]: 'Translated' }, locale },
    });
    expect(html.trim()).toBe('Translated');
  });

  it.each(others)('falls back to the default language in %s, marked with its lang', async (locale) => {
    const html = await container.renderToString(DataText, {
      props: { value: { [defaultLocale]: 'Main site' }, locale },
    });
    expect(html.trim()).toBe(`<span lang="${locales[defaultLocale].lang}">Main site</span>`);
  });

  it('adds no lang on a page in the default language', async () => {
    const html = await container.renderToString(DataText, {
      props: { value: { [defaultLocale]: 'Main site' }, locale: defaultLocale },
    });
    expect(html.trim()).toBe('Main site');
  });
});
