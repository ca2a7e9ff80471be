/** The README's table of environment variables names every variable the site's settings read, and no other. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('environment variables', () => {
  it('are all in the README table, which lists nothing else', () => {
    const used = [...read('src/config/site.ts').matchAll(/process\.env\['([A-Z_]+)'\]/g)].map((match) => match[1]);
    const section = read('README.md').split('### Environment variables')[1]?.split('\n\n')[1] ?? '';
    const listed = [...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...new Set(used)].sort());
    expect(listed).toEqual(
      expect.arrayContaining(['SITE_URL', 'BASE_PATH', 'SECURITY_CONTACT', 'HSTS_PRELOAD', 'PORT']),
    );
  });
});
