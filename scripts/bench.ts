/**
 * `npm run bench`: builds Signpost and plain Starlight on the same synthetic articles (1,000 and
 * 5,000 pages by default) and compares build time, CPU, peak memory, `dist/` and search index
 * size; then times a first search, cold, on the real site and the largest synthetic one, in both.
 * Prints markdown tables and writes `.cache/bench/results.json` and `results.md`.
 *
 *   npm run bench                                   # both sections, 1000 and 5000 pages, one build each
 *   npm run bench -- --sizes 200,1000 --runs 3      # medians of 3 builds, order alternated
 *   npm run bench -- --only build --check           # exit 1 over ×1.15 plain Starlight or superlinear
 *   npm run bench -- --only search --search-runs 7
 *   npm run bench -- --only search --sizes 1000 --sites real --locales en --conditions slow
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { categories } from '../src/config/categories.ts';
import { isLocale, localeIds, type Locale } from '../src/config/locales.ts';
import { splitFrontmatter } from '../src/readers/docs.ts';
import { readDocs } from '../src/readers/docs-fs.ts';
import { relatedIndex, type RelatedCandidate } from '../src/lib/related.ts';
import { serveStatic } from './lib/static-server.ts';
import { loadRelevanceSuite } from './lib/search-suite.ts';
import { buildBaseline, baselineDir, prepareBaseline } from './baseline.ts';
import { writeArticles, type SourceFile } from './lib/articles.ts';
import { copyProject } from './lib/project-copy.ts';
import { astroBuild, astroBuildCommand } from './lib/astro-build.ts';
import {
  budgetProblems,
  buildPhases,
  buildTable,
  formatMs,
  markdownTable,
  median,
  renderTimes,
  scaling,
  scalingTable,
  searchTable,
  summarize,
  type BuildSample,
  type SearchSample,
  type Side,
} from './lib/bench-report.ts';
import { launchChromium } from './lib/chromium.ts';
import { measureCommand, type Measurement } from './lib/measure.ts';
import { signpostDialog } from './lib/search-dialog.ts';
import {
  pageAssets,
  slowPhone,
  starlightDialog,
  timeDialogSearch,
  timeResultsPage,
  unthrottled,
  type Conditions,
} from './lib/search-timing.ts';
import { syntheticArticles } from './lib/synthetic.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const benchDir = join(root, '.cache', 'bench');
const realContent = join(root, 'content', 'docs');

/** Categories left out of the synthetic site: platform guides are written from the channel data. */
const excluded = ['platforms'];

/** Bytes and number of files under `dir` (0 when it does not exist). */
function dirStats(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Pagefind files (all gzip) under `dir` that do not decompress: cut short while being written. */
function brokenIndexFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => {
    if (!/\.(pagefind|pf_\w+)$/.test(file)) return false;
    try {
      gunzipSync(readFileSync(join(dir, file)));
      return false;
    } catch {
      return true;
    }
  });
}

/** Rebuilds a plain Starlight index that Pagefind cut short, with the Pagefind CLI (Starlight's settings are its defaults). */
function repairPlainIndex(dist: string): void {
  const broken = brokenIndexFiles(join(dist, 'pagefind'));
  if (broken.length === 0) return;
  console.error(`  plain Starlight's index in ${dist} has cut-short files (${broken.join(', ')}): re-indexing`);
  execFileSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', dist], { stdio: 'ignore' });
}

/** Writes the synthetic articles for `pages` into their own tree and returns them and its path. */
function writeSynthetic(pages: number): { dir: string; files: SourceFile[] } {
  const dir = join(benchDir, `content-${pages}`);
  const files = syntheticArticles(readDocs(realContent).value, { pages, locales: localeIds, exclude: excluded });
  writeArticles(dir, files);
  return { dir, files };
}

/** A copy of this project whose `content/docs/` is the synthetic tree; returns its root (ending in `/`). */
function prepareOurs(pages: number, contentDir: string): string {
  return copyProject(join(benchDir, `signpost-${pages}/`), contentDir);
}

/** `npm run build` (`astro build`, the writers' check included), measured. */
async function measureOurs(dir: string): Promise<{ step: string; measurement: Measurement }[]> {
  const { args, env } = astroBuildCommand({ root: dir });
  const build = await measureCommand(process.execPath, args, { cwd: dir, env });
  return [{ step: 'npm run build', measurement: build }];
}

/** Plain Starlight's build of the same articles, measured (writing its project is not). */
async function measurePlain(pages: number, contentDir: string): Promise<{ dir: string; step: Measurement }> {
  const dir = prepareBaseline({ contentDir, dir: join(benchDir, `starlight-${pages}/`) });
  const { args, env } = astroBuildCommand({ root: dir });
  return { dir, step: await measureCommand(process.execPath, args, { cwd: dir, env }) };
}

