/**
 * Edits of an 802.1Qbv gate control list as written in a scenario (`tsn…gates`), as pure
 * functions. The core wants the entries to fill the cycle exactly, so every edit keeps them
 * filling it: a changed duration takes its time from (or gives it to) the entry after it (the
 * last entry: the one before it); a changed cycle lengthens or shortens the last entry; a split
 * halves an entry; a removed entry's time goes to its neighbour. Arithmetic is in integer
 * picoseconds and written back as exact quantities ("60 us", "12336 ns"). Text that does not
 * parse is stored as typed, so the core's validation says what is wrong with it.
 */
import { exactPs, parseQuantity } from '../../sim/api/index.ts';

export interface GateEntryJson {
  duration: string;
  open: 'all' | number[];
}

export interface GatesJson {
  cycle: string;
  baseTime?: string;
  entries: GateEntryJson[];
  maxEntries?: number;
  syncError?: string;
}

export const CLASSES = [0, 1, 2, 3, 4, 5, 6, 7] as const;

/** A first list: class 7 gets the first 100 us of each 1 ms cycle, the other classes the rest. */
export function defaultGates(): GatesJson {
  return {
    cycle: '1 ms',
    entries: [
      { duration: '100 us', open: [7] },
      { duration: '900 us', open: [0, 1, 2, 3, 4, 5, 6] },
    ],
  };
}

/** A time as integer picoseconds, or null when the text is not a positive time. */
export function toPs(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  try {
    const ps = Math.round(parseQuantity(text, 'time') * 1e12);
    return ps > 0 ? ps : null;
  } catch {
    return null;
  }
}

export function openMask(open: GateEntryJson['open']): number {
  return open === 'all' ? 0xff : open.reduce((m, c) => m | (1 << c), 0);
}

export function maskToOpen(mask: number): GateEntryJson['open'] {
  return (mask & 0xff) === 0xff ? 'all' : CLASSES.filter((c) => (mask >> c) & 1);
}

const withEntries = (g: GatesJson, entries: GateEntryJson[]): GatesJson => ({ ...g, entries });
const setDuration = (e: GateEntryJson, ps: number): GateEntryJson => ({ ...e, duration: exactPs(ps) });

/** Sets entry i's duration; its neighbour absorbs the difference when it can (else the text is stored and validation objects). */
export function setEntryDuration(g: GatesJson, i: number, text: string): GatesJson {
  const entries = g.entries.slice();
  entries[i] = { ...entries[i], duration: text };
  const j = i + 1 < entries.length ? i + 1 : i - 1;
  const now = toPs(text);
  const was = toPs(g.entries[i].duration);
  const other = j >= 0 ? toPs(entries[j].duration) : null;
  if (now === null || was === null || other === null) return withEntries(g, entries);
  const rest = other - (now - was);
  if (rest > 0) entries[j] = setDuration(entries[j], rest);
  return withEntries(g, entries);
}

/** Sets the cycle; the last entry takes up the difference when it can. */
export function setCycle(g: GatesJson, text: string): GatesJson {
  const now = toPs(text);
  const was = toPs(g.cycle);
  const last = g.entries.length - 1;
  const lastPs = toPs(g.entries[last]?.duration);
  if (now === null || was === null || lastPs === null || lastPs + now - was <= 0) return { ...g, cycle: text };
  const entries = g.entries.slice();
  entries[last] = setDuration(entries[last], lastPs + now - was);
  return { ...g, cycle: text, entries };
}

/** Splits entry i into two halves with the same gates (odd picoseconds: the first half is the shorter). */
export function splitEntry(g: GatesJson, i: number): GatesJson {
  const ps = toPs(g.entries[i].duration);
  if (ps === null || ps < 2) return g;
  const first = Math.floor(ps / 2 / 1000) * 1000 || Math.floor(ps / 2); // whole nanoseconds when it can
  const entries = g.entries.slice();
  entries.splice(i, 1, setDuration(g.entries[i], first), setDuration(g.entries[i], ps - first));
  return withEntries(g, entries);
}

/** Removes entry i, giving its time to the entry before it (the first entry's: to the one after). */
export function removeEntry(g: GatesJson, i: number): GatesJson {
  if (g.entries.length < 2) return g;
  const j = i > 0 ? i - 1 : 1;
  const a = toPs(g.entries[i].duration);
  const b = toPs(g.entries[j].duration);
  const entries = g.entries.slice();
  if (a !== null && b !== null) entries[j] = setDuration(entries[j], a + b);
  entries.splice(i, 1);
  return withEntries(g, entries);
}

/** Moves entry i one place earlier (-1) or later (+1) in the cycle. */
export function moveEntry(g: GatesJson, i: number, by: -1 | 1): GatesJson {
  const j = i + by;
  if (j < 0 || j >= g.entries.length) return g;
  const entries = g.entries.slice();
  [entries[i], entries[j]] = [entries[j], entries[i]];
  return withEntries(g, entries);
}

/** Opens or closes traffic class c's gate during entry i. */
export function toggleClass(g: GatesJson, i: number, c: number): GatesJson {
  const entries = g.entries.slice();
  entries[i] = { ...entries[i], open: maskToOpen(openMask(entries[i].open) ^ (1 << c)) };
  return withEntries(g, entries);
}

export interface GateSegment {
  index: number;
  startPs: number;
  durationPs: number;
  mask: number;
}

/** The cycle as segments in time, for drawing; null while a duration does not parse. */
export function gateTimeline(g: GatesJson): { cyclePs: number; totalPs: number; segments: GateSegment[] } | null {
  const cyclePs = toPs(g.cycle);
  const segments: GateSegment[] = [];
  let t = 0;
  for (const [index, e] of g.entries.entries()) {
    const d = toPs(e.duration);
    if (d === null || cyclePs === null) return null;
    segments.push({ index, startPs: t, durationPs: d, mask: openMask(e.open) });
    t += d;
  }
  return { cyclePs: cyclePs!, totalPs: t, segments };
}
