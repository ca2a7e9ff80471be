/** Reads platform channel data: parses and validates one YAML text, or every file of `content/platforms/` (Node). */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument, YAMLParseError, type Document } from 'yaml';
import { platformSchema, type Platform } from '../schemas/platform.ts';

/** Where the platform files live, relative to the project root. */
export const platformsDir = new URL('../../content/platforms/', import.meta.url);

/** A platform file read as a YAML document, with a way to find the line of any field. */
export interface PlatformDocument {
  data: unknown;
  /** The 1-based line where the field at `path` (e.g. `['channels', 2, 'checked']`) is written, or its nearest written parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Reads one platform file's YAML; throws with the file, the line and the fix when the YAML is malformed. */
export function readPlatformDocument(text: string, file: string): PlatformDocument {
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
    const [error] = document.errors;
    if (error) throw error;
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}` : '';
    const reason = (error as Error).message.split('\n')[0] ?? '';
    throw new Error(`${file}${where}: the YAML is malformed (${reason}); check indentation and quotes`, {
      cause: error,
    });
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node: unknown = document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { data: document.toJS(), lineOf };
}

/**
 * Parses and validates one platform file. Throws an Error whose message starts with `file`,
 * then one line per problem: the file and line, the field (e.g. `channels.2.value`) and the fix.
 */
export function parsePlatform(text: string, file: string): Platform {
  const { data, lineOf } = readPlatformDocument(text, file);
  const result = platformSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ✗ ${file}:${lineOf(issue.path)} ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${file}: ${problems.length} problem(s)\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Checks a set of platforms together: ids equal their file names and are unique, no domain has two owners. */
export function checkPlatformSet(entries: readonly { file: string; platform: Platform }[]): void {
  const owners = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const { file, platform } of entries) {
    const expected = basename(file).replace(/\.ya?ml$/, '');
    if (platform.id !== expected) {
      throw new Error(`${file}: id: the id is "${platform.id}" but the file is ${basename(file)}; rename one to match`);
    }
    const other = ids.get(platform.id);
    if (other) throw new Error(`${file}: id: "${platform.id}" is also the id of ${other}; ids must be unique`);
    ids.set(platform.id, file);
    for (const domain of platform.domains) {
      const owner = owners.get(domain);
      if (owner) {
        throw new Error(
          `${file}: domains: ${domain} is also listed by ${owner}; a domain has one owner, remove it here or there`,
        );
      }
      owners.set(domain, file);
    }
  }
}

/** Loads every `*.yaml`/`*.yml` file of `dir` (default `content/platforms/`), validated, sorted by id. */
export function loadPlatforms(dir: string | URL = platformsDir): Platform[] {
  const root = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const files = readdirSync(root)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const entries = files.map((name) => {
    const file = join(root, name);
    const label = relative(process.cwd(), file).replaceAll('\\', '/');
    return { file: label, platform: parsePlatform(readFileSync(file, 'utf8'), label) };
  });
  checkPlatformSet(entries);
  return entries.map(({ platform }) => platform).sort((a, b) => a.id.localeCompare(b.id));
}
