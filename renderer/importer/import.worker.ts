/**
 * File → Import's work, off the window's thread: the files' bytes in, the façade's importers
 * (pure, sim/io) run here, the scenario or catalog and its notes out. A malformed file comes back
 * as its problem (file, place, what was expected), never as a thrown error the window must catch.
 */
import { expose } from 'comlink';
import {
  type CaptureAddress,
  captureAddresses,
  type DeviceCatalog,
  ImportError,
  importDeviceCatalog,
  importTopology,
  importTraffic,
  type Note,
  type ScenarioJson,
} from '../../sim/api/index.ts';
import type { PickedFile } from '../platform/Platform.ts';

export interface ImportProblem {
  file: string;
  /** "3:14", "graph/edge[4]", "$.results[2]" or "" */
  place: string;
  expected: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

export interface WithNotes<T> {
  value: T;
  mapped: Note[];
  assumed: Note[];
}

/** The window's side: each phase as it starts ("reading 2 files as text (3.1 MB)"). */
export type OnPhase = (phase: string) => void;

const texts = (files: readonly PickedFile[]) => {
  const decoder = new TextDecoder('utf-8');
  return files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) }));
};

function outcome<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, problem: { file: e.file, place: e.place, expected: e.expected } };
    // not the file's fault: said as it is, with no place, so the review shows it and nothing opens
    return { ok: false, problem: { file: '', place: '', expected: `NetLoom could not import it: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

const megabytes = (files: readonly PickedFile[]) => `${(files.reduce((n, f) => n + f.bytes.length, 0) / 1e6).toFixed(1)} MB`;

const api = {
  topology(files: PickedFile[], kind: string | undefined, onPhase: OnPhase): Outcome<WithNotes<ScenarioJson>> {
    void onPhase(`reading ${files.length} file${files.length === 1 ? '' : 's'} as text (${megabytes(files)})`);
    const read = texts(files);
    void onPhase(`importing the ${kind ?? 'topology'} and checking the scenario it makes`);
    return outcome(() => {
      const r = importTopology(read, { kind });
      return { value: r.scenario, mapped: r.mapped, assumed: r.assumed };
    });
  },
  devices(files: PickedFile[], onPhase: OnPhase): Outcome<WithNotes<DeviceCatalog>> {
    void onPhase(`reading ${files.length} GSDML file${files.length === 1 ? '' : 's'} (${megabytes(files)})`);
    return outcome(() => {
      const r = importDeviceCatalog(texts(files));
      return { value: r.catalog, mapped: r.mapped, assumed: r.assumed };
    });
  },
  addresses(scenario: ScenarioJson, capture: PickedFile, onPhase: OnPhase): Outcome<CaptureAddress[]> {
    void onPhase(`reading the capture's addresses (${megabytes([capture])})`);
    return outcome(() => captureAddresses(scenario, capture));
  },
  traffic(scenario: ScenarioJson, capture: PickedFile, map: [string, string][], fit: boolean, onPhase: OnPhase): Outcome<WithNotes<ScenarioJson>> {
    void onPhase(`grouping the capture's packets into flows${fit ? ' and fitting their patterns' : ''} (${megabytes([capture])})`);
    return outcome(() => {
      const r = importTraffic(scenario, capture, new Map(map), fit);
      return { value: r.scenario, mapped: r.mapped, assumed: r.assumed };
    });
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
