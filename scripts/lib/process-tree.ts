/** Memory and CPU of a process and its descendants, read from Linux `/proc`, for the build benchmark. */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory in bytes from the text of `/proc/<pid>/status` (`VmRSS`), 0 when absent (a zombie). */
export function parseRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Fields of `/proc/<pid>/stat`: the parent and the CPU ticks of the process and of its waited-for children. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime, in clock ticks. */
  ticks: number;
  /** cutime + cstime: children that have exited and been waited for, in clock ticks. */
  childTicks: number;
}

/** Parses `/proc/<pid>/stat`; the command name may hold spaces and parentheses, so fields count from the last `)`. */
export function parseStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text, 10);
  // After ") ": state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), numbered from 1.
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const at = (field: number) => Number(fields[field - 3]);
  if (Number.isNaN(pid) || fields.length < 15) return undefined;
  return { pid, ppid: at(4), ticks: at(14) + at(15), childTicks: at(16) + at(17) };
}

/** `root` and every process below it, given each process's parent. */
export function descendants(parents: ReadonlyMap<number, number>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() ?? root;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
};

/** Resident memory, in bytes, of `root` and all its descendants now. */
export function treeRss(root: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = parseStat(read(`/proc/${name}/stat`));
    if (stat) parents.set(stat.pid, stat.ppid);
  }
  return descendants(parents, root).reduce((sum, pid) => sum + parseRss(read(`/proc/${pid}/status`)), 0);
}

/** Clock ticks per second of `/proc` CPU times (USER_HZ; 100 on Linux). */
export const ticksPerSecond = 100;

/** CPU time, in ms, of this process's finished and waited-for children (and theirs), or undefined off Linux. */
export function childrenCpuMs(): number | undefined {
  const stat = parseStat(read('/proc/self/stat'));
  return stat ? (stat.childTicks * 1000) / ticksPerSecond : undefined;
}

/** Samples the tree's resident memory every `intervalMs` and keeps the peak; call `stop()` for it. */
export function watchPeakRss(root: number, intervalMs = 100): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
