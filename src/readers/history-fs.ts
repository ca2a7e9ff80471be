/**
 * When each article last changed, from git: one `git log` over `content/docs/`, and `git status`
 * for changes not committed yet (Node only). Without git, or outside a repository, there is no
 * history and no translation counts as outdated.
 */
import { execFileSync } from 'node:child_process';
import type { Change, LastChange } from '../lib/translation-status.ts';
import { recordRead } from './reads.ts';

/** Runs git in `root`; `undefined` when git is missing or `root` is not in a repository. */
function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The last change of every article file, by its path under `content/docs/` (`zh-cn/fees/x.mdx`). */
export function readDocsHistory(root: string): Map<string, LastChange> {
  recordRead('history');
  const last = new Map<string, LastChange>();
  const prefix = 'content/docs/';
  const status = git(root, ['status', '--porcelain', '--', prefix]) ?? '';
  const now = new Date().toISOString();
  for (const line of status.split('\n')) {
    const path = line.slice(3).trim();
    if (path.startsWith(prefix)) last.set(path.slice(prefix.length), { order: -1, commit: 'working tree', date: now });
  }
  const log = git(root, ['log', '--format=%x00%H %cI', '--name-only', '--', prefix]) ?? '';
  log
    .split('\0')
    .slice(1)
    .forEach((entry, order) => {
      const [head = '', ...files] = entry.trim().split('\n');
      const [commit = '', date = ''] = head.split(' ');
      for (const file of files) {
        const path = file.trim().slice(prefix.length);
        if (file.startsWith(prefix) && !last.has(path)) last.set(path, { order, commit, date });
      }
    });
  return last;
}

/** Lines added and removed in `content/docs/<path>` since `commit` (to the working tree). */
export function changeSince(root: string, commit: string, path: string): Change | undefined {
  const numstat = git(root, ['diff', '--numstat', commit, '--', `content/docs/${path}`]);
  if (numstat === undefined) return undefined;
  const [added = '0', removed = '0'] = numstat.trim().split(/\s+/);
  return { added: Number(added) || 0, removed: Number(removed) || 0 };
}
