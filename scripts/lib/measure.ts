/** Runs a command while measuring wall time, CPU time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { childrenCpuMs, watchPeakRss } from './process-tree.ts';

/** One line the command printed, with the ms since it started. */
export interface TimedLine {
  t: number;
  text: string;
}

/** What {@link measureCommand} saw. */
export interface Measurement {
  wallMs: number;
  /** User + system CPU of the tree, when `/proc` tells it. */
  cpuMs: number | undefined;
  /** Peak of the summed resident memory of the process and its descendants, in bytes. */
  peakRss: number;
  /** stdout and stderr lines, timestamped on arrival (colour codes removed). */
  lines: TimedLine[];
}

/** Runs `command args` to its end; rejects with the last lines of output when it fails. */
export function measureCommand(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Measurement> {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = watchPeakRss(child.pid ?? process.pid);
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      // eslint-disable-next-line no-control-regex -- ANSI colour codes
      lines.push({ t: performance.now() - start, text: line.replace(/\u001b\[[0-9;]*m/g, '') });
    });
  }
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const wallMs = performance.now() - start;
      const peakRss = watch.stop();
      const cpuAfter = childrenCpuMs();
      if (code !== 0) {
        const tail = lines.slice(-30).map((line) => line.text);
        reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${tail.join('\n')}`));
        return;
      }
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ wallMs, cpuMs, peakRss, lines });
    });
  });
}
