import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childProcesses, lowerPriority } from '../../src/lib/priority.ts';

describe.runIf(existsSync(`/proc/${process.pid}/task/${process.pid}/children`))(
  'childProcesses and lowerPriority (Linux)',
  () => {
    it('finds a child by its command name and lowers the priority of all its threads', async () => {
      const child = spawn('sleep', ['5']);
      try {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const pid = child.pid ?? -1;
        expect(childProcesses('sleep')).toContain(pid);
        expect(childProcesses('no-such-command')).toEqual([]);
        expect(getPriority(pid)).toBe(getPriority());
        lowerPriority(pid);
        expect(getPriority(pid)).toBe(19);
      } finally {
        child.kill();
      }
    });
    it('leaves an unknown process alone', () => {
      expect(() => {
        lowerPriority(2 ** 22 + 12345);
      }).not.toThrow();
    });
  },
);
