/** The configuration blocks of docs/deploy.md, so the tests run the recipes exactly as operators read them. */
import { readFileSync } from 'node:fs';

const guide = new URL('../../docs/deploy.md', import.meta.url);

/** The fenced block that follows `<!-- test: name -->` in docs/deploy.md, without its fences and indentation. */
export function recipe(name: string): string {
  const text = readFileSync(guide, 'utf8');
  const marker = text.indexOf(`<!-- test: ${name} -->`);
  if (marker < 0) throw new Error(`docs/deploy.md has no block marked <!-- test: ${name} -->`);
  const fence = /^([ \t]*)```[a-z]*\n([\s\S]*?)^\1```$/m.exec(text.slice(marker));
  if (!fence) throw new Error(`docs/deploy.md: no fenced block after <!-- test: ${name} -->`);
  const indent = fence[1] ?? '';
  return (fence[2] ?? '')
    .split('\n')
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}
