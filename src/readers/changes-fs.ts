/** Reads the change log of the channel data from disk (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChanges, type LoggedChange } from './changes.ts';
import { problemsOf, valueOf, type Loaded } from './problems.ts';
import { recordRead } from './reads.ts';

/** The change log's file name, in the folder of the platform files (which the platform reader skips). */
export const changesFileName = 'CHANGES.yaml';

/** The change log beside the platform files. */
export const changesFile = new URL(`../../content/platforms/${changesFileName}`, import.meta.url);

/** The change log and where it is, from the project root (for problems). */
export interface ChangeLog {
  file: string;
  entries: LoggedChange[];
}

/**
 * The change log at `file` (default `content/platforms/CHANGES.yaml`): its entries, or none and the
 * problems (file, line, field and fix) when one is wrong. A missing file is an empty log.
 */
export function readChanges(file: string | URL = changesFile): Loaded<ChangeLog | undefined> {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const name = relative(process.cwd(), path).replaceAll('\\', '/');
  recordRead('changes');
  if (!existsSync(path)) return { value: { file: name, entries: [] }, problems: [] };
  try {
    return { value: { file: name, entries: parseChanges(readFileSync(path, 'utf8'), name) }, problems: [] };
  } catch (error) {
    return { value: undefined, problems: problemsOf(error, name) };
  }
}

/** The entries of the change log at `file`; throws with every problem when one is wrong. */
export function loadChanges(file: string | URL = changesFile): LoggedChange[] {
  return valueOf(readChanges(file))?.entries ?? [];
}
