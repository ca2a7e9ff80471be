/** `content/platforms/<id>.yaml`: one platform's channel data, parsed and validated (pure). */
import { platformSchema, type Platform } from '../schemas/platform.ts';
import { ContentError, schemaError, type Problem } from './problems.ts';
import { readYaml } from './yaml.ts';

/**
 * Parses and validates one platform file. Throws a {@link ContentError} whose message starts with
 * `file`, then one line per problem: the file and line, the field (e.g. `channels.2.value`) and the fix.
 */
export function parsePlatform(text: string, file: string): Platform {
  const { data, lineOf } = readYaml(text, file);
  const result = platformSchema.safeParse(data);
  if (!result.success) throw schemaError(file, result.error.issues, lineOf);
  return result.data;
}

/** The file name without its folder. */
const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** Problems of a set of platforms together: ids equal their file names and are unique, no domain has two owners. */
export function platformSetProblems(entries: readonly { file: string; platform: Platform }[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const { file, platform } of entries) {
    const name = baseName(file);
    if (platform.id !== name.replace(/\.ya?ml$/, '')) {
      problems.push({
        file,
        field: 'id',
        message: `the id is "${platform.id}" but the file is ${name}; rename one to match`,
      });
    }
    const other = ids.get(platform.id);
    if (other)
      problems.push({ file, field: 'id', message: `"${platform.id}" is also the id of ${other}; ids must be unique` });
    ids.set(platform.id, file);
    for (const domain of platform.domains) {
      const owner = owners.get(domain);
      if (owner) {
        problems.push({
          file,
          field: 'domains',
          message: `${domain} is also listed by ${owner}; a domain has one owner, remove it here or there`,
        });
      }
      owners.set(domain, file);
    }
  }
  return problems;
}

/** Throws the first problem of {@link platformSetProblems}, as `file: field: fix`. */
export function checkPlatformSet(entries: readonly { file: string; platform: Platform }[]): void {
  const [first] = platformSetProblems(entries);
  if (first) throw new ContentError(`${first.file}: ${first.field}: ${first.message}`, [first]);
}
