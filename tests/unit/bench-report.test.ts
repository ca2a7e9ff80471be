import { describe, expect, it } from 'vitest';
import {
  budgetProblems,
  buildPhases,
  buildTable,
  formatBytes,
  formatMs,
  markdownTable,
  median,
  ratio,
  renderTimes,
  scaling,
  searchTable,
  summarize,
  type BuildSample,
  type SearchSample,
} from '../../scripts/lib/bench-report.ts';

/** A sample with only what a test sets. */
const sample = (side: 'ours' | 'plain', pages: number, wallMs: number, peakRss = 1e9, run = 0): BuildSample => ({
  side,
  pages,
  run,
  wallMs,
  cpuMs: wallMs / 2,
  peakRss,
  distBytes: pages * 1000,
  distFiles: pages,
  indexBytes: pages * 100,
  indexFiles: 10,
  brokenIndexFiles: [],
  steps: [],
  phases: [],
  renders: [],
});

describe('statistics and formats', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('divides ours by plain, and refuses unknown or zero', () => {
    expect(ratio(115, 100)).toBeCloseTo(1.15);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 1)).toBeNaN();
  });

  it('formats bytes and times', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
    expect(formatMs(850.4)).toBe('850 ms');
    expect(formatMs(12_345)).toBe('12.3 s');
    expect(formatMs(undefined)).toBe('–');
  });

  it('writes a markdown table with numbers aligned right', () => {
    const table = markdownTable(
      ['name', 'time'],
      [
        ['a', '5 ms'],
        ['long name', '12.3 s'],
      ],
    ).split('\n');
    expect(table[0]).toBe('| name      |   time |');
    expect(table[1]).toBe('|-----------|-------:|');
    expect(table[3]).toBe('| long name | 12.3 s |');
  });
});

describe('build log', () => {
  const lines = [
    { t: 100, text: '14:53:06 [build] Collecting build info...' },
    { t: 2000, text: '14:53:06 [build] ✓ Completed in 2.33s.' },
    { t: 2100, text: '14:53:06 [build] Building static entrypoints...' },
    { t: 5000, text: '14:53:10 [build] Rearranging server assets...' },
    { t: 5200, text: '14:53:10   ├─ /en/accounts/reset-password/index.html (+85ms) ' },
    { t: 5300, text: '14:53:10   ├─ /en/accounts/account-locked/index.html (+15ms) ' },
    { t: 5400, text: '14:53:10   └─ /en/search/index.html (+40ms) ' },
    { t: 5500, text: '14:53:10   ├─ /robots.txt (+3ms) ' },
    { t: 9000, text: '14:53:15 [build] ✓ Completed in 8.51s.' },
    { t: 9100, text: '14:53:15 [starlight:pagefind] Building search index with Pagefind...' },
    { t: 11_000, text: '14:53:16 [starlight:pagefind] Finished building search index in 1.75s.' },
    { t: 19_000, text: '14:53:21 [signpost:search-index] Search index: 90 pages' },
  ];

  it('splits the build into phases at the marker lines, in order, with the rest as finish', () => {
    expect(buildPhases(lines, 20_000)).toEqual([
      { phase: 'startup, config, content sync', ms: 2100 },
      { phase: 'bundle (Vite)', ms: 2900 },
      { phase: 'render pages', ms: 4000 },
      { phase: "Starlight's Pagefind index", ms: 2000 },
      { phase: 'signpost:search-index', ms: 8000 },
      { phase: 'finish', ms: 1000 },
    ]);
  });

  it('sums render times per kind of route', () => {
    expect(renderTimes(lines)).toEqual([
      { kind: 'article pages', pages: 2, ms: 100 },
      { kind: 'search pages', pages: 1, ms: 40 },
      { kind: 'other files', pages: 1, ms: 3 },
    ]);
  });
});

