/**
 * The age of the channel data: the rules (flag past 180 days, stop past 365), the writers' check
 * that applies them to the platform files (`npm run check`, with file, line and fix), and the
 * browser's flags for a copy of the site served long after its build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { markStaleFacts, showBuildAge } from '../../src/components/channels/fact-age.client.ts';
import { checkFactAges } from '../../src/lib/check/age.ts';
import { checkSite, checkSiteWarnings } from '../../src/lib/check/index.ts';
import { ageInDays, expiredAfterDays, isExpired, isStale, staleAfterDays } from '../../src/lib/fact-age.ts';
import { loadPlatforms, platformLocator } from '../../src/readers/platforms-fs.ts';
import { projectRoot } from '../../scripts/lib/project-copy.ts';

const fixtures = join(projectRoot, 'tests/fixtures/platforms/valid');
const platforms = loadPlatforms(fixtures);
const locate = platformLocator(fixtures);
/** `days` whole days after `date` (YYYY-MM-DD), at noon UTC. */
const after = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000);

describe('the rules', () => {
  it('counts whole days since a check, negative for a later date', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect([ageInDays('2026-11-23', now), ageInDays('2026-11-22', now), ageInDays('2026-11-24', now)]).toEqual([
      0, 1, -1,
    ]);
  });

  it('flags a fact checked more than 180 days ago, and expires it after 365', () => {
    expect([staleAfterDays, expiredAfterDays]).toEqual([180, 365]);
    const now = new Date('2026-11-23T12:00:00Z');
    expect([isStale('2026-11-23', now), isStale('2026-05-27', now), isStale('2026-05-26', now)]).toEqual([
      false,
      false,
      true,
    ]);
    expect([isExpired('2025-11-23', now), isExpired('2025-11-22', now)]).toEqual([false, true]);
  });
});

describe("the writers' check", () => {
  // acme's facts were checked on 2026-11-01, beta's one fact on 2026-10-30.
  it('finds nothing to say about facts checked within 180 days', () => {
    expect(checkFactAges(platforms, locate, after('2026-10-30', 180))).toEqual({ warnings: [], problems: [] });
  });

  it('warns about each fact checked more than 180 days ago, at the line of its date, with the fix', () => {
    const { warnings, problems } = checkFactAges(platforms, locate, after('2026-10-30', 181));
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: 'tests/fixtures/platforms/valid/beta.yaml',
        line: 8,
        field: 'channels.0.checked',
        message: expect.stringMatching(
          /^checked 2026-10-30, 181 days ago \(over 180\): re-read https:\/\/\S+, update `evidence:`.*set `checked:` to the day you read it$/,
        ) as unknown,
      },
    ]);
  });

  it('makes a fact checked more than 365 days ago a problem, and warns about the rest', () => {
    const { warnings, problems } = checkFactAges(platforms, locate, after('2026-11-01', 366));
    expect(problems.map(({ file, line, field }) => `${file}:${String(line)} ${field}`)).toContain(
      'tests/fixtures/platforms/valid/beta.yaml:8 channels.0.checked',
    );
    expect(problems.find(({ file }) => file.endsWith('beta.yaml'))?.message).toMatch(
      /^checked 2026-10-30, 368 days ago: a fact older than 365 days cannot be published; re-read /,
    );
    // acme's facts are 366 days old: problems too, none left as a warning.
    expect(problems[0]).toMatchObject({ file: 'tests/fixtures/platforms/valid/acme.yaml', line: 9 });
    expect(problems.filter(({ file }) => file.endsWith('acme.yaml')).length).toBeGreaterThan(10);
    expect(warnings).toEqual([]);
    const mixed = checkFactAges(platforms, locate, after('2026-10-30', 366));
    expect(mixed.problems.map(({ file }) => file)).toEqual(['tests/fixtures/platforms/valid/beta.yaml']);
    expect(mixed.warnings.length).toBe(problems.length - 1);
    expect(mixed.warnings[0]).toMatchObject({ file: 'tests/fixtures/platforms/valid/acme.yaml', line: 9 });
  });

  it('is part of checkSite (problems) and checkSiteWarnings, when the content can locate platform fields', async () => {
    const content = { docs: [], platforms, problems: [], locatePlatform: locate };
    expect(await checkSite(content, undefined, after('2026-10-30', 366))).toHaveLength(1);
    expect(await checkSite(content, undefined, after('2026-10-30', 100))).toEqual([]);
    expect(checkSiteWarnings(content, after('2026-10-30', 181))).toHaveLength(1);
  });
});

