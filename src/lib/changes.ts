/**
 * The change log replayed: from an empty start, each entry adds, removes or touches keys
 * (`official phone +18889087930`), and at the end the log must hold exactly the keys the platform
 * files do. What differs is a problem naming the line to fix and the entry to write. Pure.
 */
import type { Platform } from '../schemas/platform.ts';
import type { LoggedChange } from '../readers/changes.ts';
import type { Problem } from '../readers/problems.ts';
import { factKeys, platformFacts } from './facts.ts';

/** Where a key was last added: its entry's date and the file and line of the item. */
interface Origin {
  date: string;
  line: number;
}

/** Each platform's keys as the log leaves them, with where each was added. */
export type ChangeState = Map<string, Map<string, Origin>>;

/** Where the platform files and the log are, for problems. */
export interface ChangeLocations {
  /** The change log, from the project root. */
  log: string;
  /** A platform's file and the line of a field in it. */
  locate: (platform: string, path: readonly PropertyKey[]) => { file: string; line?: number };
}

/** Where a value is written in its platform file: `channels.3`, or `unclear.2.values.1`. */
export type KeyPath = readonly (string | number)[];

/** What the platform files hold: every platform's keys, each with where it is written. */
export function dataKeys(platforms: readonly Platform[]): Map<string, Map<string, KeyPath>> {
  return new Map(
    platforms.map((platform) => [
      platform.id,
      new Map(
        platformFacts(platform).flatMap((fact) =>
          factKeys(fact).map((key, at): [string, KeyPath] => [
            key,
            fact.section === 'unclear' ? [fact.section, fact.index, 'values', at] : [fact.section, fact.index],
          ]),
        ),
      ),
    ]),
  );
}

/** Replays the log from an empty start; problems where an entry is out of order or does not fit what came before. */
export function replayChanges(log: readonly LoggedChange[], file: string): { state: ChangeState; problems: Problem[] } {
  const state: ChangeState = new Map();
  const problems: Problem[] = [];
  let previous = '';
  log.forEach((entry, index) => {
    if (entry.date < previous) {
      problems.push({
        file,
        line: entry.line,
        field: `${index}.date`,
        message: `${entry.date} comes after an entry of ${previous}; keep the entries oldest first and add new ones at the end`,
      });
    }
    previous = entry.date > previous ? entry.date : previous;
    const keys = state.get(entry.platform) ?? new Map<string, Origin>();
    state.set(entry.platform, keys);
    const where = (list: 'added' | 'removed' | 'changed', at: number) => ({
      file,
      line: entry.lines[list][at] ?? entry.line,
      field: `${index}.${list}.${at}`,
    });
    entry.removed.forEach((key, at) => {
      if (!keys.delete(key)) {
        problems.push({
          ...where('removed', at),
          message: `${key} is not in ${entry.platform}'s data at this point of the log; it was never added, or already removed`,
        });
      }
    });
    entry.changed.forEach((key, at) => {
      if (!keys.has(key) && !entry.added.includes(key)) {
        problems.push({
          ...where('changed', at),
          message: `${key} is not in ${entry.platform}'s data at this point of the log; a changed value must have been added before`,
        });
      }
    });
    entry.added.forEach((key, at) => {
      const before = keys.get(key);
      if (before) {
        problems.push({
          ...where('added', at),
          message: `${key} was already added on ${before.date} (line ${before.line}) and not removed since; remove this line`,
        });
      }
      keys.set(key, { date: entry.date, line: entry.lines.added[at] ?? entry.line });
    });
  });
  return { state, problems };
}

/** Per platform, what the log lacks to match the data: keys to add and keys to remove. */
export interface PendingChange {
  platform: string;
  added: string[];
  removed: string[];
}

/** The changes the data holds that the log does not record, platform by platform (sorted by id). */
export function pendingChanges(log: readonly LoggedChange[], platforms: readonly Platform[]): PendingChange[] {
  const { state } = replayChanges(log, '');
  const data = dataKeys(platforms);
  const ids = [...new Set([...data.keys(), ...state.keys()])].sort();
  return ids
    .map((platform) => {
      const have = data.get(platform) ?? new Map();
      const logged = state.get(platform) ?? new Map();
      return {
        platform,
        added: [...have.keys()].filter((key) => !logged.has(key)),
        removed: [...logged.keys()].filter((key) => !have.has(key)),
      };
    })
    .filter((pending) => pending.added.length + pending.removed.length > 0);
}

/** The fix every mismatch names. */
const howToFix = 'npm run channels:changes prints the entry to add';

/** `a, b, c and 4 more`. */
function someOf(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).join(', ');
  return keys.length > 3 ? `${shown} and ${keys.length - 3} more` : shown;
}

/**
 * Every problem of the log against the data: entries that do not fit their past; per platform, the
 * values of its file the log never added (named at the line of the first) and the values the log
 * still has that the file dropped (named at the line that added the first).
 */
export function changeLogProblems(
  log: readonly LoggedChange[],
  platforms: readonly Platform[],
  where: ChangeLocations,
): Problem[] {
  const { state, problems } = replayChanges(log, where.log);
  const data = dataKeys(platforms);
  for (const { platform, added, removed } of pendingChanges(log, platforms)) {
    const [firstAdded] = added;
    if (firstAdded !== undefined) {
      const path = data.get(platform)?.get(firstAdded) ?? [];
      const { file, line } = where.locate(platform, path);
      problems.push({
        file,
        ...(line === undefined ? {} : { line }),
        field: path.join('.') || 'id',
        message: `${someOf(added)}: not in the change log; add an entry to ${where.log} with ${added.length === 1 ? 'it' : 'them'} under \`added:\` (${howToFix})`,
      });
    }
    const [firstRemoved] = removed;
    if (firstRemoved !== undefined) {
      const origin = state.get(platform)?.get(firstRemoved);
      problems.push({
        file: where.log,
        ...(origin ? { line: origin.line } : {}),
        field: platform,
        message: `${someOf(removed)}: in the change log but no longer in ${platform}'s data; add an entry with ${removed.length === 1 ? 'it' : 'them'} under \`removed:\` (${howToFix})`,
      });
    }
  }
  return problems;
}

/** One change as a feed shows it. */
export interface FeedChange {
  type: 'added' | 'removed' | 'changed';
  /** The key as the log writes it, after the change (for a status change, the new status). */
  key: string;
  /** For a status change (`unclear` to `official`), the status before. */
  from?: string;
}

/**
 * The changes of one entry as a reader sees them: a value removed under one status and added under
 * another (`unclear phone X` to `official phone X`) is one change of status; the rest as written.
 */
export function entryChanges(entry: Pick<LoggedChange, 'added' | 'removed' | 'changed'>): FeedChange[] {
  const rest = (key: string) => key.slice(key.indexOf(' ') + 1);
  const status = (key: string) => key.slice(0, key.indexOf(' '));
  const moved = new Map(entry.removed.map((key) => [rest(key), key]));
  const changes: FeedChange[] = [];
  for (const key of entry.added) {
    const before = moved.get(rest(key));
    if (before !== undefined) {
      changes.push({ type: 'changed', key, from: status(before) });
      moved.delete(rest(key));
    } else {
      changes.push({ type: 'added', key });
    }
  }
  for (const key of entry.removed) if (moved.get(rest(key)) === key) changes.push({ type: 'removed', key });
  for (const key of entry.changed) changes.push({ type: 'changed', key });
  return changes;
}
