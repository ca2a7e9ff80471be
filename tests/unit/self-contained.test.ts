/**
 * Nothing in the repository reads outside it: a fresh clone with nothing beside it passes
 * `npm test` (`.ci/run` proves it by testing such a clone). Here, every relative path written in
 * the code (imports, `new URL('…', import.meta.url)`, `join(…)` pieces) must stay inside the
 * repository when resolved from its file, and no absolute path of a particular machine is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = ['src', 'scripts', 'tests', '.ci', '.github'];
const code = /\.(?:ts|mts|mjs|js|astro|json|ya?ml|sh)$|^run$/;

/** Every code file of the folders above and of the root, skipping fixtures' content. */
function codeFiles(): string[] {
  const top = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile() && code.test(entry.name) && entry.name !== 'package-lock.json')
    .map((entry) => entry.name);
  const nested = folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((path) => code.test(path.split('/').at(-1) ?? ''))
      .map((path) => join(folder, path)),
  );
  return [...top, ...nested];
}

describe('the repository reads nothing outside itself', () => {
  const files = codeFiles();

  it('finds the code', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('astro.config.mjs');
  });

  it('every relative path stays inside the repository', () => {
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(/(['"`])((?:\.\.\/)+[^'"`\s]*)\1/g)) {
        const target = resolve(dirname(join(root, file)), match[2] ?? '');
        if (relative(root, target).startsWith('..')) outside.push(`${file}: ${match[2] ?? ''}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('no absolute path of a machine is written', () => {
    const absolute = files.filter((file) =>
      /(['"`])\/(?:work|home|Users|root)\/[^'"`]*\1/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(absolute).toEqual([]);
  });
});
