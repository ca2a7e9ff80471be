import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, projectRoot } from '../../scripts/lib/project-copy.ts';

const temp = mkdtempSync(join(tmpdir(), 'signpost-build-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('scripts/build.ts (npm run build)', () => {
  it('stops the build when the content check fails, and prints the check’s report alone', () => {
    const content = join(temp, 'docs');
    cpSync(join(projectRoot, 'content', 'docs'), content, { recursive: true });
    const article = join(content, 'en', 'fees', 'card-and-bank-fees.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^category: fees$/m, 'category: feez'));
    const project = copyProject(join(temp, 'site/'), content);
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build.ts'), '--root', project], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('en/fees/card-and-bank-fees.mdx');
    expect(run.stderr).toContain('category: "feez" is not a category');
    expect(run.stderr).toContain('✗ build: stopped, the content check found problems');
    // Astro's output, held back until the check was done, is dropped with the build.
    expect(run.stdout).not.toContain('[build]');
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
