/**
 * Counts how often each content source is read from disk, so a build can show (and a test can
 * prove) that each is read once. With `SIGNPOST_READ_LOG=<file>` every read is also appended to that
 * file, which counts the reads of every process of a build (Node only).
 */
import { appendFileSync } from 'node:fs';

const key = Symbol.for('signpost:content-reads');
const scope = globalThis as unknown as Record<symbol, Map<string, number> | undefined>;
/** The counts of this process, shared by every copy of this module (Astro loads the config and the content layer apart). */
const counts = (scope[key] ??= new Map<string, number>());

/** Records one read of `source` (`docs`, `i18n`, `platforms`, `search`, `plan`…). */
export function recordRead(source: string): void {
  counts.set(source, (counts.get(source) ?? 0) + 1);
  const log = process.env['SIGNPOST_READ_LOG'];
  if (log) appendFileSync(log, `${source}\t${process.pid}\n`);
}

/** How often each source was read by this process so far. */
export function readCounts(): ReadonlyMap<string, number> {
  return new Map(counts);
}
