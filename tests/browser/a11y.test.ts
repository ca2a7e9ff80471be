/** axe-core over every built page (the sitemap's and the not-indexed ones), light and dark theme: zero WCAG 2.2 AA violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { describeBrowser, phone, useBrowserSite } from '../helpers/browser.ts';
import { builtPagePaths, sitemapPaths } from '../helpers/site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describeBrowser('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const site = useBrowserSite();

  it.each(['light', 'dark'] as const)(
    'every page has no violation in the %s theme',
    async (colorScheme) => {
      // A11Y_PATHS=/en/report-a-scam/,/zh-cn/report-a-scam/ checks only those pages (while working on them).
      const only = process.env['A11Y_PATHS']?.split(',').filter(Boolean);
      const paths = only ?? builtPagePaths();
      if (!only) {
        expect(paths).toEqual(expect.arrayContaining(sitemapPaths()));
        expect(paths.length).toBeGreaterThan(40);
      }
      // axe is injected by the test, so the page's own CSP must not block it.
      const context = await site.browser.newContext({ colorScheme, viewport: phone, bypassCSP: true });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const path of paths) {
        await page.goto(new URL(path, site.origin).href, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
          const result = await axe.run({
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes }));
        });
        for (const v of violations as Violation[]) {
          failures.push(
            `${path} [${colorScheme}] ${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        }
      }
      await context.close();
      expect(failures).toEqual([]);
    },
    300_000,
  );
});