/** One build of one side, as a sample. */
async function buildOnce(side: Side, pages: number, run: number, contentDir: string): Promise<BuildSample> {
  let dir: string;
  let steps: { step: string; measurement: Measurement }[];
  if (side === 'ours') {
    dir = prepareOurs(pages, contentDir);
    steps = await measureOurs(dir);
  } else {
    const plain = await measurePlain(pages, contentDir);
    dir = plain.dir;
    steps = [{ step: 'astro build', measurement: plain.step }];
  }
  const astro = steps.at(-1)?.measurement;
  if (!astro) throw new Error('no build step');
  writeFileSync(
    join(benchDir, `${side}-${pages}-run${run + 1}.log`),
    steps
      .flatMap(({ step, measurement }) => [
        `# ${step}`,
        ...measurement.lines.map((l) => `${(l.t / 1000).toFixed(2)}s ${l.text}`),
      ])
      .join('\n'),
  );
  const cpu = steps.flatMap((step) => (step.measurement.cpuMs === undefined ? [] : [step.measurement.cpuMs]));
  const dist = dirStats(join(dir, 'dist'));
  const index = dirStats(join(dir, 'dist', 'pagefind'));
  return {
    side,
    pages,
    run,
    wallMs: steps.reduce((sum, step) => sum + step.measurement.wallMs, 0),
    cpuMs: cpu.length === steps.length ? cpu.reduce((sum, ms) => sum + ms, 0) : undefined,
    peakRss: Math.max(...steps.map((step) => step.measurement.peakRss)),
    distBytes: dist.bytes,
    distFiles: dist.files,
    indexBytes: index.bytes,
    indexFiles: index.files,
    brokenIndexFiles: brokenIndexFiles(join(dir, 'dist', 'pagefind')),
    steps: steps.map(({ step, measurement }) => ({
      step,
      wallMs: measurement.wallMs,
      cpuMs: measurement.cpuMs,
      peakRss: measurement.peakRss,
    })),
    phases: [
      ...steps.slice(0, -1).map(({ step, measurement }) => ({ phase: step, ms: measurement.wallMs })),
      ...buildPhases(astro.lines, astro.wallMs),
    ],
    renders: renderTimes(astro.lines),
  };
}

/**
 * The time Signpost's related-articles ranking takes for all the pages of each locale, as the pages
 * compute it: the locale's articles indexed once, then one ranking per page.
 */
function timeRelated(files: readonly SourceFile[]): { locale: string; articles: number; ms: number }[] {
  return localeIds.map((locale) => {
    const candidates: RelatedCandidate[] = files
      .filter((file) => file.path.startsWith(`${locale}/`))
      .map((file) => {
        const data = splitFrontmatter(file.source).data ?? {};
        return {
          id: file.path.replace(/\.mdx?$/, ''),
          title: String(data['title']),
          category: String(data['category']),
          keywords: (data['keywords'] as string[] | undefined) ?? [],
          platforms: data['platforms'] as string[] | undefined,
        };
      });
    const start = performance.now();
    const rank = relatedIndex(candidates);
    for (const current of candidates) rank(current);
    return { locale, articles: candidates.length, ms: performance.now() - start };
  });
}

/** Median phase times of each side at one size, as a table (the content check is a phase of ours). */
function phaseTable(samples: readonly BuildSample[], pages: number): string {
  const of = (side: Side) => samples.filter((sample) => sample.pages === pages && sample.side === side);
  const names = [...new Set([...of('ours'), ...of('plain')].flatMap((sample) => sample.phases.map((p) => p.phase)))];
  const phaseMs = (side: Side, name: string) => {
    const values = of(side).flatMap((sample) => sample.phases.filter((p) => p.phase === name).map((p) => p.ms));
    return values.length ? median(values) : undefined;
  };
  const renderRows = ['article pages', 'category and other pages', 'search pages', 'home pages'].map((kind) => {
    const perKind = (side: Side) => {
      const values = of(side).flatMap((sample) => sample.renders.filter((r) => r.kind === kind));
      return values.length ? median(values.map((r) => r.ms)) : undefined;
    };
    const count = of('ours')[0]?.renders.find((r) => r.kind === kind)?.pages;
    return [`  of which ${kind}${count ? ` (${count})` : ''}`, formatMs(perKind('plain')), formatMs(perKind('ours'))];
  });
  const rows = names.map((name) => [name, formatMs(phaseMs('plain', name)), formatMs(phaseMs('ours', name))]);
  const renderAt = rows.findIndex((row) => row[0] === 'render pages');
  rows.splice(renderAt + 1, 0, ...renderRows);
  return markdownTable([`${pages} pages: phase`, 'plain Starlight', 'Signpost'], rows);
}

