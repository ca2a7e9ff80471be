/** The built pages of an output directory, for the build steps that read them after Astro. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `.html` file under `dir`, as absolute paths, sorted. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
