/**
 * The cyclic I/O of a device access point: the DataItems of the submodules fixed in it
 * (VirtualSubmoduleItem/IOData/Input|Output/DataItem@DataType), in bytes per direction, and how
 * many submodules carry each (each adds a 1 B provider or consumer status). A DAP without them
 * is taken at IOConfigData@MaxInputLength/@MaxOutputLength (a fully loaded device), as assumed.
 */
import { ImportError } from '../ImportError.ts';
import type { Note } from '../ImportResult.ts';
import { DATA_TYPE_BYTES, SIZED_DATA_TYPES } from './profinet.ts';

export interface IoData {
  /** I/O data bytes in this direction */
  bytes: number;
  /** submodules with data in this direction */
  submodules: number;
}

const PATH = 'VirtualSubmoduleItem/IOData';

export function readIoData(file: string, dap: Element, max: { input: number; output: number }, assumed: Note[]): { input: IoData; output: IoData } {
  const io = { input: { bytes: 0, submodules: 0 }, output: { bytes: 0, submodules: 0 } };
  const subs = dap.getElementsByTagName('VirtualSubmoduleItem');
  for (let s = 0; s < subs.length; s++) {
    for (const dir of ['Input', 'Output'] as const) {
      const block = subs[s].getElementsByTagName(dir)[0];
      if (!block) continue;
      const items = block.getElementsByTagName('DataItem');
      let bytes = 0;
      for (let i = 0; i < items.length; i++) bytes += itemBytes(file, items[i] as Element & { lineNumber?: number }, dir);
      const side = dir === 'Input' ? io.input : io.output;
      side.bytes += bytes;
      if (items.length > 0) side.submodules++;
    }
  }
  for (const dir of ['input', 'output'] as const) {
    const cap = dir === 'input' ? 'MaxInputLength' : 'MaxOutputLength';
    if (io[dir].bytes > max[dir])
      throw new ImportError(file, `DeviceAccessPointItem/IOConfigData@${cap}`, `at least the ${io[dir].bytes} B of ${dir} DataItems, not ${max[dir]}`);
  }
  if (io.input.submodules + io.output.submodules === 0) {
    assumed.push({
      source: file,
      what: `no ${PATH} DataItems in the device access point → I/O at IOConfigData's maxima: ${max.input} B in, ${max.output} B out`,
    });
    return { input: { bytes: max.input, submodules: max.input > 0 ? 1 : 0 }, output: { bytes: max.output, submodules: max.output > 0 ? 1 : 0 } };
  }
  return io;
}

function itemBytes(file: string, item: Element & { lineNumber?: number }, dir: string): number {
  const type = item.getAttribute('DataType') ?? '';
  const place = `${item.lineNumber ?? 1} ${PATH}/${dir}/DataItem@DataType`;
  if (type in DATA_TYPE_BYTES) return DATA_TYPE_BYTES[type];
  if (SIZED_DATA_TYPES.includes(type)) {
    const length = Number(item.getAttribute('Length'));
    if (!Number.isInteger(length) || length < 1) throw new ImportError(file, place, `a Length of 1 or more bytes with DataType ${type}`);
    return length;
  }
  throw new ImportError(file, place, `a data type of ${[...Object.keys(DATA_TYPE_BYTES), ...SIZED_DATA_TYPES].join(', ')}, not "${type}"`);
}
