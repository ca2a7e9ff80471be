/** The change log of the channel data: its schema, its replay, its agreement with the platform files, the CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLogProblems, entryChanges, pendingChanges, replayChanges } from '../../src/lib/changes.ts';
import { checkChangeLog } from '../../src/lib/check/index.ts';
import { parseChanges } from '../../src/readers/changes.ts';
import { loadChanges } from '../../src/readers/changes-fs.ts';
import { loadPlatforms, platformLocator } from '../../src/readers/platforms-fs.ts';
import { ContentError } from '../../src/readers/problems.ts';
import { projectRoot } from '../../scripts/lib/project-copy.ts';

const validDir = join(projectRoot, 'tests/fixtures/platforms/valid');
const platforms = loadPlatforms(validDir);

/** The log that records the fixture platforms exactly, in two entries for acme and one for beta. */
const matchingLog = `
- date: 2026-11-01
  platform: acme
  summary: First published.
  added:
    - official website https://www.acme-exchange.example/
    - official help-center https://help.acme-exchange.example/
    - official email support@acme-exchange.example
    - unclear phone +12025550100
    - official social telegram:@AcmeSupport
    - official app https://apps.apple.com/app/acme-exchange/id0000000000
    - known-fake domain acme-help.example
    - known-fake phone +12025550142
    - known-fake email help@acme-desk.example
    - known-fake handle x:@acme_support_desk
- date: 2026-11-01
  platform: beta
  summary: First published.
  added: [official website https://beta-markets.example/]
- date: 2026-11-02
  platform: acme
  summary: The lock line is confirmed; an old page gives another number.
  removed: [unclear phone +12025550100]
  added: [official phone +12025550100, unclear phone +12025550199]
  changed: [official email support@acme-exchange.example]
`;

const where = { log: 'CHANGES.yaml', locate: platformLocator(validDir) };

/** The problems of a log text that fails to parse. */
function parseProblems(text: string) {
  try {
    parseChanges(text, 'CHANGES.yaml');
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('the log parsed');
}

describe('the change log schema', () => {
  it('reads entries with the line of each entry and item', () => {
    const log = parseChanges(matchingLog, 'CHANGES.yaml');
    expect(log).toHaveLength(3);
    expect(log[1]).toMatchObject({ platform: 'beta', line: 16, removed: [], changed: [] });
    expect(log[0]?.lines.added[3]).toBe(9);
    expect(parseChanges('', 'CHANGES.yaml')).toEqual([]);
  });

  it.each([
    ['an item that is not three words', 'added: [official phone]', '0.added.0', 'three words'],
    ['an unknown status', 'added: [verified phone +12025550100]', '0.added.0', 'is not a status'],
    [
      'a kind the status cannot have',
      'added: [known-fake website acme.example]',
      '0.added.0',
      'not a kind of known-fake',
    ],
    ['no change listed', 'added: []', '0', 'list what changed'],
    ['an unknown field', 'added: [official phone +12025550100]\n  note: hi', '0', 'remove `note`'],
  ])('refuses %s with the line, the field and the fix', (_, lines, field, message) => {
    const [problem] = parseProblems(`- date: 2026-11-01\n  platform: acme\n  summary: S.\n  ${lines}\n`);
    expect(problem).toMatchObject({ file: 'CHANGES.yaml', field });
    expect(problem?.message).toContain(message);
    expect(problem?.line).toBeGreaterThanOrEqual(1);
  });

  it('refuses a date in the future and a missing summary', () => {
    const problems = parseProblems('- date: 2999-01-01\n  platform: acme\n  added: [official phone +12025550100]\n');
    expect(problems.map((problem) => problem.field).sort()).toEqual(['0.date', '0.summary']);
    expect(problems.find((problem) => problem.field === '0.date')?.message).toContain('in the future');
  });
});

describe('replaying the log', () => {
  it('finds nothing wrong in a log that matches the data', () => {
    expect(changeLogProblems(parseChanges(matchingLog, 'CHANGES.yaml'), platforms, where)).toEqual([]);
    expect(pendingChanges(parseChanges(matchingLog, 'CHANGES.yaml'), platforms)).toEqual([]);
  });

  it('names entries out of order, removals of what was never added, changes of unknown values and repeats', () => {
    const log = parseChanges(
      `${matchingLog}- date: 2026-10-01
  platform: beta
  summary: Out of order.
  removed: [official email nobody@beta-markets.example]
  changed: [official phone +12025550111]
  added: [official website https://beta-markets.example/]
`,
      'CHANGES.yaml',
    );
    const { problems } = replayChanges(log, 'CHANGES.yaml');
    expect(problems.map(({ field, line }) => `${field}:${line ?? 0}`)).toEqual([
      '3.date:26',
      '3.removed.0:29',
      '3.changed.0:30',
      '3.added.0:31',
    ]);
    expect(problems[0]?.message).toContain('keep the entries oldest first');
    expect(problems[3]?.message).toContain('was already added on 2026-11-01 (line 19)');
  });

  it('names a value of the data the log never added, at its line in the platform file', () => {
    const log = parseChanges(matchingLog.replace('    - known-fake phone +12025550142\n', ''), 'CHANGES.yaml');
    const [problem, ...rest] = changeLogProblems(log, platforms, where);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'tests/fixtures/platforms/valid/acme.yaml', field: 'known-fakes.1' });
    // The `- kind: phone` line of the second known fake.
    expect(problem?.line).toBe(73);
    expect(problem?.message).toBe(
      'known-fake phone +12025550142: not in the change log; add an entry to CHANGES.yaml with it under `added:` (npm run channels:changes prints the entry to add)',
    );
  });

  it('names a value the log still has that the data dropped, at the line that added it', () => {
    const log = parseChanges(
      matchingLog.replace(
        'added: [official website https://beta-markets.example/]',
        'added: [official website https://beta-markets.example/, official email help@beta-markets.example]',
      ),
      'CHANGES.yaml',
    );
    expect(changeLogProblems(log, platforms, where)).toEqual([
      {
        file: 'CHANGES.yaml',
        line: 19,
        field: 'beta',
        message:
          "official email help@beta-markets.example: in the change log but no longer in beta's data; add an entry with it under `removed:` (npm run channels:changes prints the entry to add)",
      },
    ]);
    expect(pendingChanges(log, platforms)).toEqual([
      { platform: 'beta', added: [], removed: ['official email help@beta-markets.example'] },
    ]);
  });

  it('reads a value removed under one status and added under another as a change of status', () => {
    const [, , entry] = parseChanges(matchingLog, 'CHANGES.yaml');
    expect(entry && entryChanges(entry)).toEqual([
      { type: 'changed', key: 'official phone +12025550100', from: 'unclear' },
      { type: 'added', key: 'unclear phone +12025550199' },
      { type: 'changed', key: 'official email support@acme-exchange.example' },
    ]);
  });
});

