/** File → Import's dialog, step by step, in a store of its own (the document's store knows nothing of it until Open). */
import type { CaptureAddress, DeviceCatalog, Note, ScenarioJson } from '../../sim/api/index.ts';
import { createStore, useStoreSelector } from '../state/createStore.ts';
import type { PickedFile } from '../platform/Platform.ts';
import type { ImportProblem } from './import.worker.ts';

export type ImportKind = 'topology' | 'devices' | 'traffic';

/** What an import made, ready to open once the user has reviewed it. */
export type Imported =
  | { kind: 'topology'; scenario: ScenarioJson; name: string }
  | { kind: 'devices'; catalog: DeviceCatalog }
  /** `base`: the document's scenario the flows were added to (Add refuses if it has changed since) */
  | { kind: 'traffic'; base: ScenarioJson; scenario: ScenarioJson; added: string[] };

export type ImportStep =
  | { step: 'closed' }
  | { step: 'choose'; kind: ImportKind; format: string }
  | { step: 'working'; kind: ImportKind; files: string[]; phase: string; started: number }
  /** traffic: the capture's addresses, each mapped to a node ("" leaves it out) */
  | { step: 'map'; capture: PickedFile; base: ScenarioJson; addresses: CaptureAddress[]; map: Record<string, string>; fit: boolean }
  | { step: 'review'; kind: ImportKind; files: string[]; mapped: Note[]; assumed: Note[]; imported: Imported | null; problem: ImportProblem | null };

export const importStore = createStore<{ dialog: ImportStep }>({ dialog: { step: 'closed' } });

export function useImport<U>(select: (s: ImportStep) => U): U {
  return useStoreSelector(importStore, (s) => select(s.dialog));
}

export const setStep = (dialog: ImportStep) => importStore.set({ dialog });
