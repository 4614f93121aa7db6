/**
 * A GSDML device → its catalog entry: the node type its family maps to, the cycle NetLoom picks
 * from its send clocks and reduction ratios, and the RT frame of each direction, each choice
 * written to `assumed` with its source.
 */
import type { Note } from '../ImportResult.ts';
import type { CatalogDevice } from './DeviceCatalog.ts';
import { APDU_STATUS_BYTES, DEFAULT_SEND_CLOCK, FRAME_ID_BYTES, MAX_C_SDU, MIN_C_SDU, pairAllowed, TICK_NS } from './profinet.ts';
import type { GsdmlDevice } from './readGsdml.ts';
import { ImportError } from '../ImportError.ts';

const TYPES: Record<string, CatalogDevice['type']> = {
  'I/O': 'io',
  Valves: 'io',
  'Switching Devices': 'io',
  Drives: 'drive',
  Encoders: 'sensor',
  Sensors: 'sensor',
  'Ident Systems': 'sensor',
  HMI: 'hmi',
  PLCs: 'plc',
  Controllers: 'plc',
  'NC/RC': 'robot',
  Gateway: 'gateway',
};

/** 31250 ns → "31.25 us", 1000000 → "1 ms" */
export function ticksText(ticks: number): string {
  const ns = ticks * TICK_NS;
  return ns % 1_000_000 === 0 ? `${ns / 1_000_000} ms` : `${ns / 1000} us`;
}

export function catalogDevice(d: GsdmlDevice, mapped: Note[], assumed: Note[]): CatalogDevice {
  const at = (what: string) => `${d.file} ${what}`;
  const main = d.family.split(' / ')[0];
  const type = TYPES[main] ?? 'io';
  (TYPES[main] ? mapped : assumed).push({ source: at('DeviceFunction/Family@MainFamily'), what: `${JSON.stringify(main)} → ${type}` });
  const { sendClock, ratio } = pickCycle(d);
  assumed.push({
    source: at('TimingProperties'),
    what:
      `cycle ${ticksText(sendClock * ratio)} = send clock ${sendClock} × 31.25 µs × reduction ratio ${ratio}: ` +
      `send clock ${sendClock === DEFAULT_SEND_CLOCK ? '1 ms, the default every GSDML lists' : `${sendClock}, the smallest listed`}, ` +
      `the smallest ratio with send clock × ratio ≥ MinDeviceInterval ${d.minDeviceInterval} (p-net pf_cmdev.c L3290-3300)`,
  });
  const cc = d.conformanceClass as CatalogDevice['conformanceClass'];
  const needsTsn = cc === 'C' || cc === 'D';
  mapped.push({ source: at('CertificationInfo@ConformanceClass'), what: `conformance class ${cc}${needsTsn ? ' → needs TSN/IRT (a 802.1Qbv schedule)' : ''}` });
  // device → controller: its inputs with their provider status, and a consumer status per output submodule
  const inputSize = rtPacket(d.file, 'input', d.input.bytes + d.input.submodules + d.output.submodules);
  const outputSize = rtPacket(d.file, 'output', d.output.bytes + d.output.submodules + d.input.submodules);
  mapped.push({
    source: at('IOData'),
    what:
      `${d.input.bytes} B in (${d.input.submodules} submodules), ${d.output.bytes} B out (${d.output.submodules}) → ` +
      `packets of ${inputSize} B and ${outputSize} B: ` +
      `FrameID 2 B + C_SDU (data + 1 B IOPS/IOCS per submodule, padded to ${MIN_C_SDU} B, p-net pf_types.h L1397) + APDU status 4 B; ` +
      'the link adds Ethernet 14 B + VLAN 4 B + FCS 4 B',
  });
  assumed.push({ source: at('(not in GSDML)'), what: 'priority PCP 6, the PROFINET RT default (IEC 61158-6-10; not in industrial_figures.csv: review)' });
  return {
    id: d.name.replace(/\s+/g, '-'),
    file: d.file,
    vendor: d.vendor,
    family: d.family,
    name: d.name,
    type,
    conformanceClass: cc,
    needsTsn,
    rtClasses: d.rtClasses,
    minDeviceInterval: ticksText(d.minDeviceInterval),
    sendClocks: d.sendClocks.map(ticksText),
    reductionRatios: d.reductionRatios,
    cycle: ticksText(sendClock * ratio),
    inputBytes: d.input.bytes,
    outputBytes: d.output.bytes,
    inputSize,
    outputSize,
  };
}

/** send clock 32 (1 ms) when listed, else the smallest; then the smallest ratio the limits allow */
function pickCycle(d: GsdmlDevice): { sendClock: number; ratio: number } {
  const clocks = d.sendClocks.includes(DEFAULT_SEND_CLOCK) ? [DEFAULT_SEND_CLOCK, ...d.sendClocks] : d.sendClocks;
  for (const sendClock of clocks) {
    const ratio = d.reductionRatios.find((r) => pairAllowed(sendClock, r, d.minDeviceInterval));
    if (ratio !== undefined) return { sendClock, ratio };
  }
  throw new ImportError(
    d.file,
    'TimingProperties',
    `a send clock and reduction ratio with send clock × ratio ≥ MinDeviceInterval ${d.minDeviceInterval} (RR ≥ 256 needs send clock ≤ 64, RR 512 ≤ 32)`,
  );
}

function rtPacket(file: string, dir: string, cSdu: number): number {
  if (cSdu > MAX_C_SDU) throw new ImportError(file, 'IOData', `at most ${MAX_C_SDU} B of ${dir} data and status (C_SDU), not ${cSdu}`);
  return FRAME_ID_BYTES + Math.max(MIN_C_SDU, cSdu) + APDU_STATUS_BYTES;
}
