/** Export switch configuration's dialog, step by step, in a store of its own. */
import { createStore, useStoreSelector } from '../state/createStore.ts';
import type { ConfigZip } from './handover.worker.ts';
import type { ConfigFormat } from '../../sim/api/index.ts';

export type ConfigExportStep =
  | { step: 'closed' }
  | { step: 'choose'; format: ConfigFormat; schedule: boolean; problem: string | null }
  | { step: 'working'; format: ConfigFormat; schedule: boolean; started: number }
  /** saved (or the save was cancelled: `saved` false), with what the command prints */
  | { step: 'done'; format: ConfigFormat; schedule: boolean; result: Omit<ConfigZip, 'zip'>; name: string; saved: boolean };

export const configExportStore = createStore<{ dialog: ConfigExportStep }>({ dialog: { step: 'closed' } });

export const useConfigExport = <U>(select: (s: ConfigExportStep) => U): U => useStoreSelector(configExportStore, (s) => select(s.dialog));

export const setConfigStep = (dialog: ConfigExportStep) => configExportStore.set({ dialog });
