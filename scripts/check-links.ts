/** `npm run test:links`: crawls the built site with linkinator and fails on any broken internal link. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { check, LinkState } from 'linkinator';
import { basePath } from '../src/config/site.ts';
import { serveStatic } from './lib/static-server.ts';

/** Result of a crawl: how many links were checked and which were broken (with the page linking them). */
export interface LinkReport {
  checked: number;
  broken: { url: string; status: number | undefined; parent: string | undefined }[];
}

/** Serves `dir` under `base` and crawls every page from the root; external links are not fetched. */
export async function crawlSite(dir: string, base: string): Promise<LinkReport> {
  const { server, url } = await serveStatic({ root: dir, base });
  try {
    const origin = new URL(url).origin;
    const result = await check({
      path: url,
      recurse: true,
      checkFragments: true,
      // A local server on a busy machine: few requests at a time, and a dropped connection is retried, not reported.
      concurrency: 8,
      timeout: 30_000,
      retryErrors: true,
      retryErrorsCount: 3,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map(({ url: link, status, parent }) => ({ url: link, status, parent }));
    const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED).length;
    return { checked, broken };
  } finally {
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: fileURLToPath(new URL('../dist/', import.meta.url)) } },
  });
  const { checked, broken } = await crawlSite(values.dir, basePath);
  for (const link of broken)
    console.error(`✗ ${link.status ?? 'error'} ${link.url}\n    linked from ${link.parent ?? '?'}`);
  console.log(`linkinator: ${checked} links checked, ${broken.length} broken.`);
  process.exit(broken.length ? 1 : 0);
}
