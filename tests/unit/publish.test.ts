/** The folder to upload: the site under its base path, what hosts read at their root at the root, no server configuration. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostFileNames } from '../../src/lib/host-config.ts';
import { publishDirFor, writePublishFolder } from '../../src/integrations/publish.ts';

/** A small build output with every kind of file the real one has. */
function fakeBuild(): string {
  const out = mkdtempSync(join(tmpdir(), 'signpost-publish-'));
  for (const file of [
    'index.html',
    '404.html',
    'en/index.html',
    '_astro/a.css',
    'robots.txt',
    '.well-known/security.txt',
    ...hostFileNames,
  ]) {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), file);
  }
  return out;
}

/** Every file under `dir`, relative, sorted. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

describe('publishDirFor', () => {
  it('is the sibling of the output directory', () => {
    expect(publishDirFor('/x/dist/')).toBe('/x/dist-publish');
    expect(publishDirFor('/x/.cache/dist-base')).toBe('/x/.cache/dist-base-publish');
  });
});

describe('writePublishFolder', () => {
  it('at the root: the site without server configuration, _headers read by the host', async () => {
    const out = fakeBuild();
    const publish = `${out}-publish`;
    await writePublishFolder(out, publish, '/');
    expect(files(publish)).toEqual(
      [
        '.nojekyll',
        '.well-known/security.txt',
        '404.html',
        '_astro/a.css',
        '_headers',
        'en/index.html',
        'index.html',
        'robots.txt',
      ].sort(),
    );
  });

  it('under a sub-path: the site under it, and what hosts read at their root at the root', async () => {
    const out = fakeBuild();
    const publish = `${out}-publish`;
    mkdirSync(publish);
    writeFileSync(join(publish, 'stale.html'), 'from an earlier build');
    await writePublishFolder(out, publish, '/help/');
    expect(files(publish)).toEqual(
      [
        '.nojekyll',
        '.well-known/security.txt',
        '404.html',
        '_headers',
        'robots.txt',
        'help/.nojekyll',
        'help/404.html',
        'help/_astro/a.css',
        'help/en/index.html',
        'help/index.html',
      ].sort(),
    );
  });
});
