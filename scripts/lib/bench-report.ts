/** Statistics, ratios, build phases and markdown tables of `npm run bench` (pure). */
import type { TimedLine } from './measure.ts';
import type { SearchTiming } from './search-timing.ts';

/** Which site was built: Signpost or plain Starlight on the same articles. */
export type Side = 'ours' | 'plain';

/** Median of the numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** `ours / plain`, or NaN when plain is 0 or unknown. */
export function ratio(ours: number | undefined, plain: number | undefined): number {
  return ours === undefined || plain === undefined || plain === 0 ? Number.NaN : ours / plain;
}

/** A ratio as `×1.07`, or `–` when unknown. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `×${value.toFixed(2)}` : '–';
}

/** Bytes in B, KB, MB or GB (powers of 1024), three significant digits. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '–';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toPrecision(3)} ${units[unit] ?? ''}`;
}

/** Milliseconds as `850 ms` or `12.3 s`. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** A GitHub-flavoured markdown table, columns padded so it also reads as plain text; numbers align right. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const number = /^(–|×?\d[\d.,]*( ?[a-zA-Z]+)?( \/ \d+)?)$/;
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => number.test(row[column] ?? '')));
  const cell = (text: string, column: number) =>
    numeric[column] ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0);
  const line = (cells: readonly string[]) => `| ${cells.map((text, column) => cell(text, column)).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Log lines that end each phase of an Astro build, in order; a phase runs from the previous one found. */
export const buildMarkers: readonly { phase: string; line: RegExp }[] = [
  { phase: 'startup, config, content sync', line: /\[build\] Building static entrypoints/ },
  { phase: 'bundle (Vite)', line: /\[build\] Rearranging server assets/ },
  { phase: 'render pages', line: /\[build\] ✓ Completed in/ },
  { phase: "Starlight's Pagefind index", line: /\[starlight:pagefind\] Finished building search index/ },
  { phase: 'sitemap', line: /\[@astrojs\/sitemap\]/ },
  { phase: 'signpost:search-index', line: /\[signpost:search-index\] Search index:/ },
  { phase: 'signpost:security-headers', line: /\[signpost:security-headers\] CSP:/ },
];

/** How long each phase took, from the timestamped log of a build lasting `totalMs`; the rest is `finish`. */
export function buildPhases(lines: readonly TimedLine[], totalMs: number): { phase: string; ms: number }[] {
  const phases: { phase: string; ms: number }[] = [];
  let from = 0;
  let index = 0;
  for (const marker of buildMarkers) {
    const found = lines.findIndex((line, at) => at >= index && marker.line.test(line.text));
    if (found < 0) continue;
    const t = lines[found]?.t ?? from;
    phases.push({ phase: marker.phase, ms: t - from });
    from = t;
    index = found + 1;
  }
  phases.push({ phase: 'finish', ms: Math.max(0, totalMs - from) });
  return phases;
}

/** Kind of a built route from its output path, for the per-kind render times. */
export function routeKind(path: string): string {
  const parts = path
    .replace(/\/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (!path.endsWith('.html')) return 'other files';
  if (parts.length === 3) return 'article pages';
  if (parts.length === 2 && parts[1] === 'search') return 'search pages';
  if (parts.length === 2) return 'category and other pages';
  return 'home pages';
}

/** Render time Astro logged per route (`├─ /en/x/index.html (+12ms)`), summed per kind, with counts. */
export function renderTimes(lines: readonly TimedLine[]): { kind: string; pages: number; ms: number }[] {
  const totals = new Map<string, { pages: number; ms: number }>();
  for (const { text } of lines) {
    const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)\s*m?s\)/.exec(text);
    if (!match) continue;
    const kind = routeKind(match[1] ?? '');
    const total = totals.get(kind) ?? { pages: 0, ms: 0 };
    total.pages++;
    total.ms += Number(match[2]);
    totals.set(kind, total);
  }
  return [...totals].map(([kind, total]) => ({ kind, ...total })).sort((a, b) => b.ms - a.ms);
}

/** What a build measures, and a summary of builds reports, for one side at one size. */
interface BuildMeasures {
  side: Side;
  pages: number;
  wallMs: number;
  cpuMs: number | undefined;
  peakRss: number;
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  indexFiles: number;
}

/** One measured build of one side at one size. */
export interface BuildSample extends BuildMeasures {
  run: number;
  /** Index files that do not decompress (Pagefind closed before it finished writing them). */
  brokenIndexFiles: string[];
  /** Separate processes (the content check, `astro build`), with their own times. */
  steps: { step: string; wallMs: number; cpuMs: number | undefined; peakRss: number }[];
  phases: { phase: string; ms: number }[];
  renders: { kind: string; pages: number; ms: number }[];
}

