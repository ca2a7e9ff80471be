import { describe, expect, it } from 'vitest';
import { boundedSidebar } from '../../src/lib/sidebar.ts';

type Entry =
  | { type: 'link'; label: string; href: string; isCurrent: boolean; badge: undefined; attrs: object }
  | { type: 'group'; label: string; entries: Entry[]; collapsed: boolean; badge: undefined };

const link = (href: string, isCurrent = false): Entry => ({
  type: 'link',
  label: href,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: Entry[]): Entry => ({
  type: 'group',
  label,
  entries,
  collapsed: false,
  badge: undefined,
});
const articles = (count: number, current = -1) =>
  Array.from({ length: count }, (_, i) => link(`/help/en/deposits/a-${i}/`, i === current));
const options = {
  limit: 3,
  allLink: (label: string, count: number, href: string): Entry => ({
    ...link(href),
    label: `All ${count} in ${label}`,
  }),
};
const hrefs = (entry: Entry | undefined) => (entry?.type === 'group' ? entry.entries.map((e) => e.label) : []);

describe('boundedSidebar', () => {
  it('leaves groups within the limit as they are', () => {
    const sidebar = [group('Deposits', articles(3, 1)), link('/help/en/contact/')];
    expect(boundedSidebar(sidebar, options)).toEqual(sidebar);
  });
  it('keeps the first links of a longer group and adds a link to its folder page', () => {
    const [deposits] = boundedSidebar([group('Deposits', articles(10, 1))], options);
    expect(hrefs(deposits)).toEqual([
      '/help/en/deposits/a-0/',
      '/help/en/deposits/a-1/',
      '/help/en/deposits/a-2/',
      'All 10 in Deposits',
    ]);
    const all = deposits?.type === 'group' ? deposits.entries.at(-1) : undefined;
    expect(all).toMatchObject({ type: 'link', href: '/help/en/deposits/', isCurrent: false });
  });
  it('always shows the current page, in place of the last kept one', () => {
    const [deposits] = boundedSidebar([group('Deposits', articles(10, 7))], options);
    expect(hrefs(deposits)).toEqual([
      '/help/en/deposits/a-0/',
      '/help/en/deposits/a-1/',
      '/help/en/deposits/a-7/',
      'All 10 in Deposits',
    ]);
  });
  it('bounds groups inside groups, and does not change its input', () => {
    const input = [group('Help', [group('Deposits', articles(5))])];
    const copy = structuredClone(input);
    const [help] = boundedSidebar(input, options);
    expect(help?.type === 'group' ? hrefs(help.entries[0]) : []).toHaveLength(4);
    expect(input).toEqual(copy);
  });
});