/** The build section: every size, `runs` times, alternating which side builds first. */
async function buildSection(sizes: readonly number[], runs: number) {
  const samples: BuildSample[] = [];
  const related: { pages: number; locale: string; articles: number; ms: number }[] = [];
  for (const pages of sizes) {
    const { dir, files } = writeSynthetic(pages);
    console.error(`\n${pages} pages: ${files.length} synthetic articles in ${dir}`);
    related.push(...timeRelated(files).map((row) => ({ pages, ...row })));
    for (let run = 0; run < runs; run++) {
      const order: Side[] = run % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
      for (const side of order) {
        const sample = await buildOnce(side, pages, run, dir);
        const broken = sample.brokenIndexFiles.length
          ? `, cut-short index files: ${sample.brokenIndexFiles.join(', ')}`
          : '';
        console.error(`  run ${run + 1}/${runs} ${side.padEnd(5)} ${formatMs(sample.wallMs)}${broken}`);
        samples.push(sample);
        writeFileSync(join(benchDir, 'samples.json'), `${JSON.stringify(samples, null, 2)}\n`);
      }
    }
  }
  return { samples, related };
}

/** Serves a build and returns its address and a way to stop it. */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) throw new Error(`No build with a search index in ${dir}`);
  return serveStatic({ root: dir });
}

/**
 * The search section: a cold first search on each site, in each way, for each locale's first suite
 * query, under each set of conditions; the ways alternate their order from run to run.
 */
