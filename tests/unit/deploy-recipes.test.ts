/** The deploy recipes that can run here without the host: the CloudFront function, the GitHub Pages folder step, Netlify's folder. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publishDirFor } from '../../src/integrations/publish.ts';
import { recipe } from '../helpers/recipes.ts';

interface ViewerRequest {
  uri: string;
  querystring: Record<string, { value: string }>;
}
type Result = ViewerRequest | { statusCode: number; headers: { location: { value: string } } };

describe('the CloudFront function of docs/deploy.md', () => {
  const handler = runInNewContext(`${recipe('cloudfront-function')}\nhandler`) as (event: {
    request: ViewerRequest;
  }) => Result;
  const run = (uri: string, querystring: ViewerRequest['querystring'] = {}) =>
    handler({ request: { uri, querystring } });

  it('serves index.html for folder paths', () => {
    expect(run('/')).toMatchObject({ uri: '/index.html' });
    expect(run('/help/en/get-help/support-ladder/')).toMatchObject({
      uri: '/help/en/get-help/support-ladder/index.html',
    });
  });
  it('redirects a folder path without its slash, keeping the query', () => {
    expect(run('/help')).toMatchObject({ statusCode: 301, headers: { location: { value: '/help/' } } });
    expect(run('/en/search', { q: { value: 'fees' } })).toMatchObject({
      statusCode: 301,
      headers: { location: { value: '/en/search/?q=fees' } },
    });
  });
  it('leaves files alone', () => {
    for (const uri of [
      '/help/_astro/a.B2c.css',
      '/robots.txt',
      '/.well-known/security.txt',
      '/pagefind/wasm.en.pagefind',
    ])
      expect(run(uri)).toMatchObject({ uri });
  });
});

describe('the GitHub Pages workflow', () => {
  interface Step {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  const workflow = parse(readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: { build: { steps: Step[] } };
  };
  const steps = workflow.jobs.build.steps;

  it('runs from the Actions tab, on push, and when the weekly rebuild (recheck.yml) calls it', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_call', 'workflow_dispatch']);
    const recheck = readFileSync(new URL('../../.github/workflows/recheck.yml', import.meta.url), 'utf8');
    expect(recheck).toContain('uses: ./.github/workflows/pages.yml');
  });

  it('builds for the address and path GitHub gives the site', () => {
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toMatchObject({
      SITE_URL: '${{ vars.SITE_URL || steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
  });

  it.each([
    ['', 'dist-publish'],
    ['/signpost', 'dist-publish/signpost'],
  ])('uploads the folder GitHub maps to the path "%s", without _headers, dot-folders included', (basePath, path) => {
    const folder = steps.find((step) => step.id === 'folder');
    const cwd = mkdtempSync(join(tmpdir(), 'signpost-pages-'));
    mkdirSync(join(cwd, publishDirFor('dist'), 'signpost'), { recursive: true });
    writeFileSync(join(cwd, 'dist-publish', '_headers'), '/*\n');
    const output = join(cwd, 'github-output');
    execFileSync('bash', ['-e', '-c', folder?.run ?? 'false'], {
      cwd,
      env: { ...process.env, BASE_PATH: basePath, GITHUB_OUTPUT: output },
    });
    expect(readFileSync(output, 'utf8')).toBe(`path=${path}\n`);
    expect(existsSync(join(cwd, 'dist-publish', '_headers'))).toBe(false);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: '${{ steps.folder.outputs.path }}', 'include-hidden-files': true });
  });
});

describe('netlify.toml', () => {
  it('publishes the folder the build writes for hosts like Netlify', () => {
    const toml = readFileSync(new URL('../../netlify.toml', import.meta.url), 'utf8');
    expect(toml).toContain(`publish = "${publishDirFor('dist')}"`);
    expect(toml).toContain('command = "npm run build"');
  });
});
