/**
 * `netloom import devices FILE|DIR… --out CATALOG` (a device catalog) and `netloom import devices
 * FILE… --into SCENARIO --attach PLC --out OUT` (the devices and their cyclic flows added to a
 * scenario). Prints what was mapped and assumed; writes atomically; a bad file exits 2 naming it.
 */
import { addDevices, type ImportFile, importDeviceCatalog, type Note } from '../../sim/api/index.ts';
import { printable } from '../printable.ts';
import { UsageError } from '../UsageError.ts';
import { logFor, readIntoScenario, writeResult } from './importOutput.ts';

export interface DevicesRequest {
  files: ImportFile[];
  out: string;
  into?: string;
  attach?: string;
  /** prints the mapped and the assumed lists */
  showNotes: (log: (l: string) => void, mapped: readonly Note[], assumed: readonly Note[]) => void;
}

export function importDevices({ files, out, into, attach, showNotes }: DevicesRequest): number {
  const log = logFor(out);
  const where = out === '-' ? 'stdout' : printable(out);
  if (into === undefined) {
    if (attach !== undefined) throw new UsageError('--attach: only with --into SCENARIO (the scenario the devices join)');
    const { catalog, mapped, assumed } = importDeviceCatalog(files);
    showNotes(log, mapped, assumed);
    writeResult(out, catalog);
    log(`${catalog.devices.length} devices written to ${where} (netloom.devices/v1)`);
    return 0;
  }
  if (attach === undefined) throw new UsageError('--attach: name the IO controller (a node of the --into scenario) the devices exchange cyclic data with');
  const { scenario: joined, mapped, assumed } = addDevices(readIntoScenario(into), files, attach);
  showNotes(log, mapped, assumed);
  writeResult(out, joined);
  log(`${files.length} devices and ${2 * files.length} cyclic flows added to ${printable(into)}, written to ${where}`);
  return 0;
}