describe("the writers' check", () => {
  const content = (log: string, problems: { file: string; field: string; message: string }[] = []) => ({
    platforms,
    problems,
    changes: { file: 'tests/fixtures/platforms/valid/CHANGES.yaml', entries: parseChanges(log, 'CHANGES.yaml') },
    locatePlatform: where.locate,
  });

  it('compares the change log with the platform files', () => {
    expect(checkChangeLog(content(matchingLog))).toEqual([]);
    const [problem] = checkChangeLog(content(matchingLog.replace('    - known-fake phone +12025550142\n', '')));
    expect(problem).toMatchObject({ file: 'tests/fixtures/platforms/valid/acme.yaml', line: 73 });
  });

  it('leaves the comparison out while a platform file or the log has problems of its own', () => {
    const broken = [{ file: 'tests/fixtures/platforms/valid/beta.yaml', field: 'id', message: 'wrong' }];
    expect(checkChangeLog(content('', broken))).toEqual([]);
    expect(checkChangeLog({ ...content(''), changes: undefined })).toEqual([]);
  });
});

describe('the change log of content/platforms/', () => {
  it('records every value of the platform files (npm run check says the same)', () => {
    expect(pendingChanges(loadChanges(), loadPlatforms())).toEqual([]);
  });

  it('is not read as a platform file', () => {
    expect(loadPlatforms().map((platform) => platform.id)).not.toContain('CHANGES');
  });
});

describe('npm run channels:changes', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/changes.ts', '--platforms', validDir, ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    });

  it('prints the entries the log lacks, appends them with --write, and then finds none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signpost-changes-'));
    cpSync(validDir, dir, { recursive: true });
    const log = join(dir, 'CHANGES.yaml');
    writeFileSync(log, '# The log.\n');
    const printed = run(['--log', log, '--date', '2026-11-05']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(
      '- date: 2026-11-05\n  platform: acme\n  summary: WRITE WHAT CHANGED AND WHY\n  added:\n',
    );
    expect(printed.stdout).toContain('    - official phone +12025550100\n');
    expect(run(['--log', log, '--write']).status).toBe(2);
    const written = run(['--log', log, '--write', '--summary', 'First published.', '--date', '2026-11-05']);
    expect(written.stdout).toContain('Added 2 entries');
    expect(readFileSync(log, 'utf8')).toMatch(
      /^# The log\.\n\n- date: 2026-11-05\n {2}platform: acme\n {2}summary: First published\.\n/,
    );
    expect(loadPlatforms(dir)).toHaveLength(2);
    expect(changeLogProblems(loadChanges(log), loadPlatforms(dir), where)).toEqual([]);
    expect(run(['--log', log]).stdout).toContain('records every channel');
  }, 60_000);
});
