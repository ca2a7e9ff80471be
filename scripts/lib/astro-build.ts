/** Runs `astro build` in a child process with a clean environment, for the baseline, bench and tests. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Variables test runners set for themselves (BASE_URL, MODE, NODE_ENV=test…) that Vite would pick up. */
const runnerVariables = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** Options of {@link astroBuild}. */
export interface AstroBuildOptions {
  /** Project root (default: this project). */
  root?: string;
  outDir?: string;
  /** Extra environment variables, e.g. `BASE_PATH`. */
  env?: Record<string, string>;
}

/** The command line (run with `process.execPath`) and environment of a build, for callers that spawn it themselves. */
export function astroBuildCommand({ root, outDir, env = {} }: AstroBuildOptions = {}): {
  args: string[];
  env: Record<string, string | undefined>;
} {
  const args = [astro, 'build', ...(root ? ['--root', root] : []), ...(outDir ? ['--outDir', outDir] : [])];
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerVariables.test(key)));
  return { args, env: { ...clean, ...env } };
}

/** Builds synchronously; throws if the build fails (its errors go to stderr). */
export function astroBuild(options: AstroBuildOptions = {}): void {
  const { args, env } = astroBuildCommand(options);
  execFileSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
