/**
 * A GSDML file (PROFINET GSD XML) → what NetLoom needs of the device: vendor, family, its first
 * device access point's timing (MinDeviceInterval, send clocks, reduction ratios), I/O data and
 * conformance class. Well-formedness is checked with fast-xml-parser's validator (line and
 * column); elements are read with @xmldom/xmldom, whose locator gives each element's line.
 * A value outside the allowed set throws naming the element path and the allowed values.
 */
import { ImportError } from '../ImportError.ts';
import { type Located, parseXml } from '../parseXml.ts';
import type { ImportFile, Note } from '../ImportResult.ts';
import { readIoData, type IoData } from './readIoData.ts';
import { CONFORMANCE_CLASSES, DEFAULT_REDUCTION_RATIOS, DEFAULT_SEND_CLOCK, MAX_C_SDU, MAX_REDUCTION_RATIO, SEND_CLOCK_FACTORS } from './profinet.ts';

export interface GsdmlDevice {
  file: string;
  /** the device access point's ID */
  dap: string;
  vendor: string;
  family: string;
  /** the DAP's name (its ModuleInfo/Name text), else its ID */
  name: string;
  conformanceClass: string;
  rtClasses: string[];
  /** × 31.25 µs */
  minDeviceInterval: number;
  sendClocks: number[];
  reductionRatios: number[];
  input: IoData;
  output: IoData;
}

const DAP = 'DeviceAccessPointItem';

export function readGsdml(f: ImportFile, assumed: Note[]): GsdmlDevice {
  const doc = parseXml(f);
  const root = doc.documentElement as Located | null;
  if (root?.localName !== 'ISO15745Profile') throw new ImportError(f.name, line(root), `a GSDML document (<ISO15745Profile>), not <${root?.tagName ?? ''}>`);
  const first = (scope: Element | Document, tag: string) => scope.getElementsByTagName(tag)[0] as Located | undefined;
  const need = (scope: Element | Document, tag: string, path: string) => {
    const e = first(scope, tag);
    if (!e) throw new ImportError(f.name, line(root), `a <${tag}> element (${path})`);
    return e;
  };
  const daps = doc.getElementsByTagName(DAP);
  const dap = need(doc, DAP, `ProfileBody/ApplicationProcess/DeviceAccessPointList/${DAP}`);
  const dapId = dap.getAttribute('ID') || 'DAP';
  const where = (e: Located, path: string) => `${line(e)} ${path}`;
  if (daps.length > 1) assumed.push({ source: `${f.name}:${line(dap)}`, what: `${daps.length} device access points: the first (${dapId}) is used` });

  const identity = need(doc, 'DeviceIdentity', 'ProfileBody/DeviceIdentity');
  const vendor = first(identity, 'VendorName')?.getAttribute('Value') || identity.getAttribute('VendorID') || '';
  const familyE = first(doc, 'Family');
  const family = familyE ? [familyE.getAttribute('MainFamily'), familyE.getAttribute('ProductFamily')].filter(Boolean).join(' / ') : '';

  const mdiPath = `${DAP}@MinDeviceInterval`;
  const mdi = positiveInt(dap.getAttribute('MinDeviceInterval'), f.name, where(dap, mdiPath), 'a whole number of 31.25 µs ticks, 1 or more');

  const cert = need(dap, 'CertificationInfo', `${DAP}/CertificationInfo`);
  const cc = cert.getAttribute('ConformanceClass') ?? '';
  if (!CONFORMANCE_CLASSES.includes(cc))
    throw new ImportError(f.name, where(cert, `${DAP}/CertificationInfo@ConformanceClass`), `one of ${CONFORMANCE_CLASSES.join(', ')}, not "${cc}"`);

  const iface = need(dap, 'InterfaceSubmoduleItem', `${DAP}/SystemDefinedSubmoduleList/InterfaceSubmoduleItem`);
  const rtClasses = (iface.getAttribute('SupportedRT_Classes') || 'RT_CLASS_1').split(/[;\s]+/).filter(Boolean);
  const timing = first(iface, 'TimingProperties');
  const tPath = 'InterfaceSubmoduleItem/ApplicationRelations/TimingProperties';
  let sendClocks = [DEFAULT_SEND_CLOCK];
  let ratios = [...DEFAULT_REDUCTION_RATIOS];
  if (timing?.hasAttribute('SendClock'))
    sendClocks = list(timing.getAttribute('SendClock'), f.name, where(timing, `${tPath}@SendClock`), SEND_CLOCK_FACTORS, 'send clock factors');
  else assumed.push({ source: `${f.name}:${line(timing ?? iface)}`, what: `${tPath}@SendClock not given → ${DEFAULT_SEND_CLOCK} (1 ms, the GSDML default)` });
  const allRatios = Array.from({ length: MAX_REDUCTION_RATIO }, (_, i) => i + 1);
  if (timing?.hasAttribute('ReductionRatio'))
    ratios = list(timing.getAttribute('ReductionRatio'), f.name, where(timing, `${tPath}@ReductionRatio`), allRatios, 'reduction ratios (1..512)');
  else assumed.push({ source: `${f.name}:${line(timing ?? iface)}`, what: `${tPath}@ReductionRatio not given → ${ratios.join(' ')}` });

  const config = need(dap, 'IOConfigData', `${DAP}/IOConfigData`);
  const maxLength = (attr: string) =>
    intIn(config.getAttribute(attr) ?? '0', 0, MAX_C_SDU, f.name, where(config, `${DAP}/IOConfigData@${attr}`), `0..${MAX_C_SDU} bytes`);
  const io = readIoData(f.name, doc, dap, { input: maxLength('MaxInputLength'), output: maxLength('MaxOutputLength') }, assumed);
  const nameId = first(first(dap, 'ModuleInfo') ?? dap, 'Name')?.getAttribute('TextId');
  const name = (nameId && textOf(doc, nameId)) || dapId;
  return {
    file: f.name,
    dap: dapId,
    vendor,
    family,
    name,
    conformanceClass: cc,
    rtClasses,
    minDeviceInterval: mdi,
    sendClocks,
    reductionRatios: ratios,
    ...io,
  };
}

