import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocale } from '../../src/config/locales.ts';
import { astroBuildCommand } from '../../scripts/lib/astro-build.ts';
import { copyProject, projectRoot } from '../../scripts/lib/project-copy.ts';

const temp = mkdtempSync(join(tmpdir(), 'signpost-build-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('astro build (npm run build)', () => {
  it('runs the writers’ check first and stops with its report, before building anything', () => {
    const content = join(temp, 'docs');
    cpSync(join(projectRoot, 'content', 'docs'), content, { recursive: true });
    const article = join(content, defaultLocale, 'fees', 'card-and-bank-fees.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^category: fees$/m, 'category: feez'));
    // Inside this project, so the copy finds its packages one level up.
    const project = copyProject(join(projectRoot, '.cache', 'build-check-site/'), content);
    const { args, env } = astroBuildCommand({ root: project });
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: project, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    // The report ends the output: the file and line, the field and the fix, and the count.
    expect(lines.slice(-4)).toEqual([
      `content/docs/${defaultLocale}/fees/card-and-bank-fees.mdx:4`,
      expect.stringContaining('✗ category: "feez" is not a category'),
      '',
      '✗ check: 1 problem(s) in the content. Fix them and build again.',
    ]);
    expect(run.stdout).not.toContain('building client');
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 40_000);
});
