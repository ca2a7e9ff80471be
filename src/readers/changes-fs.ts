/** Reads the change log of the channel data from disk (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChanges, type LoggedChange } from './changes.ts';
import { recordRead } from './reads.ts';

/** The change log's file name, in the folder of the platform files (which the platform reader skips). */
export const changesFileName = 'CHANGES.yaml';

/** The change log beside the platform files, relative to the project root. */
export const changesFile = new URL(`../../content/platforms/${changesFileName}`, import.meta.url);

/**
 * The change log at `file` (default `content/platforms/CHANGES.yaml`), validated; a missing file is
 * an empty log. Throws a `ContentError` with file, line, field and fix when an entry is wrong.
 */
export function loadChanges(file: string | URL = changesFile): LoggedChange[] {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  recordRead('changes');
  if (!existsSync(path)) return [];
  return parseChanges(readFileSync(path, 'utf8'), relative(process.cwd(), path).replaceAll('\\', '/'));
}
