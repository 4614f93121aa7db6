/** Record per-packet trace's dialog, step by step, in a store of its own. */
import { createStore, useStoreSelector } from '../state/createStore.ts';
import type { RecordedTrace } from './TraceRecorder.ts';
import { DEFAULT_TRACE_FIELDS, type TraceField, type TraceFields } from './traceSettings.ts';

export type TraceStep =
  | { step: 'closed' }
  | { step: 'choose'; problem: { field: TraceField; message: string } | null }
  | { step: 'running'; fraction: number; held: number; started: number }
  /** the files ready to save, and what the run gave */
  | { step: 'done'; trace: RecordedTrace; base: string; summary: string; saved: string[]; peak: number };

export const traceStore = createStore<{ dialog: TraceStep; fields: TraceFields }>({ dialog: { step: 'closed' }, fields: DEFAULT_TRACE_FIELDS });

export const useTrace = <U>(select: (s: { dialog: TraceStep; fields: TraceFields }) => U): U => useStoreSelector(traceStore, select);

export const setTraceStep = (dialog: TraceStep) => traceStore.set({ dialog });
