/**
 * Peak resident memory of a process and all its descendants, sampled from
 * Linux's /proc. Shared pages are counted once per process, as `ps` does.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks of 1/100 s (`USER_HZ`) on every mainstream architecture. */
const MS_PER_TICK = 10;

/**
 * Pid, parent pid and CPU time used so far (user + system) from the text of
 * `/proc/<pid>/stat`; the command name may hold spaces and parentheses.
 */
export function parseStat(text: string): { pid: number; ppid: number; cpuMs: number } | undefined {
  const close = text.lastIndexOf(')');
  if (close === -1) return undefined;
  const pid = Number.parseInt(text, 10);
  // After the command: state, ppid, pgrp, session, tty, tpgid, flags, 4 fault counts, utime, stime.
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const cpuMs = (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  return Number.isInteger(pid) && Number.isInteger(ppid) && Number.isFinite(cpuMs) ? { pid, ppid, cpuMs } : undefined;
}

/** The root and every process below it, given each known process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** Resident memory in bytes from the text of `/proc/<pid>/status`. */
export function parseRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

export interface TreeUsage {
  /** Highest summed resident memory seen. */
  peakRssBytes: number;
  /** CPU time of every process seen in the tree, each at its last sample. */
  cpuMs: number;
}

/**
 * Samples the tree every `intervalMs` until `stop()`. Parents are read once
 * per new pid, so a sample costs one directory listing and two reads per
 * process in the tree.
 */
export function trackProcessTree(root: number, intervalMs = 25): { stop(): TreeUsage } {
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  let peakRssBytes = 0;
  const sample = () => {
    const alive = new Set<number>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      alive.add(pid);
      if (parents.has(pid)) continue;
      const stat = read(`/proc/${pid}/stat`);
      const parsed = stat ? parseStat(stat) : undefined;
      if (parsed) parents.set(pid, parsed.ppid);
    }
    for (const pid of parents.keys()) if (!alive.has(pid)) parents.delete(pid);
    let total = 0;
    for (const pid of descendants(root, parents)) {
      const stat = read(`/proc/${pid}/stat`);
      const parsed = stat ? parseStat(stat) : undefined;
      if (parsed) cpu.set(pid, parsed.cpuMs);
      total += parseRss(read(`/proc/${pid}/status`) ?? '');
    }
    peakRssBytes = Math.max(peakRssBytes, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssBytes, cpuMs: [...cpu.values()].reduce((sum, ms) => sum + ms, 0) };
    },
  };
}