describe('npm run check on old data', { timeout: 60_000 }, () => {
  // A copy of the project's content with one fact's `checked:` moved into the past.
  const root = mkdtempSync(join(tmpdir(), 'signpost-age-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const file = join(root, 'content/platforms/kraken.yaml');
  const original = readFileSync(file, 'utf8');
  const firstCheck = /^( {4}checked: )(\d{4}-\d{2}-\d{2})$/m;
  const line = original.slice(0, firstCheck.exec(original)?.index).split('\n').length;
  const checkWithAge = (days: number) => {
    const date = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(file, original.replace(firstCheck, `$1${date}`));
    return spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { cwd: projectRoot, encoding: 'utf8' });
  };

  it('warns with the file and line of a fact checked 200 days ago, and passes', () => {
    const run = checkWithAge(200);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`content/platforms/kraken.yaml:${String(line)}`);
    expect(run.stderr).toMatch(/⚠ channels\.0\.checked: checked \S+, 200 days ago \(over 180\)/);
  });

  it('fails with the file and line of a fact checked 400 days ago', () => {
    const run = checkWithAge(400);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`content/platforms/kraken.yaml:${String(line)}`);
    expect(run.stderr).toMatch(/✗ channels\.0\.checked: checked \S+, 400 days ago: a fact older than 365 days/);
  });
});

describe('in the browser', () => {
  const page = (built: string, checked: string[]) =>
    parseHTML(`<!doctype html><html><body>
      <p class="data-age" data-built="${built}">Built. <strong class="stale" data-old="Built {{days}} days ago." hidden></strong></p>
      <div class="channels" data-stale="Over 180 days since last check">
        ${checked
          .map(
            (date) =>
              `<details class="source"><summary>Source · Checked on <time datetime="${date}">${date}</time></summary></details>`,
          )
          .join('')}
      </div></body></html>`).document;
  const flags = (document: Document) =>
    [...document.querySelectorAll('summary')].map((summary) => summary.querySelector('.stale')?.textContent ?? '');

  it('flags the facts that have grown old since the build, once, with the page’s text', () => {
    const document = page('2026-12-06', ['2026-12-06', '2026-06-10', '2026-11-23']);
    expect(markStaleFacts(document, new Date('2026-12-06T09:00:00Z'))).toBe(0);
    expect(flags(document)).toEqual(['', '', '']);
    expect(markStaleFacts(document, after('2026-11-23', 181))).toBe(2);
    expect(flags(document)).toEqual(['', 'Over 180 days since last check', 'Over 180 days since last check']);
    expect(markStaleFacts(document, after('2026-11-23', 400))).toBe(1);
    expect(flags(document).filter(Boolean)).toHaveLength(3);
    expect(markStaleFacts(document, after('2026-11-23', 500))).toBe(0);
  });

  it('says how old the build is once it is over 180 days old, and not before', () => {
    const document = page('2026-12-06', []);
    const warning = document.querySelector<HTMLElement>('[data-old]');
    expect(showBuildAge(document, after('2026-12-06', 180))).toBe(180);
    expect(warning?.hidden).toBe(true);
    expect(showBuildAge(document, after('2026-12-06', 400))).toBe(400);
    expect(warning?.hidden).toBe(false);
    expect(warning?.textContent).toBe('Built 400 days ago.');
  });
});