describe('summaries, scaling and the budget', () => {
  const samples = [
    sample('plain', 1000, 100_000),
    sample('ours', 1000, 110_000, 1e9, 0),
    sample('ours', 1000, 130_000, 3e9, 1),
    sample('ours', 1000, 112_000, 2e9, 2),
    sample('plain', 5000, 500_000),
    sample('ours', 5000, 560_000),
  ];

  it('takes the median of the runs of each side and size', () => {
    const ours = summarize(samples).find((s) => s.side === 'ours' && s.pages === 1000);
    expect(ours).toMatchObject({ runs: 3, wallMs: 112_000, peakRss: 2e9, cpuMs: 56_000 });
  });

  it('puts ratios in the size table', () => {
    const table = buildTable(summarize(samples), 1000);
    expect(table).toMatch(/\| build time \(wall\)\s*\|\s*100\.0 s \|\s*112\.0 s \|\s*×1\.12 \|/);
  });

  it('computes per-page time growth between the smallest and largest size', () => {
    const [plain, ours] = scaling(summarize(samples));
    expect(plain?.timeScaling).toBeCloseTo(1);
    expect(ours?.timeScaling).toBeCloseTo(560 / 5 / 112);
  });

  it('passes within ×1.15 and linear, and names the size or the growth that breaks it', () => {
    expect(budgetProblems(summarize(samples))).toEqual([]);
    const slow = [...samples, sample('ours', 5000, 600_000), sample('ours', 5000, 600_000)];
    expect(budgetProblems(summarize(slow))).toEqual(['5000 pages: build time ×1.20 plain Starlight, over ×1.15']);
    const superlinear = [sample('plain', 100, 1000), sample('ours', 100, 1000), sample('plain', 1000, 15_000)];
    superlinear.push(sample('ours', 1000, 15_000));
    expect(budgetProblems(summarize(superlinear))).toEqual([
      'time per page grows ×1.50 from 100 to 1000 pages, over ×1.30 (superlinear)',
    ]);
  });
});

describe('searchTable', () => {
  const search = (way: string, bytes: number, ms: number, conditions = 'unthrottled'): SearchSample => ({
    site: 'real site',
    way,
    conditions,
    locale: 'en',
    query: 'q',
    beforeOpenBytes: way === 'plain' ? 500 : 0,
    beforeOpenFiles: way === 'plain' ? 1 : 0,
    bytes,
    files: 3,
    documentBytes: 0,
    found: true,
    openToResultMs: ms + 100,
    inputToResultMs: ms,
  });

  it('shows bytes, median times and ratios to the reference way, for one set of conditions', () => {
    const samples = [
      search('plain', 1000, 500),
      search('plain', 1000, 700),
      search('plain', 1000, 900),
      search('ours', 1200, 600),
      search('ours', 9000, 9000, 'slow'),
    ];
    const table = searchTable(samples, 'real site', 'unthrottled', 'plain');
    expect(table).toMatch(
      /\| plain \|\s*500 B \|\s*1000 B \/ 3 \|\s*1\.46 KB \|\s*×1\.00 \|\s*×1\.00 \|\s*700 ms \|\s*×1\.00 \|\s*800 ms \|\s*– \|\s*3 \|/,
    );
    expect(table).toMatch(
      /\| ours {2}\|\s*0 B \|\s*1\.17 KB \/ 3 \|\s*1\.17 KB \|\s*×0\.80 \|\s*×1\.20 \|\s*600 ms \|\s*×0\.86 \|/,
    );
    expect(table.split('\n')).toHaveLength(4);
  });
  it('says when a way found nothing, its times then being to the "no result" message', () => {
    const samples = [
      search('plain', 1000, 500),
      { ...search('plain', 1000, 700), found: false },
      search('ours', 900, 400),
    ];
    const table = searchTable(samples, 'real site', 'unthrottled', 'plain');
    expect(table).toMatch(/\| plain \(no result\) \|/);
    expect(table).toMatch(/\| ours\s*\|.*×0\.67 \|/);
  });
});
