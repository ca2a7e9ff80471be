/** The writers' guide (content/README.md) lists every component with its props, and every frontmatter field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writerComponents } from '../../src/components/props.ts';
import { asideTypes } from '../../src/lib/check/mdx.ts';
import { articleFieldNames } from '../../src/schemas/article.ts';

const guide = readFileSync(new URL('../../content/README.md', import.meta.url), 'utf8');
const section = (heading: string) => guide.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';

describe("the writers' guide", () => {
  it.each(Object.entries(writerComponents))('lists <%s> and each of its props', (name, spec) => {
    const row = section('Components')
      .split('\n')
      .find((line) => line.startsWith(`| \`<${name}`));
    expect(row, `a row for <${name}> in the Components table`).toBeDefined();
    for (const prop of Object.keys(spec.props)) expect(row).toContain(`\`${prop}`);
    if (Object.keys(spec.props).length === 0) expect(row).toContain('none');
  });

  it('lists every frontmatter field', () => {
    for (const field of articleFieldNames)
      expect(section('Frontmatter')).toMatch(new RegExp(`^\\| \`${field}[\`.]`, 'm'));
  });

  it("names Starlight's asides", () => {
    for (const aside of asideTypes) expect(section('Components')).toContain(`:::${aside}`);
  });
});
