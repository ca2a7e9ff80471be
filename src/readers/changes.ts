/** `content/platforms/CHANGES.yaml`: the change log of the channel data, parsed and validated (pure). */
import { changeLogSchema, type ChangeEntry } from '../schemas/changes.ts';
import { schemaError } from './problems.ts';
import { readYaml } from './yaml.ts';

/** The lists of an entry that hold change items. */
export const changeLists = ['added', 'removed', 'changed'] as const;

/** An entry with the lines it is written on, so every problem found later can name its line. */
export interface LoggedChange extends ChangeEntry {
  /** The line of the entry's `- date:`. */
  line: number;
  /** The line of each item of each list. */
  lines: Record<(typeof changeLists)[number], number[]>;
}

/**
 * Parses and validates the change log. An empty file is an empty log. Throws a `ContentError` whose problems name the file, the line, the field (`3.added.1`) and the fix.
 */
export function parseChanges(text: string, file: string): LoggedChange[] {
  const { data, lineOf } = readYaml(text, file);
  const result = changeLogSchema.safeParse(data ?? []);
  if (!result.success) throw schemaError(file, result.error.issues, lineOf);
  return result.data.map((entry, index) => ({
    ...entry,
    line: lineOf([index]),
    lines: Object.fromEntries(
      changeLists.map((list) => [list, entry[list].map((_, at) => lineOf([index, list, at]))]),
    ) as LoggedChange['lines'],
  }));
}