async function searchSection(
  sites: { name: string; plain: string; ours: string }[],
  locales: readonly Locale[],
  runs: number,
  conditionsList: readonly Conditions[],
) {
  const samples: SearchSample[] = [];
  const browser = await launchChromium();
  try {
    for (const site of sites) {
      const plain = await serve(site.plain);
      const ours = await serve(site.ours);
      try {
        for (const locale of locales) {
          const first = loadRelevanceSuite(locale)[0];
          if (!first) continue;
          const article = `${locale}/${first.expect[0] ?? ''}/`;
          // What an article page loads by itself is not the results page's search cost.
          const shared = await pageAssets(browser, new URL(article, ours.url).href);
          for (const conditions of conditionsList) {
            const ways = {
              'plain Starlight dialog': () =>
                timeDialogSearch(browser, new URL(article, plain.url).href, first.q, starlightDialog, conditions),
              'Signpost dialog': () =>
                timeDialogSearch(browser, new URL(article, ours.url).href, first.q, signpostDialog, conditions),
              'Signpost results page': () => timeResultsPage(browser, ours.url, locale, first.q, shared, conditions),
            };
            for (let run = 0; run < runs; run++) {
              const entries = Object.entries(ways);
              for (const [way, measure] of run % 2 === 0 ? entries : entries.reverse()) {
                const sample = { site: site.name, way, conditions: conditions.name, locale, query: first.q };
                samples.push({ ...sample, ...(await measure()) });
              }
            }
            console.error(`  search: ${site.name}, ${locale} "${first.q}", ${conditions.name} × ${runs}`);
          }
        }
      } finally {
        plain.server.close();
        ours.server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return samples;
}

/** The conditions `--conditions` names. */
const conditionsByName: Record<string, Conditions> = { unthrottled, slow: slowPhone };

/** Builds what the search section needs and is not there yet: the real site, both ways. */
function ensureSmallSites(): { plain: string; ours: string } {
  const ours = join(root, 'dist');
  if (!existsSync(join(ours, 'pagefind', 'pagefind.js'))) {
    console.error('Building this site into dist/ (npm run build) for the search section…');
    astroBuild();
  }
  const plain = join(baselineDir, 'dist');
  if (!existsSync(join(plain, 'pagefind', 'pagefind.js'))) {
    console.error('Building plain Starlight into .cache/baseline/ for the search section…');
    buildBaseline();
  }
  return { plain, ours };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000' },
      only: { type: 'string' },
      runs: { type: 'string', default: '1' },
      'search-runs': { type: 'string', default: '5' },
      locales: { type: 'string', default: localeIds.join(',') },
      conditions: { type: 'string', default: Object.keys(conditionsByName).join(',') },
      sites: { type: 'string', default: 'real,synthetic' },
      check: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number.parseInt(size, 10));
  const runs = Number.parseInt(values.runs, 10);
  const searchRuns = Number.parseInt(values['search-runs'], 10);
  if (sizes.some((size) => !(size >= localeIds.length)) || !(runs >= 1) || !(searchRuns >= 1)) {
    console.error(`--sizes takes page counts of at least ${localeIds.length}, --runs and --search-runs 1 or more`);
    process.exit(2);
  }
  const benchLocales = values.locales.split(',');
  const conditions = values.conditions.split(',').map((name) => conditionsByName[name]);
  const siteKinds = values.sites.split(',');
  if (
    !benchLocales.every(isLocale) ||
    !conditions.every((item) => item !== undefined) ||
    !siteKinds.every((kind) => kind === 'real' || kind === 'synthetic')
  ) {
    console.error(
      `--locales takes ${localeIds.join(', ')}; --conditions ${Object.keys(conditionsByName).join(', ')}; --sites real, synthetic`,
    );
    process.exit(2);
  }
  if (values.only && values.only !== 'build' && values.only !== 'search') {
    console.error('--only takes build or search');
    process.exit(2);
  }
  mkdirSync(benchDir, { recursive: true });
  const report: string[] = [
    `# npm run bench — ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
    '',
    `Synthetic sites: N pages split evenly over ${localeIds.join(', ')}, made from the real articles (${categories.filter((c) => !excluded.includes(c)).join(', ')}). Signpost's build time includes \`npm run check\`.`,
  ];
  const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: cpus().length, sizes, runs };
  let problems: string[] = [];

  if (values.only !== 'search') {
    const { samples, related } = await buildSection(sizes, runs);
    const summaries = summarize(samples);
    problems = budgetProblems(summaries);
    report.push('', `## Build (median of ${runs} run(s) per side and size)`);
    for (const pages of sizes) report.push('', buildTable(summaries, pages));
    report.push('', '### Scaling', '', scalingTable(scaling(summaries)));
    report.push('', '### Where the time goes');
    for (const pages of sizes) report.push('', phaseTable(samples, pages));
    report.push(
      '',
      markdownTable(
        ['related articles (src/lib/related.ts), all pages of a locale', 'articles', 'time'],
        related.map((row) => [`${row.pages} pages, ${row.locale}`, String(row.articles), formatMs(row.ms)]),
      ),
    );
    const broken = samples.filter((sample) => sample.brokenIndexFiles.length > 0);
    for (const sample of broken) {
      report.push(
        '',
        `- ⚠ ${sample.side === 'ours' ? 'Signpost' : 'plain Starlight'} at ${sample.pages} pages (run ${sample.run + 1}): Pagefind left cut-short files: ${sample.brokenIndexFiles.join(', ')}`,
      );
    }
    report.push('', problems.length ? problems.map((p) => `- ✗ ${p}`).join('\n') : '- ✓ within the build budget');
    Object.assign(results, { build: { summaries, samples, related, problems } });
  }

  if (values.only !== 'build') {
    const largest = Math.max(...sizes);
    const sites = [];
    if (siteKinds.includes('real')) sites.push({ name: 'real site', ...ensureSmallSites() });
    if (siteKinds.includes('synthetic')) {
      const large = {
        plain: join(benchDir, `starlight-${largest}`, 'dist'),
        ours: join(benchDir, `signpost-${largest}`, 'dist'),
      };
      if (![large.plain, large.ours].every((dir) => existsSync(join(dir, 'pagefind')))) {
        console.error(`No ${largest}-page builds yet: building them (untimed)…`);
        const { dir } = writeSynthetic(largest);
        await buildOnce('ours', largest, 0, dir);
        await buildOnce('plain', largest, 0, dir);
      }
      sites.push({ name: `${largest} pages`, ...large });
    }
    for (const site of sites) repairPlainIndex(site.plain);
    const samples = await searchSection(sites, benchLocales, searchRuns, conditions);
    report.push(
      '',
      `## Search: first query, cold (median of ${searchRuns} fresh page loads, each way in turn)`,
      '',
      [
        'Dialog: from the click that opens search; the query is typed where the focus is. Results page: from navigation to `/<locale>/search/?q=`.',
        'Bytes (as transferred, compressed as hosts do; the same every run): "loaded before open" is what search loads before the reader asks for it (plain Starlight bundles Pagefind’s UI into `/_astro/` and loads it with every page when the browser is idle); "fetched on search" is every request from the click (the dialog) or the navigation (the results page, less its HTML, shown apart, and the files an article page loads too) until results show and the network is quiet.',
        'Ratios against plain Starlight’s dialog: search bytes in all, bytes fetched on search, time from input to first result.',
        `Conditions: ${conditions.map((item) => (item.network ? `${item.name} (CPU ×${item.cpuRate}, ${item.network.latency} ms latency, ${Math.round((item.network.downloadThroughput * 8) / 1000)} kbit/s down)` : item.name)).join('; ')}.`,
      ].join('\n'),
    );
    for (const site of sites) {
      for (const item of conditions) {
        report.push(
          '',
          `### ${site.name}, ${item.name}`,
          '',
          searchTable(samples, site.name, item.name, 'plain Starlight dialog'),
        );
      }
    }
    Object.assign(results, { search: { sites, samples } });
  }

  const markdown = report.join('\n');
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(benchDir, 'results.md'), `${markdown}\n`);
  console.log(markdown);
  console.error(`\nWrote ${join(benchDir, 'results.json')} and results.md`);
  if (values.check && problems.length) process.exit(1);
}
