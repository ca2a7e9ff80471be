/**
 * `npm run build`: the content check (`scripts/check.ts`) and `astro build` at once. The build's
 * output waits until the check is done; a check that finds problems stops the build and prints its
 * report (file, field and fix) alone. Both run in parallel because the check takes about a second
 * that Astro spends starting up anyway.
 *
 *   npm run build                     # this project
 *   node scripts/build.ts --root DIR  # another copy of it (the bench, tests)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { astroBuildCommand } from './lib/astro-build.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = values.root ?? fileURLToPath(new URL('../', import.meta.url));
// Children write to pipes: keep Astro's colours when this runs in a terminal.
const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

const check = spawn(
  process.execPath,
  [fileURLToPath(new URL('check.ts', import.meta.url)), '--content', join(root, 'content', 'docs')],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...colour } },
);
const { args, env } = astroBuildCommand({ root });
const build = spawn(process.execPath, args, {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...env, ...colour },
});

/** Output of the build held back while the check runs, in order; `undefined` once it flows. */
let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
for (const [from, to] of [
  [build.stdout, process.stdout],
  [build.stderr, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => {
    if (held) held.push([to, chunk]);
    else to.write(chunk);
  });
}
check.stdout.pipe(process.stdout);
check.stderr.pipe(process.stderr);

const exited = (child: typeof check) =>
  new Promise<number>((resolve) => {
    child.once('close', (code, signal) => {
      resolve(code ?? (signal ? 1 : 0));
    });
  });
const [checked, built] = [exited(check), exited(build)];

if ((await checked) !== 0) {
  build.kill();
  await built;
  console.error('✗ build: stopped, the content check found problems (above).');
  process.exit(1);
}
for (const [to, chunk] of held) to.write(chunk);
held = undefined;
process.exit(await built);
