/**
 * GSDML → catalog entry on the two fixtures written from the GSDML structure in
 * industrial_figures.csv, with the RT frame sizes worked by hand (FrameID 2 B + C_SDU padded to
 * 40 B, p-net pf_types.h L1397, + APDU status 4 B), and each kind of malformed file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDeviceCatalog } from '../../api/importDevices.ts';
import { thrown } from '../../../test/fixtures/import/thrown.ts';

const DIR = 'test/fixtures/import/gsdml';
const RIO = `${DIR}/GSDML-V2.43-NetLoom-RemoteIO-20261207.xml`;
const SERVO = `${DIR}/GSDML-V2.43-NetLoom-ServoDrive-20261207.xml`;
const MODULAR = `${DIR}/GSDML-V2.43-NetLoom-ModularIO-20261207.xml`;
const file = (name: string, text = readFileSync(name, 'utf8')) => ({ name, text });
const rio = readFileSync(RIO, 'utf8');
const edited = (from: string, to: string) => {
  expect(rio).toContain(from);
  return [file('bad.xml', rio.replace(from, to))];
};

describe('GSDML import', () => {
  it('reads vendor, family, timing, conformance class and I/O; sizes the RT frames', () => {
    const { catalog, assumed } = importDeviceCatalog([file(RIO), file(SERVO)]);
    const [r, s] = catalog.devices;
    expect(r).toMatchObject({ id: 'RIO-16DI-8DO', vendor: 'NetLoom Test Devices', family: 'I/O / Remote IO 16DI/8DO', type: 'io', conformanceClass: 'B' });
    expect(r).toMatchObject({ needsTsn: false, minDeviceInterval: '1 ms', sendClocks: ['1 ms'], cycle: '1 ms' });
    // in: Unsigned16 + 2 Float32 + OctetString(6) = 16 B + 2 IOPS + 1 IOCS = 19 → padded 40 → 46; out: 1 + 1 + 2 = 4 → 40 → 46
    expect([r.inputBytes, r.outputBytes, r.inputSize, r.outputSize]).toEqual([16, 1, 46, 46]);
    expect(s).toMatchObject({ type: 'drive', conformanceClass: 'C', needsTsn: true, rtClasses: ['RT_CLASS_1', 'RT_CLASS_3'] });
    expect(s.sendClocks).toEqual(['250 us', '500 us', '1 ms', '2 ms']);
    // no DataItems: the maxima 64/48 B; 64 + 1 + 1 = 66 → 72, 48 + 2 = 50 → 56
    expect([s.inputBytes, s.outputBytes, s.inputSize, s.outputSize]).toEqual([64, 48, 72, 56]);
    expect(assumed.map((n) => n.what)).toContain(
      "no VirtualSubmoduleItem/IOData DataItems in the device access point → I/O at IOConfigData's maxima: 64 B in, 48 B out",
    );
    expect(assumed.filter((n) => n.what.startsWith('cycle 1 ms = send clock 32 × 31.25 µs × reduction ratio 1'))).toHaveLength(2);
  });

  it('a modular device: the I/O of the modules its default configuration plugs, once per slot', () => {
    const { catalog, assumed } = importDeviceCatalog([file(MODULAR)]);
    const [m] = catalog.devices;
    // in: DI16 (2 B) in slot 1 + AI4 (4 × Integer16 = 8 B) in slots 2, 3 = 18 B from 3 submodules;
    // out: DO8 (1 B) in slots 4..6 = 3 B from 3; AO2 is only allowed, not plugged.
    // C_SDU in: 18 + 3 IOPS + 3 IOCS = 24 → padded 40 → 46; out: 3 + 3 + 3 = 9 → 40 → 46
    expect([m.inputBytes, m.outputBytes, m.inputSize, m.outputSize]).toEqual([18, 3, 46, 46]);
    expect(assumed.map((n) => n.what)).toContain(
      'the default configuration (@FixedInSlots, @UsedInSlots): IDM_DI16 in slot 1, IDM_AI4 in slots 2 3, IDM_DO8 in slots 4 5 6; ' +
        'not plugged: IDM_AO2 (allowed in slots 2..8)',
    );
    const modular = readFileSync(MODULAR, 'utf8');
    expect(thrown(() => importDeviceCatalog([file('m.xml', modular.replace('UsedInSlots="2 3"', 'UsedInSlots="2 x"'))])).message).toMatch(
      /^m\.xml:\d+ UseableModules\/ModuleItemRef@UsedInSlots: slot numbers 0\.\.32767 such as "2 3" or "4\.\.6", not "x"/,
    );
    expect(thrown(() => importDeviceCatalog([file('m.xml', modular.replace('ModuleItemTarget="IDM_AI4"', 'ModuleItemTarget="IDM_AI8"'))])).message).toMatch(
      /ModuleItemRef@ModuleItemTarget: the ID of a ModuleList\/ModuleItem, not "IDM_AI8"/,
    );
  });

  it('picks the smallest reduction ratio whose cycle reaches MinDeviceInterval, within the RR ≥ 256 limits', () => {
    const [d] = importDeviceCatalog(edited('MinDeviceInterval="32"', 'MinDeviceInterval="128"')).catalog.devices;
    expect(d.cycle).toBe('4 ms'); // 32 × 4 = 128 ticks
    const err = thrown(() =>
      importDeviceCatalog(edited('SendClock="32" ReductionRatio="1 2 4 8 16 32 64 128 256 512"', 'SendClock="128" ReductionRatio="256 512"')),
    );
    expect(err.message).toContain('RR ≥ 256 needs send clock ≤ 64');
  });

  it('malformed XML: file, line and column', () => {
    const err = thrown(() =>
      importDeviceCatalog(edited('<CertificationInfo ConformanceClass="B" ApplicationClass="" NetloadClass="I"/>', '<CertificationInfo ConformanceClass="B">')),
    );
    expect(err.file).toBe('bad.xml');
    expect(err.message).toMatch(/^bad\.xml:\d+:\d+: well-formed XML: /);
  });

  it('values outside the allowed sets: the line, element path and allowed values', () => {
    expect(thrown(() => importDeviceCatalog(edited('SendClock="32"', 'SendClock="32 48"'))).message).toBe(
      'bad.xml:60 InterfaceSubmoduleItem/ApplicationRelations/TimingProperties@SendClock: send clock factors: each one of 1 2 4 8 16 32 64 128, not 48',
    );
    expect(thrown(() => importDeviceCatalog(edited('ReductionRatio="1 2 4 8 16 32 64 128 256 512"', 'ReductionRatio="1 1024"'))).message).toContain(
      'TimingProperties@ReductionRatio: reduction ratios (1..512): each one of 1..512, not 1024',
    );
    expect(thrown(() => importDeviceCatalog(edited('ConformanceClass="B"', 'ConformanceClass="E"'))).message).toBe(
      'bad.xml:27 DeviceAccessPointItem/CertificationInfo@ConformanceClass: one of A, B, C, D, not "E"',
    );
    expect(thrown(() => importDeviceCatalog(edited('MaxInputLength="244"', 'MaxInputLength="1441"'))).message).toContain(
      'DeviceAccessPointItem/IOConfigData@MaxInputLength: 0..1440 bytes, not "1441"',
    );
    expect(thrown(() => importDeviceCatalog(edited('DataType="Float32" TextId="IDT_AI1"', 'DataType="Float33" TextId="IDT_AI1"'))).message).toMatch(
      /^bad\.xml:41 VirtualSubmoduleItem\/IOData\/Input\/DataItem@DataType: a data type of .*, not "Float33"$/,
    );
    expect(thrown(() => importDeviceCatalog(edited('MinDeviceInterval="32"', 'MinDeviceInterval="0"'))).message).toContain(
      'DeviceAccessPointItem@MinDeviceInterval',
    );
    expect(thrown(() => importDeviceCatalog([file('x.xml', '<graphml/>')])).message).toBe('x.xml:1: a GSDML document (<ISO15745Profile>), not <graphml>');
  });
});
