/** The weekly re-check workflow (.github/workflows/recheck.yml): what it runs, and its shell steps run here. */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  uses?: string;
  steps?: Step[];
  permissions?: Record<string, string>;
}
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const workflow = parse(read('.github/workflows/recheck.yml')) as {
  on: { schedule: { cron: string }[]; workflow_dispatch: null };
  jobs: Record<string, Job>;
};
const steps = (job: string) => workflow.jobs[job]?.steps ?? [];
const step = (job: string, name: string) => {
  const found = steps(job).find((entry) => entry.name === name);
  if (!found?.run) throw new Error(`no step "${name}" with a run script in job ${job}`);
  return { ...found, run: found.run };
};

/** Runs a step's script with bash -e, as GitHub does, in `cwd` with `env`. */
const runStep = (script: string, cwd: string, env: Record<string, string>) =>
  execFileSync('bash', ['-e', '-c', script], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });

describe('the re-check workflow', () => {
  it('runs weekly and from the Actions tab', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('runs the npm script that exists, and keeps its report whatever the outcome', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(steps('recheck').some((entry) => entry.run === 'npm run channels:recheck')).toBe(true);
    expect(scripts['channels:recheck']).toBe('node scripts/recheck.ts');
    const upload = steps('recheck').find((entry) => entry.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toMatchObject({ if: 'always()', with: { path: '.cache/recheck/' } });
  });

  it('puts the Markdown report in the job summary, or says there is none', () => {
    const { run } = step('recheck', 'Show the report in the job summary');
    const cwd = mkdtempSync(join(tmpdir(), 'signpost-recheck-wf-'));
    const summary = join(cwd, 'summary.md');
    runStep(run, cwd, { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toContain('wrote no report');
    mkdirSync(join(cwd, '.cache/recheck'), { recursive: true });
    writeFileSync(join(cwd, '.cache/recheck/report.md'), '# Channel data re-check\n');
    runStep(run, cwd, { GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toContain('# Channel data re-check');
  });

  it('builds with the repository variables that are set, and no empty ones', () => {
    const { run, env } = step('rebuild', 'Build');
    expect(Object.keys(env ?? {}).sort()).toEqual(['BASE_PATH', 'SECURITY_CONTACT', 'SITE_URL']);
    const cwd = mkdtempSync(join(tmpdir(), 'signpost-recheck-wf-'));
    // A stand-in npm that prints what the build would see.
    mkdirSync(join(cwd, 'bin'));
    writeFileSync(
      join(cwd, 'bin/npm'),
      '#!/bin/sh\necho "SITE_URL=${SITE_URL-unset} BASE_PATH=${BASE_PATH-unset} ARGS=$*"\n',
    );
    chmodSync(join(cwd, 'bin/npm'), 0o755);
    const output = runStep(run, cwd, {
      PATH: `${join(cwd, 'bin')}:${process.env['PATH'] ?? ''}`,
      SITE_URL: '',
      BASE_PATH: '/help/',
      SECURITY_CONTACT: '',
    });
    expect(output.trim()).toBe('SITE_URL=unset BASE_PATH=/help/ ARGS=run build');
  });

  it('calls the deploy hook only when one is set', async () => {
    const { run } = step('rebuild', 'Ask the host to rebuild');
    const cwd = mkdtempSync(join(tmpdir(), 'signpost-recheck-wf-'));
    const summary = join(cwd, 'summary.md');
    writeFileSync(summary, '');
    runStep(run, cwd, { BUILD_HOOK: '', GITHUB_STEP_SUMMARY: summary });
    expect(readFileSync(summary, 'utf8')).toBe('');
    const methods: string[] = [];
    const server = createServer((request, response) => {
      methods.push(request.method ?? '');
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const hook = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
    try {
      await new Promise<void>((resolve, reject) => {
        // Asynchronously, so that this process's server can answer curl.
        const child = spawn('bash', ['-e', '-c', run], {
          cwd,
          env: { ...process.env, BUILD_HOOK: hook, GITHUB_STEP_SUMMARY: summary },
          stdio: 'ignore',
        });
        child.on('close', (code) => {
          if (code === 0) resolve();
          else reject(new Error(`exit ${code ?? '?'}`));
        });
      });
    } finally {
      server.close();
    }
    expect(methods).toEqual(['POST']);
    expect(readFileSync(summary, 'utf8')).toContain('Deploy hook called.');
  });

  it('deploys through the Pages workflow only where the repository deploys to GitHub Pages', () => {
    expect(workflow.jobs['rebuild']?.if).toBe("vars.SIGNPOST_PAGES != 'true'");
    expect(workflow.jobs['deploy']).toMatchObject({
      if: "vars.SIGNPOST_PAGES == 'true'",
      uses: './.github/workflows/pages.yml',
      permissions: { pages: 'write', 'id-token': 'write' },
    });
    const pages = parse(read('.github/workflows/pages.yml')) as { on: Record<string, unknown> };
    expect(pages.on).toHaveProperty('workflow_call');
  });
});
