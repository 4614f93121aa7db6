/**
 * CPU time of the benchmark's Chromium, per process kind (the browser, the page's renderer, the
 * GPU process where software WebGL rasterizes), read from /proc (Linux): what a frame costs
 * beyond the page's own clock, summed over threads.
 */
import { readdirSync, readFileSync } from 'node:fs';

export type CpuByKind = Record<string, number>;

const TICK_MS = 10; // USER_HZ = 100 on Linux

function stat(pid: string): { ppid: string; ms: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    return { ppid: f[1], ms: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return null; // gone meanwhile
  }
}

function kindOf(pid: string): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
  } catch {
    return 'gone';
  }
}

/** CPU ms so far of every process below `rootPid` (the Chromium that playwright started), summed by kind. */
export function cpuByKind(rootPid: number): CpuByKind {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  const parent = new Map<string, string>();
  const ms = new Map<string, number>();
  for (const p of procs) {
    const s = stat(p);
    if (s) {
      parent.set(p, s.ppid);
      ms.set(p, s.ms);
    }
  }
  const out: CpuByKind = {};
  for (const p of procs) {
    let q: string | undefined = p;
    while (q && q !== String(rootPid) && q !== '1' && q !== '0') q = parent.get(q);
    if (q !== String(rootPid)) continue;
    const k = p === String(rootPid) ? 'browser' : kindOf(p);
    out[k] = (out[k] ?? 0) + (ms.get(p) ?? 0);
  }
  return out;
}

export function cpuDelta(after: CpuByKind, before: CpuByKind): CpuByKind {
  const out: CpuByKind = {};
  for (const k of Object.keys(after)) out[k] = after[k] - (before[k] ?? 0);
  return out;
}

/** The pid of the Chromium launched with `marker` among its arguments. */
export function chromiumPid(marker: string): number {
  for (const p of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
      if (cmd.includes(marker) && !/--type=/.test(cmd)) return Number(p);
    } catch {}
  }
  throw new Error(`no Chromium with ${marker} among its arguments`);
}
