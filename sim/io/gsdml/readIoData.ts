/**
 * The cyclic I/O of a device access point in its default configuration: the DataItems
 * (VirtualSubmoduleItem/IOData/Input|Output/DataItem@DataType) of the submodules fixed in it and of
 * the pluggable modules its UseableModules/ModuleItemRef places by default (@FixedInSlots and
 * @UsedInSlots, once per slot; a module only @AllowedInSlots is not plugged, and is listed), in
 * bytes per direction, and how many submodules carry each (each adds a 1 B provider or consumer
 * status). A DAP without any is taken at IOConfigData@MaxInputLength/@MaxOutputLength (a fully
 * loaded device), as assumed.
 */
import { ImportError } from '../ImportError.ts';
import type { Note } from '../ImportResult.ts';
import type { Located } from '../parseXml.ts';
import { DATA_TYPE_BYTES, SIZED_DATA_TYPES } from './profinet.ts';

export interface IoData {
  /** I/O data bytes in this direction */
  bytes: number;
  /** submodules with data in this direction */
  submodules: number;
}

const PATH = 'VirtualSubmoduleItem/IOData';

export function readIoData(
  file: string,
  doc: Document,
  dap: Element,
  max: { input: number; output: number },
  assumed: Note[],
): { input: IoData; output: IoData } {
  const io = { input: { bytes: 0, submodules: 0 }, output: { bytes: 0, submodules: 0 } };
  const add = (scope: Element, times: number) => {
    const subs = scope.getElementsByTagName('VirtualSubmoduleItem');
    for (let s = 0; s < subs.length; s++) {
      for (const dir of ['Input', 'Output'] as const) {
        const block = subs[s].getElementsByTagName(dir)[0];
        if (!block) continue;
        const items = block.getElementsByTagName('DataItem');
        let bytes = 0;
        for (let i = 0; i < items.length; i++) bytes += itemBytes(file, items[i] as Element & { lineNumber?: number }, dir);
        const side = dir === 'Input' ? io.input : io.output;
        side.bytes += bytes * times;
        if (items.length > 0) side.submodules += times;
      }
    }
  };
  const own = [...childrenNamed(dap, 'VirtualSubmoduleList')];
  for (const list of own) add(list, 1);
  const plugged: string[] = [];
  const left: string[] = [];
  for (const ref of childrenNamed(dap, 'UseableModules').flatMap((u) => childrenNamed(u, 'ModuleItemRef')) as Located[]) {
    const target = ref.getAttribute('ModuleItemTarget') ?? '';
    const slots = [...new Set([...slotList(file, ref, 'FixedInSlots'), ...slotList(file, ref, 'UsedInSlots')])];
    if (slots.length === 0) {
      left.push(`${target} (allowed in slots ${ref.getAttribute('AllowedInSlots') ?? '?'})`);
      continue;
    }
    const module = moduleItem(doc, target);
    if (!module)
      throw new ImportError(file, `${ref.lineNumber ?? 1} UseableModules/ModuleItemRef@ModuleItemTarget`, `the ID of a ModuleList/ModuleItem, not "${target}"`);
    add(module, slots.length);
    plugged.push(`${target} in slot${slots.length === 1 ? '' : 's'} ${slots.join(' ')}`);
  }
  if (plugged.length > 0 || left.length > 0)
    assumed.push({
      source: file,
      what:
        `the default configuration (@FixedInSlots, @UsedInSlots): ${plugged.join(', ') || 'no module'}` +
        (left.length ? `; not plugged: ${left.join(', ')}` : ''),
    });
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

/** The direct children of `e` with this tag (a DAP's own submodules, not those of the modules it lists). */
function childrenNamed(e: Element, tag: string): Element[] {
  const out: Element[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === tag) out.push(c as Element);
  return out;
}

function moduleItem(doc: Document, id: string): Element | undefined {
  const items = doc.getElementsByTagName('ModuleItem');
  for (let i = 0; i < items.length; i++) if (items[i].getAttribute('ID') === id) return items[i];
  return undefined;
}

/** "2 3" or "4..6" (GSDML's ValueList) → the slot numbers (0..32767, a slot number's range). */
function slotList(file: string, ref: Located, attr: string): number[] {
  const out: number[] = [];
  for (const part of (ref.getAttribute(attr) ?? '').trim().split(/\s+/).filter(Boolean)) {
    const m = /^(\d+)(?:\.\.(\d+))?$/.exec(part);
    const [lo, hi] = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [Number.NaN, Number.NaN];
    if (!(lo <= hi && hi <= 0x7fff))
      throw new ImportError(
        file,
        `${ref.lineNumber ?? 1} UseableModules/ModuleItemRef@${attr}`,
        `slot numbers 0..32767 such as "2 3" or "4..6", not "${part}"`,
      );
    for (let v = lo; v <= hi; v++) out.push(v);
  }
  return out;
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
