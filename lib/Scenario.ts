/** A scenario as the library holds it: the document (current format version) and the trace files it names. */
import type { ScenarioJson } from '../sim/api/index.ts';

export interface Scenario {
  /** the scenario document, as written (units as text): change it, then simulate again */
  json: ScenarioJson;
  /** the text of each file the scenario names (trace files), by the name it uses */
  files: Record<string, string>;
  /** the file it was read from, if any */
  file?: string;
}

/** A scenario loaded with `loadScenario`, or a document built in code (no trace files). */
export type ScenarioLike = Scenario | ScenarioJson;

/** The document and its files, whichever form `s` has. */
export function partsOf(s: ScenarioLike): { doc: ScenarioJson; files: Record<string, string> } {
  return 'json' in s && !('format' in s) ? { doc: s.json, files: s.files } : { doc: s as ScenarioJson, files: {} };
}
