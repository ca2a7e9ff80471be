import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CheckExample,
  DoThisNow,
  NeverAsks,
  PlatformDomain,
  RedFlags,
  SupportChecklist,
} from '../../src/components/index.ts';
import { localeIds, type Locale } from '../../src/config/locales.ts';
import { loadUiStrings } from '../../src/readers/i18n-fs.ts';
import { checklistItems, neverAsksItems } from '../../src/schemas/ui.ts';
import { translator } from '../helpers/translate.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Component = Parameters<AstroContainer['renderToString']>[0];
/** Renders a component as a Starlight page would, with `Astro.locals.t` for `locale`. */
const render = (component: unknown, locale: Locale, props: Record<string, unknown> = {}, slot?: string) =>
  container.renderToString(component as Component, {
    props,
    // Only `t` is read by these blocks; the rest of Starlight's locals is not needed.
    locals: { t: translator(locale) } as unknown as App.Locals,
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });

const latin = /[A-Za-z]{3,}/;
/** Text content of rendered HTML, without tags and class names. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ');

describe.each(localeIds)('writer blocks in %s', (locale) => {
  const strings = loadUiStrings(locale);

  it('SupportChecklist lists the chosen items, in the standard order, as a real list', async () => {
    const html = await render(SupportChecklist, locale, { items: ['network', 'uid', 'txid'] });
    expect(html).toContain(strings['checklist.title']);
    const items = [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual([
      strings['checklist.item.uid'],
      strings['checklist.item.txid'],
      strings['checklist.item.network'],
    ]);
    if (locale === 'zh-cn') expect(textOf(html).replace(/UID|TxID|App|Memo|Tag/g, '')).not.toMatch(latin);
  });

  it('NeverAsks lists every secret and move', async () => {
    const html = await render(NeverAsks, locale);
    expect(html).toContain(strings['neverAsks.title']);
    expect(html.match(/<li/g)).toHaveLength(neverAsksItems.length);
    expect(html).toContain(strings['neverAsks.footer']);
    if (locale === 'zh-cn') expect(textOf(html).replace(/API|App/g, '')).not.toMatch(latin);
  });

  it('DoThisNow wraps numbered steps under a heading', async () => {
    const html = await render(DoThisNow, locale, {}, '<ol><li>Freeze the account</li></ol>');
    expect(html).toMatch(new RegExp(`<h2[^>]*id="do-this-now"[^>]*>${strings['doNow.title']}</h2>`));
    expect(html).toContain('<ol><li>Freeze the account</li></ol>');
    expect(await render(DoThisNow, locale, { level: 3 }, '<ol><li>x</li></ol>')).toMatch(/<h3[^>]*>/);
  });

  it('RedFlags wraps a list under a heading', async () => {
    const html = await render(RedFlags, locale, {}, '<ul><li>They message you first</li></ul>');
    expect(html).toMatch(new RegExp(`<h2[^>]*>${strings['redFlags.title']}</h2>`));
    expect(html).toContain('<li>They message you first</li>');
  });
});

describe('CheckExample', () => {
  it('CheckExample shows the example as code, linked to the channel checker with it filled in', async () => {
    const html = await render(CheckExample, 'en', { value: '+1 855 555 0100' });
    expect(html).toContain('<code>+1 855 555 0100</code>');
    expect(html).toMatch(/href="\/en\/verify\/\?q=%2B1%20855%20555%200100"/);
  });
});

describe('wrong props fail with the component name', () => {
  it.each([
    [SupportChecklist, {}, undefined, /\[SupportChecklist\] needs `items`: write items=\{\['uid', 'txid'\]\}/],
    [SupportChecklist, { items: [] }, undefined, /\[SupportChecklist\] `items` must be a non-empty list/],
    [
      SupportChecklist,
      { items: ['uid', 'pin'] },
      undefined,
      /\[SupportChecklist\] unknown item\(s\) "pin"; choose from/,
    ],
    [NeverAsks, { items: ['password'] }, undefined, /\[NeverAsks\] takes no props/],
    [DoThisNow, {}, '<ul><li>x</li></ul>', /\[DoThisNow\] write the steps as a numbered list/],
    [DoThisNow, { level: 4 }, '<ol><li>x</li></ol>', /\[DoThisNow\] write `level=\{2\}` or `level=\{3\}`/],
    [RedFlags, {}, '<p>no list</p>', /\[RedFlags\] write a list/],
    // The container has no content collections: PlatformDomain's output is tested on the built site.
    [PlatformDomain, { id: 'krakn' }, undefined, /\[PlatformDomain\] "krakn" is not a platform id/],
    [CheckExample, {}, undefined, /\[CheckExample\] needs `value`/],
  ] as const)('%o', async (component, props, slot, message) => {
    await expect(render(component, 'en', props, slot)).rejects.toThrow(message);
  });

  it('knows every checklist item in every locale', () => {
    for (const locale of localeIds) {
      for (const item of checklistItems) expect(loadUiStrings(locale)[`checklist.item.${item}`]).toBeTruthy();
    }
  });
});
