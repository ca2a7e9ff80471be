/** `npm start` / `npm run preview`: a port already in use gives one line that says how to choose another. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/project-copy.ts';

const dir = mkdtempSync(join(tmpdir(), 'signpost-serve-cli-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
let busy: Server;
let port = 0;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  const address = busy.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => {
  busy.close();
});

/** Runs scripts/serve.ts as `npm <event>` would, and returns its exit status and output. */
const serve = (args: string[], event = 'start') =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts', 'serve.ts'), '--dir', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, npm_lifecycle_event: event },
    timeout: 10_000,
  });

describe('scripts/serve.ts', () => {
  it('stops with one line naming --port when the port is in use', () => {
    const run = serve(['--port', String(port)]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`✗ Port ${port} is already in use. Choose another: npm start -- --port ${port + 1}`);
    expect(serve(['--port', String(port)], 'preview').stderr).toContain('npm run preview -- --port');
  });
  it('says what a port must be', () => {
    const run = serve(['--port', 'http']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      '✗ --port must be a number from 1 to 65535, not "http". Example: npm start -- --port 8080',
    );
    expect(serve(['--prot', '80']).stderr).toMatch(/^✗ Unknown option '--prot'.*Usage: npm start -- --port 8080\n$/);
  });
});
