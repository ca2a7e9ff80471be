import { describe, expect, it } from 'vitest';
import { descendants, parseRss, parseStat, treeRss } from '../../scripts/lib/process-tree.ts';

const status = (rss: string) =>
  `Name:\tnode\nUmask:\t0022\nState:\tS (sleeping)\nVmPeak:\t 2000 kB\n${rss}Threads:\t11\n`;

describe('/proc parsers', () => {
  it('reads VmRSS in bytes, and 0 for a zombie without it', () => {
    expect(parseRss(status('VmRSS:\t  123456 kB\n'))).toBe(123456 * 1024);
    expect(parseRss(status(''))).toBe(0);
  });

  it('reads the parent and CPU ticks even when the command name has spaces and parentheses', () => {
    const fields = ['S', '41', ...Array.from({ length: 9 }, () => '0'), '250', '50', '1000', '200', '20', '0'];
    expect(parseStat(`4242 (my (odd) name) ${fields.join(' ')}`)).toEqual({
      pid: 4242,
      ppid: 41,
      ticks: 300,
      childTicks: 1200,
    });
    expect(parseStat('')).toBeUndefined();
  });

  it('finds the whole tree below a process and nothing else', () => {
    const parents = new Map([
      [1, 0],
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
    ]);
    expect(descendants(parents, 10).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
    expect(descendants(parents, 13)).toEqual([13]);
  });

  it.runIf(process.platform === 'linux')('measures this process’s resident memory from /proc', () => {
    const rss = treeRss(process.pid);
    expect(rss).toBeGreaterThan(10 * 1024 * 1024);
    expect(rss).toBeLessThan(process.memoryUsage().rss * 4);
  });
});
