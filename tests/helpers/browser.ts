/** Browser test setup: the system Chromium (scripts/lib/chromium.ts), skipped loudly without it, and the served `dist/`. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { distDir, requireBuild } from './site.ts';

export { chromiumPath, launchChromium };

if (!chromiumPath) {
  const message = 'No Chromium found (set CHROME_PATH or `apt-get install chromium`): the browser tests cannot run.';
  if (process.env['CI'] === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(100)}\n`);
}

/** `describe` when Chromium exists, `describe.skip` otherwise (outside CI). */
export const describeBrowser = chromiumPath ? describe : describe.skip;

/** A phone-sized viewport (iPhone 12–15 class). */
export const phone = { width: 390, height: 844 };

/** A laptop-sized viewport, where Starlight shows the sidebar and the search field. */
export const desktop = { width: 1280, height: 800 };

/** The built site served locally and a browser to visit it, for one `describe` block. */
export interface BrowserSite {
  browser: Browser;
  /** Address of the site's root, ending in `/`. */
  origin: string;
}

/**
 * Serves `dist/` (or another built site, made by `prepare` first) and starts Chromium before the
 * file's (or block's) tests, and stops both after them.
 */
export function useBrowserSite({ root = distDir, prepare }: { root?: string; prepare?: () => void } = {}): BrowserSite {
  const site: Partial<BrowserSite> = {};
  let server: Server | undefined;
  beforeAll(
    async () => {
      if (!chromiumPath) return; // the tests are skipped, loudly (see above)
      prepare?.();
      requireBuild(root);
      const served = await serveStatic({ root });
      server = served.server;
      site.origin = served.url;
      site.browser = await launchChromium();
      // Building a site takes minutes on a busy machine.
    },
    prepare ? 900_000 : undefined,
  );
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site as BrowserSite;
}
