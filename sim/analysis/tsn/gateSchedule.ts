/**
 * An 802.1Qbv gate control list as the analysis reads it (sim/net/tsn/Gates.ts is the engine's):
 * per traffic class, the maximal open windows of one cycle, adjacent open entries merged (also
 * across the cycle's end, as Gates.nextStart merges them). Times in seconds of the port's own
 * clock, phase 0 at the list's base time; the port clock runs `sync` (the syncError bound) ahead
 * or behind network time, which only matters where arrivals are phase-aligned with the list.
 */
import type { GateModel } from '../../scenario/model.ts';
import { maxOf } from '../../core/extrema.ts';

const PS = 1e-12;

/** An open window [open, close) of one cycle: 0 ≤ open < cycle, close ≤ open + cycle (close > cycle: it runs into the next cycle). */
export interface Window {
  open: number;
  close: number;
}

export interface GateSchedule {
  cycle: number;
  base: number;
  sync: number;
  /** per class (0..7): its windows in increasing order of opening; [] never open */
  windows: Window[][];
  alwaysOpen: boolean[];
}

export function gateSchedule(g: GateModel): GateSchedule {
  const windows: Window[][] = [];
  const alwaysOpen: boolean[] = [];
  for (let c = 0; c < 8; c++) {
    const runs: [number, number][] = []; // in ps
    let t = 0;
    for (const e of g.entries) {
      const open = ((e.mask >> c) & 1) === 1;
      if (open) {
        const last = runs[runs.length - 1];
        if (last && last[1] === t) last[1] = t + e.durationPs;
        else runs.push([t, t + e.durationPs]);
      }
      t += e.durationPs;
    }
    const all = runs.length === 1 && runs[0][0] === 0 && runs[0][1] === g.cyclePs;
    alwaysOpen.push(all);
    // a window open at the end of the cycle and at its start is one window
    if (!all && runs.length > 1 && runs[0][0] === 0 && runs[runs.length - 1][1] === g.cyclePs) {
      const first = runs.shift()!;
      runs[runs.length - 1][1] = g.cyclePs + first[1];
    }
    windows.push(all ? [{ open: 0, close: g.cyclePs * PS }] : runs.map(([o, e]) => ({ open: o * PS, close: e * PS })));
  }
  return { cycle: g.cyclePs * PS, base: g.basePs * PS, sync: g.syncErrorPs * PS, windows, alwaysOpen };
}

const mod = (x: number, T: number) => ((x % T) + T) % T;

/**
 * Where class k stands at phase t: open across t (a window with open < t < close, cyclically):
 * the time left until it closes; otherwise how long ago it last closed (0 when it closes at t).
 */
export function gateAt(g: GateSchedule, k: number, t: number): { open: true; left: number } | { open: false; ago: number } {
  if (g.alwaysOpen[k]) return { open: true, left: Infinity };
  let ago = Infinity;
  for (const w of g.windows[k]) {
    const into = mod(t - w.open, g.cycle); // time since this window last opened
    const len = w.close - w.open;
    if (into > 0 && into < len) return { open: true, left: len - into };
    ago = Math.min(ago, mod(into - len, g.cycle));
  }
  return { open: false, ago };
}

/** Whether classes a and b are ever open at the same time. */
export function overlap(g: GateSchedule, a: number, b: number): boolean {
  if (g.windows[a].length === 0 || g.windows[b].length === 0) return false;
  if (g.alwaysOpen[a] || g.alwaysOpen[b]) return true;
  for (const u of g.windows[a])
    for (const v of g.windows[b]) for (const shift of [-g.cycle, 0, g.cycle]) if (u.open < v.close + shift && v.open + shift < u.close) return true;
  return false;
}

/** The longest window of class c (Infinity when always open). */
export function longestWindow(g: GateSchedule, c: number): number {
  if (g.alwaysOpen[c]) return Infinity;
  return Math.max(0, maxOf(g.windows[c].map((w) => w.close - w.open)));
}
