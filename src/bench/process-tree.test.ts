import { expect, test } from 'vitest';
import { descendants, parseRss, parseStat } from './process-tree.ts';

test('parseStat reads pid, parent pid and user + system CPU time even when the command name holds spaces and parentheses', () => {
  expect(parseStat('4242 (node) S 4200 4242 17 0 -1 4194304 100 0 0 0 250 31 7 2 20 0')).toEqual({ pid: 4242, ppid: 4200, cpuMs: 2810 });
  expect(parseStat('77 (my (odd) name) R 1 77 77 0 -1 0 0 0 0 0 3 1 0 0')).toEqual({ pid: 77, ppid: 1, cpuMs: 40 });
  expect(parseStat('garbage')).toBeUndefined();
});

test('descendants walks children, grandchildren and no unrelated process', () => {
  const parents = new Map([
    [10, 1],
    [11, 10],
    [12, 10],
    [13, 12],
    [20, 1],
    [21, 20],
  ]);
  expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
  expect(descendants(99, parents)).toEqual([99]);
});

test('parseRss reads VmRSS in bytes and is 0 for a process without one', () => {
  expect(parseRss('Name:\tnode\nVmPeak:\t 900 kB\nVmRSS:\t  524288 kB\nRssAnon:\t 1 kB\n')).toBe(524288 * 1024);
  expect(parseRss('Name:\tkthreadd\n')).toBe(0);
});