const line = (e: Located | null | undefined) => String(e?.lineNumber ?? 1);

function textOf(doc: Document, id: string): string | undefined {
  const texts = doc.getElementsByTagName('Text');
  for (let i = 0; i < texts.length; i++) if (texts[i].getAttribute('TextId') === id) return texts[i].getAttribute('Value') ?? undefined;
  return undefined;
}

function positiveInt(text: string | null, file: string, place: string, expected: string): number {
  const n = Number(text);
  if (text === null || !/^\d+$/.test(text.trim()) || n < 1) throw new ImportError(file, place, `${expected}, not ${JSON.stringify(text ?? '')}`);
  return n;
}

function intIn(text: string, min: number, max: number, file: string, place: string, expected: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) throw new ImportError(file, place, `${expected}, not ${JSON.stringify(text)}`);
  return n;
}

/** "1 2 4 8" (GSDML's ValueList; "1..16" ranges too) → the numbers, each in `allowed`. */
function list(text: string | null, file: string, place: string, allowed: readonly number[], what: string): number[] {
  const out: number[] = [];
  for (const part of (text ?? '').trim().split(/\s+/).filter(Boolean)) {
    const range = /^(\d+)\.\.(\d+)$/.exec(part);
    const [lo, hi] = range ? [Number(range[1]), Number(range[2])] : [Number(part), Number(part)];
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > MAX_REDUCTION_RATIO)
      throw new ImportError(file, place, `${what} (${show(allowed)}), not "${part}"`);
    for (let v = lo; v <= hi; v++) {
      if (!allowed.includes(v)) throw new ImportError(file, place, `${what}: each one of ${show(allowed)}, not ${v}`);
      out.push(v);
    }
  }
  if (out.length === 0) throw new ImportError(file, place, `at least one of the ${what} (${show(allowed)})`);
  return [...new Set(out)].sort((a, b) => a - b);
}

const show = (allowed: readonly number[]) => (allowed.length > 12 ? `${allowed[0]}..${allowed[allowed.length - 1]}` : allowed.join(' '));
