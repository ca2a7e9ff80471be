/**
 * `npm run channels:recheck`: fetches the source page of every fact in content/platforms/ and says,
 * per fact, whether the page still answers, whether its evidence quote and its value are still on
 * it. Writes `.cache/recheck/report.json` and `report.md`, prints what needs attention, and exits 1
 * when a fact's evidence has gone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteUrl } from '../src/config/site.ts';
import { loadPlatforms, platformLocator, platformsDir } from '../src/readers/platforms-fs.ts';
import type { FetchOptions } from './lib/recheck/fetch-page.ts';
import { exitStatus, recheck } from './lib/recheck/recheck.ts';
import { renderMarkdown, renderText } from './lib/recheck/report.ts';

/** The User-Agent of every request: the project, what the requests are for, and where to read about it. */
export const recheckUserAgent = `SignpostRecheck/1.0 (+${siteUrl}; re-reads the pages that state the support channels Signpost lists)`;

const usage = `Usage: npm run channels:recheck -- [options]

Fetches the source page of every fact in content/platforms/ (channels, never, notes, known fakes
with an https:// source, and the https:// sources of unclear facts) and reports per fact: does the
page answer (status, address after redirects), is the evidence quote still on it, is the value.
Writes <out>/report.json and <out>/report.md; prints the facts that need attention.
Exits 1 when a fact's evidence has gone (page 404/410, quote or value no longer on it), 2 on a usage error.

Options:
  --platforms <dir>    platform files to read (default content/platforms/)
  --only <ids>         only these platforms, comma-separated (e.g. kraken,coinbase)
  --out <dir>          where to write the report (default .cache/recheck/)
  --timeout <ms>       per request, body included (default 20000)
  --max-bytes <n>      bytes read per page at most (default 5000000)
  --retries <n>        retries after a network error or timeout, not after an HTTP status (default 2)
  --retry-delay <ms>   pause before the first retry, doubled each time (default 2000)
  --concurrency <n>    hosts fetched at once; one request at a time per host (default 4)
  --host-delay <ms>    pause between two requests to one host (default 1000)
  --map <from=to>      fetch addresses starting with <from> from <to> instead (a mirror or a test
                       server); repeatable; the report keeps the original addresses
  --strict             also exit 1 when a fact could not be verified (timeout, 403, not HTML…)
  -h, --help           this text`;

/** A whole number option, or a usage error naming it. */
function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) usageError(`--${name} must be a whole number, not "${value}"`);
  return number;
}

function usageError(message: string): never {
  console.error(`✗ ${message}\n\n${usage}`);
  process.exit(2);
}

/** `--map from=to` pairs as a rewrite and its inverse. */
function mappings(pairs: readonly string[]): Pick<FetchOptions, 'rewrite' | 'unrewrite'> {
  const maps = pairs.map((pair) => {
    const [from = '', to = ''] = pair.split(/=(.*)/s);
    if (!URL.canParse(from) || !URL.canParse(to)) usageError(`--map takes <from>=<to>, two addresses, not "${pair}"`);
    return { from, to };
  });
  const swap = (url: string, a: 'from' | 'to', b: 'from' | 'to') => {
    const map = maps.find((entry) => url.startsWith(entry[a]));
    return map ? map[b] + url.slice(map[a].length) : url;
  };
  return { rewrite: (url) => swap(url, 'from', 'to'), unrewrite: (url) => swap(url, 'to', 'from') };
}

const { values } = parseArgs({
  options: {
    platforms: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: fileURLToPath(new URL('../.cache/recheck/', import.meta.url)) },
    timeout: { type: 'string' },
    'max-bytes': { type: 'string' },
    retries: { type: 'string' },
    'retry-delay': { type: 'string' },
    concurrency: { type: 'string' },
    'host-delay': { type: 'string' },
    map: { type: 'string', multiple: true, default: [] },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const dir = values.platforms ?? fileURLToPath(platformsDir);
let platforms = loadPlatforms(dir);
if (values.only) {
  const wanted = values.only.split(',').map((id) => id.trim());
  const unknown = wanted.filter((id) => !platforms.some((platform) => platform.id === id));
  if (unknown.length) usageError(`--only: no platform ${unknown.join(', ')} in ${dir}`);
  platforms = platforms.filter((platform) => wanted.includes(platform.id));
}

const report = await recheck(platforms, {
  timeoutMs: count('timeout', values.timeout, 20_000),
  maxBytes: count('max-bytes', values['max-bytes'], 5_000_000),
  retries: count('retries', values.retries, 2),
  retryDelayMs: count('retry-delay', values['retry-delay'], 2_000),
  concurrency: Math.max(1, count('concurrency', values.concurrency, 4)),
  hostDelayMs: count('host-delay', values['host-delay'], 1_000),
  userAgent: recheckUserAgent,
  ...mappings(values.map),
  locate: platformLocator(dir),
});

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(join(values.out, 'report.md'), renderMarkdown(report));
process.stdout.write(renderText(report));
console.log(`Report: ${relative(process.cwd(), join(values.out, 'report.json'))} and report.md beside it.`);
process.exitCode = exitStatus(report, values.strict);
