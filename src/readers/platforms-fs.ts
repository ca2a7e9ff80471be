/** Reads `content/platforms/` from disk: every platform file, validated alone and as a set (Node only). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Platform } from '../schemas/platform.ts';
import { parsePlatform, platformSetProblems } from './platforms.ts';
import { ContentError, problemsOf, type Loaded } from './problems.ts';
import { recordRead } from './reads.ts';
import { readYaml } from './yaml.ts';
import { changesFileName } from './changes-fs.ts';

/** Where the platform files live, relative to the project root. */
export const platformsDir = new URL('../../content/platforms/', import.meta.url);

/** Every `*.yaml`/`*.yml` file of `dir`, each parsed, and the messages of those that failed. */
function readFiles(dir: string | URL) {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  recordRead('platforms');
  const files = readdirSync(root)
    .filter((name) => /\.ya?ml$/.test(name) && name !== changesFileName)
    .sort();
  const entries: { file: string; platform: Platform }[] = [];
  const failures: { message: string; problems: ReturnType<typeof problemsOf> }[] = [];
  for (const name of files) {
    const file = relative(process.cwd(), join(root, name)).replaceAll('\\', '/');
    try {
      entries.push({ file, platform: parsePlatform(readFileSync(join(root, name), 'utf8'), file) });
    } catch (error) {
      failures.push({ message: (error as Error).message, problems: problemsOf(error, file) });
    }
  }
  for (const problem of platformSetProblems(entries)) {
    failures.push({ message: `${problem.file}: ${problem.field}: ${problem.message}`, problems: [problem] });
  }
  const platforms = entries.map(({ platform }) => platform).sort((a, b) => a.id.localeCompare(b.id));
  return { platforms, failures };
}

/** Every platform of `dir` (default `content/platforms/`) that reads well, sorted by id, and the problems of the others. */
export function readPlatforms(dir: string | URL = platformsDir): Loaded<Platform[]> {
  const { platforms, failures } = readFiles(dir);
  return { value: platforms, problems: failures.flatMap(({ problems }) => problems) };
}

/** Every platform of `dir`, validated, sorted by id; throws with every file's problems when one is wrong. */
export function loadPlatforms(dir: string | URL = platformsDir): Platform[] {
  const { platforms, failures } = readFiles(dir);
  if (failures.length > 0) {
    throw new ContentError(
      failures.map(({ message }) => message).join('\n'),
      failures.flatMap(({ problems }) => problems),
    );
  }
  return platforms;
}

/** Where a platform's file is (from the project root) and the line a field is written on. */
export type PlatformLocator = (platform: string, path: readonly PropertyKey[]) => { file: string; line?: number };

/**
 * Finds each platform's file in `dir` (named after its id) and the line of any field in it, for
 * tools that report on facts after loading them (the change-log check, the re-check). Each file is
 * read once, when first asked for.
 */
export function platformLocator(dir: string | URL = platformsDir): PlatformLocator {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = new Map<string, { file: string; lineOf?: (path: readonly PropertyKey[]) => number }>();
  return (platform, path) => {
    let entry = files.get(platform);
    if (!entry) {
      const name = [`${platform}.yaml`, `${platform}.yml`].find((candidate) => existsSync(join(root, candidate)));
      const file = relative(process.cwd(), join(root, name ?? `${platform}.yaml`)).replaceAll('\\', '/');
      entry = name ? { file, lineOf: readYaml(readFileSync(join(root, name), 'utf8'), file).lineOf } : { file };
      files.set(platform, entry);
    }
    return { file: entry.file, ...(entry.lineOf ? { line: entry.lineOf(path) } : {}) };
  };
}
