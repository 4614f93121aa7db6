/**
 * `netloom import traffic CAPTURE --into SCENARIO [--map MAC=NODE,…] --out OUT`: a pcap or pcapng capture's
 * flows added to a scenario as `trace` flows between the nodes its `addresses` and the --map name.
 */
import { readFileSync, statSync } from 'node:fs';
import { importTraffic, type Note } from '../../sim/api/index.ts';
import { printable } from '../printable.ts';
import { MAX_JSON_FILE_BYTES } from '../readJsonFile.ts';
import { UsageError } from '../UsageError.ts';
import { logFor, readIntoScenario, writeResult } from './importOutput.ts';

export interface TrafficRequest {
  inputs: string[];
  out: string;
  into?: string;
  map?: string;
  fit: boolean;
  /** prints the mapped and the assumed lists */
  showNotes: (log: (l: string) => void, mapped: readonly Note[], assumed: readonly Note[]) => void;
}

export function importTrafficCommand({ inputs, out, into, map, fit, showNotes }: TrafficRequest): number {
  if (inputs.length !== 1) throw new UsageError(`import traffic: one capture file, not ${inputs.length}`);
  if (into === undefined) throw new UsageError("--into: name the scenario whose nodes the capture's flows join");
  const file = inputs[0];
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    throw new UsageError(`cannot find ${file}`);
  }
  if (!st.isFile()) throw new UsageError(`${file} is not a regular file`);
  if (st.size > MAX_JSON_FILE_BYTES)
    throw new UsageError(`${file} is ${Math.round(st.size / 2 ** 20)} MiB, more than the ${MAX_JSON_FILE_BYTES / 2 ** 20} MiB a capture may have`);
  const scenario = readIntoScenario(into);
  const result = importTraffic(scenario, { name: file, bytes: new Uint8Array(readFileSync(file)) }, parseMap(map), fit);
  const log = logFor(out);
  showNotes(log, result.mapped, result.assumed);
  writeResult(out, result.scenario);
  const added = (result.scenario.flows?.length ?? 0) - (scenario.flows?.length ?? 0);
  log(`${added} flows from ${printable(file)} added to ${printable(into)}, written to ${out === '-' ? 'stdout' : printable(out)}`);
  return 0;
}

/** "02:00:00:00:00:01=IO1,10.0.0.3=HOST" → address → node */
function parseMap(text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (text ?? '').split(',').filter(Boolean)) {
    const m = /^\s*([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}|\d{1,3}(?:\.\d{1,3}){3})\s*=\s*(\S+)\s*$/.exec(pair);
    if (!m) throw new UsageError(`--map: expected MAC=NODE or IP=NODE pairs separated by commas (02:00:00:00:00:01=IO1), not ${JSON.stringify(pair)}`);
    map.set(m[1].toLowerCase(), m[2]);
  }
  return map;
}
