/** Right-to-left is data, not a project: the site's own CSS sets sides by their logical names only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(css|astro)$/.test(file));

/** The CSS of a file: the whole of a `.css`, the `<style>` blocks of an `.astro`. */
function css(file: string): string {
  const text = readFileSync(join(src, file), 'utf8');
  if (file.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, block]) => block).join('\n');
}

/** Declarations that name a physical side, or align and float to one. */
const physical =
  /(?:^|[\s;{])((?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right|top|bottom)[\w-]*|left|right|top|bottom)\s*:|(?:text-align|float|clear)\s*:\s*(?:left|right)/gm;
/** Four-value margins and paddings, whose second and fourth values are the right and left sides. */
const fourValues = /(?:^|[\s;{])(margin|padding)\s*:\s*([^;{}]+?)\s*;/gm;

describe('custom CSS', () => {
  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s uses logical sides only (inline/block start and end)', (file) => {
    const text = css(file);
    expect([...text.matchAll(physical)].map(([match]) => match.trim())).toEqual([]);
    const uneven = [...text.matchAll(fourValues)].filter(([, , values = '']) => {
      const parts = values.split(/\s+/);
      return parts.length === 4 && parts[1] !== parts[3];
    });
    expect(uneven.map(([match]) => match.trim())).toEqual([]);
  });
});