/** Medians over the runs of one side at one size (sizes on disk are the same every run). */
export interface BuildSummary extends BuildMeasures {
  runs: number;
}

/** Summarises samples per side and size. */
export function summarize(samples: readonly BuildSample[]): BuildSummary[] {
  const groups = new Map<string, BuildSample[]>();
  for (const sample of samples) {
    const key = `${sample.pages}:${sample.side}`;
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as BuildSample;
    const cpu = group.map((sample) => sample.cpuMs).filter((value): value is number => value !== undefined);
    return {
      side: first.side,
      pages: first.pages,
      runs: group.length,
      wallMs: median(group.map((sample) => sample.wallMs)),
      cpuMs: cpu.length === group.length ? median(cpu) : undefined,
      peakRss: median(group.map((sample) => sample.peakRss)),
      distBytes: first.distBytes,
      distFiles: first.distFiles,
      indexBytes: first.indexBytes,
      indexFiles: first.indexFiles,
    };
  });
}

const find = (summaries: readonly BuildSummary[], pages: number, side: Side) =>
  summaries.find((summary) => summary.pages === pages && summary.side === side);

/** The table of one size: each metric for plain Starlight and Signpost, and ours/plain. */
export function buildTable(summaries: readonly BuildSummary[], pages: number): string {
  const plain = find(summaries, pages, 'plain');
  const ours = find(summaries, pages, 'ours');
  const row = (metric: string, get: (s: BuildSummary) => number | undefined, format: (n?: number) => string) => {
    const a = plain && get(plain);
    const b = ours && get(ours);
    return [metric, format(a), format(b), formatRatio(ratio(b, a))];
  };
  return markdownTable(
    [`${pages} pages`, 'plain Starlight', 'Signpost', 'ours/plain'],
    [
      row('build time (wall)', (s) => s.wallMs, formatMs),
      row('CPU time', (s) => s.cpuMs, formatMs),
      row('peak memory (process tree)', (s) => s.peakRss, formatBytes),
      row('dist/ size', (s) => s.distBytes, formatBytes),
      row(
        'dist/ files',
        (s) => s.distFiles,
        (n) => (n === undefined ? '–' : String(n)),
      ),
      row('search index (dist/pagefind/)', (s) => s.indexBytes, formatBytes),
      row(
        'search index files',
        (s) => s.indexFiles,
        (n) => (n === undefined ? '–' : String(n)),
      ),
    ],
  );
}

/** Scaling from the smallest to the largest size, per side: build time per page and peak memory. */
export interface Scaling {
  side: Side;
  from: number;
  to: number;
  msPerPageFrom: number;
  msPerPageTo: number;
  /** Per-page time at the largest size over the smallest: 1 is linear, above is superlinear. */
  timeScaling: number;
  memoryFrom: number;
  memoryTo: number;
}

/** {@link Scaling} of both sides, or none with fewer than two sizes. */
export function scaling(summaries: readonly BuildSummary[]): Scaling[] {
  const sizes = [...new Set(summaries.map((summary) => summary.pages))].sort((a, b) => a - b);
  const from = sizes[0];
  const to = sizes.at(-1);
  if (from === undefined || to === undefined || from === to) return [];
  return (['plain', 'ours'] as const).flatMap((side) => {
    const small = find(summaries, from, side);
    const large = find(summaries, to, side);
    if (!small || !large) return [];
    const msPerPageFrom = small.wallMs / from;
    const msPerPageTo = large.wallMs / to;
    return [
      {
        side,
        from,
        to,
        msPerPageFrom,
        msPerPageTo,
        timeScaling: msPerPageTo / msPerPageFrom,
        memoryFrom: small.peakRss,
        memoryTo: large.peakRss,
      },
    ];
  });
}

/** The linearity table: per-page build time and peak memory at the smallest and largest size. */
export function scalingTable(rows: readonly Scaling[]): string {
  const first = rows[0];
  if (!first) return '';
  return markdownTable(
    [
      'site',
      `ms/page @${first.from}`,
      `ms/page @${first.to}`,
      'per-page time ratio',
      `memory @${first.from}`,
      `memory @${first.to}`,
      'memory ratio',
    ],
    rows.map((row) => [
      row.side === 'ours' ? 'Signpost' : 'plain Starlight',
      row.msPerPageFrom.toFixed(1),
      row.msPerPageTo.toFixed(1),
      formatRatio(row.timeScaling),
      formatBytes(row.memoryFrom),
      formatBytes(row.memoryTo),
      formatRatio(row.memoryTo / row.memoryFrom),
    ]),
  );
}

