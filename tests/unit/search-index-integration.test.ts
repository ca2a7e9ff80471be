import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/integrations/search-index.ts';
import { sendPage } from '../../src/lib/search/page-sink.ts';

const temp = mkdtempSync(join(tmpdir(), 'signpost-index-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body>` +
  `<main data-pagefind-body><h1>${title}</h1><p>How to find a ${title.toLowerCase()} on the blockchain.</p></main></body></html>`;

/** Runs the integration's hooks over a fake build of `pages` (path → HTML), handing over those in `rendered`. */
async function build(name: string, pages: Record<string, string>, rendered: Record<string, string>) {
  const out = join(temp, name);
  const messages: string[] = [];
  const logger = { info: (message: string) => messages.push(message) } as unknown as AstroIntegrationLogger;
  const hooks = searchIndex({ search: new Map(), platforms: [] }).hooks as Required<AstroIntegration['hooks']>;
  const call = (hook: keyof typeof hooks, options: object) =>
    (hooks[hook] as (options: object) => Promise<void> | void)(options);
  await call('astro:config:done', { config: { base: '/help/' } });
  await call('astro:build:start', {});
  for (const [pathname, html] of Object.entries(rendered)) sendPage(pathname, new TextEncoder().encode(html));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  await call('astro:build:done', { dir: pathToFileURL(`${out}/`), logger });
  return { out, messages };
}

describe('the search-index integration', () => {
  it('indexes pages handed over as they render and reads back the ones that were not', async () => {
    const { out, messages } = await build(
      'mixed',
      { 'en/a/index.html': page('Transaction hash'), 'en/b/index.html': page('Deposit address') },
      { '/help/en/a/': page('Transaction hash') },
    );
    expect(messages.join('\n')).toContain('Search index: 2 pages (1 as they rendered, 1 read back)');
    expect(readdirSync(join(out, 'pagefind'))).toContain('pagefind-entry.json');
  }, 60_000);
  it('stops the build when a page was handed over under a file the build did not write', async () => {
    await expect(
      build('stray', { 'en/a/index.html': page('Fees') }, { '/help/en/elsewhere/': page('Fees') }),
    ).rejects.toThrow(/rendered pages were taken for files the build did not write: en\/elsewhere\/index\.html/);
  }, 60_000);
});
