/**
 * Peak resident memory of a process and all its descendants, sampled from
 * Linux's /proc. Shared pages are counted once per process, as `ps` does.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Pid and parent pid from the text of `/proc/<pid>/stat`; the command name may hold spaces and parentheses. */
export function parseStat(text: string): { pid: number; ppid: number } | undefined {
  const close = text.lastIndexOf(')');
  if (close === -1) return undefined;
  const pid = Number.parseInt(text, 10);
  const ppid = Number(text.slice(close + 2).split(' ')[1]);
  return Number.isInteger(pid) && Number.isInteger(ppid) ? { pid, ppid } : undefined;
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

/**
 * Samples the tree's summed RSS every `intervalMs` until `stop()`, which
 * returns the highest sum seen. Parents are read once per new pid, so a
 * sample costs one directory listing and one read per process in the tree.
 */
export function trackPeakRss(root: number, intervalMs = 25): { stop(): number } {
  const parents = new Map<number, number>();
  let peak = 0;
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
    for (const pid of descendants(root, parents)) total += parseRss(read(`/proc/${pid}/status`) ?? '');
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
