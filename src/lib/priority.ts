/** Lower scheduling priority for the build's background processes, so page rendering keeps its core. */
import { readdirSync, readFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/** Child processes of this process whose command name starts with `name` (Linux, from /proc; elsewhere none). */
export function childProcesses(name: string): number[] {
  try {
    const children = readdirSync(`/proc/${process.pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean),
    );
    return children.map(Number).filter((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith(name));
  } catch {
    return [];
  }
}

/**
 * Puts process `pid` at low priority, every thread of it (on Linux a priority is a thread's, and
 * a process's threads started before this call keep their own). Does nothing where it is not allowed.
 */
export function lowerPriority(pid: number): void {
  let tasks: number[] = [pid];
  try {
    tasks = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    // No /proc: the process as a whole.
  }
  for (const task of tasks) {
    try {
      setPriority(task, constants.priority.PRIORITY_LOW);
    } catch {
      // Gone, or not allowed: it keeps its priority.
    }
  }
}