/** Limits `--check` enforces. */
export interface BuildBudget {
  /** Largest allowed ours/plain build time at any size. */
  maxTimeRatio: number;
  /** Largest allowed per-page time at the largest size over the smallest, for our build. */
  maxScaling: number;
}

/** The default budget: within 1.15× plain Starlight, per-page time growing at most 1.3× across sizes. */
export const buildBudget: BuildBudget = { maxTimeRatio: 1.15, maxScaling: 1.3 };

/** What breaks the budget, as sentences; empty when the build is within it. */
export function budgetProblems(summaries: readonly BuildSummary[], budget: BuildBudget = buildBudget): string[] {
  const problems: string[] = [];
  for (const pages of [...new Set(summaries.map((summary) => summary.pages))].sort((a, b) => a - b)) {
    const value = ratio(find(summaries, pages, 'ours')?.wallMs, find(summaries, pages, 'plain')?.wallMs);
    if (value > budget.maxTimeRatio) {
      problems.push(
        `${pages} pages: build time ${formatRatio(value)} plain Starlight, over ×${budget.maxTimeRatio.toFixed(2)}`,
      );
    }
  }
  for (const row of scaling(summaries)) {
    if (row.side === 'ours' && row.timeScaling > budget.maxScaling) {
      problems.push(
        `time per page grows ${formatRatio(row.timeScaling)} from ${row.from} to ${row.to} pages, over ×${budget.maxScaling.toFixed(2)} (superlinear)`,
      );
    }
  }
  return problems;
}

/** One timed search: which site, way and conditions, and what it fetched and how long results took. */
export interface SearchSample extends SearchTiming {
  site: string;
  way: string;
  /** The conditions' name (`unthrottled`, `4× CPU, slow 4G`). */
  conditions: string;
  locale: string;
  query: string;
}

/** Medians of one way of searching for one query under one set of conditions. */
interface SearchMedians {
  locale: string;
  query: string;
  way: string;
  /** Every sample found a result (else the times are to the "no result" message). */
  found: boolean;
  runs: number;
  beforeOpenBytes: number;
  bytes: number;
  files: number;
  documentBytes: number;
  openMs: number;
  inputMs: number;
}

/**
 * Per query and way, for one site under one set of conditions: bytes (deterministic: the first
 * sample's), median times, and ratios to `reference`: search's bytes in all (what loaded before
 * search was opened and what it fetched) and the time from input to the first result.
 */
export function searchTable(
  samples: readonly SearchSample[],
  site: string,
  conditions: string,
  reference: string,
): string {
  const groups = new Map<string, SearchSample[]>();
  for (const sample of samples.filter((s) => s.site === site && s.conditions === conditions)) {
    const key = `${sample.locale}\u0000${sample.query}\u0000${sample.way}`;
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  const medians = [...groups.values()].map((group): SearchMedians => {
    const first = group[0] as SearchSample;
    return {
      locale: first.locale,
      query: first.query,
      way: first.way,
      found: group.every((s) => s.found),
      runs: group.length,
      beforeOpenBytes: first.beforeOpenBytes,
      bytes: first.bytes,
      files: first.files,
      documentBytes: first.documentBytes,
      openMs: median(group.map((s) => s.openToResultMs)),
      inputMs: median(group.map((s) => s.inputToResultMs)),
    };
  });
  const rows = medians.map((row) => {
    const base = medians.find((other) => other.query === row.query && other.way === reference);
    const total = (m: SearchMedians) => m.beforeOpenBytes + m.bytes;
    return [
      `${row.locale} “${row.query}”`,
      row.found ? row.way : `${row.way} (no result)`,
      formatBytes(row.beforeOpenBytes),
      `${formatBytes(row.bytes)} / ${row.files}`,
      formatBytes(total(row)),
      formatRatio(ratio(total(row), base && total(base))),
      formatRatio(ratio(row.bytes, base?.bytes)),
      formatMs(row.inputMs),
      formatRatio(ratio(row.inputMs, base?.inputMs)),
      formatMs(row.openMs),
      row.documentBytes ? formatBytes(row.documentBytes) : '–',
      String(row.runs),
    ];
  });
  return markdownTable(
    [
      'query',
      'way',
      'loaded before open',
      'fetched on search (bytes / files)',
      'search bytes in all',
      'ratio in all',
      'ratio on search',
      'input → result (median)',
      'time ratio',
      'open → result (median)',
      'results page HTML',
      'runs',
    ],
    rows,
  );
}
