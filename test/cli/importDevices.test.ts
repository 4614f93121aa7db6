/**
 * `netloom import devices`: a folder of GSDML files → a device catalog; the devices added to a
 * scenario as IO devices of its PLC, which `validate` accepts and `run` runs with their cyclic
 * flows; a bad file or flag exits 2 naming the file and place.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-import-devices-'));
const DIR = 'test/fixtures/import/gsdml';
const RIO = `${DIR}/GSDML-V2.43-NetLoom-RemoteIO-20261207.xml`;

describe('netloom import devices', () => {
  it('a folder of GSDML files → a catalog, with what was mapped and assumed', () => {
    const out = join(tmp, 'catalog.json');
    const r = netloom('import', 'devices', DIR, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('mapped (9):');
    expect(r.stdout).toContain(`  ${RIO} CertificationInfo@ConformanceClass: conformance class B`);
    expect(r.stdout).toContain('3 devices written to');
    const catalog = JSON.parse(readFileSync(out, 'utf8'));
    expect(catalog.format).toBe('netloom.devices/v1');
    // the published schema (generated from DeviceCatalog by scripts/write-schema.ts) accepts it, and is strict
    const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schema/netloom.devices.v1.schema.json', 'utf8')));
    expect(validate(catalog), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...catalog, devices: [{ ...catalog.devices[0], conformanceClass: 'E' }] })).toBe(false);
    const devices = catalog.devices.map((d: { id: string; cycle: string }) => `${d.id} ${d.cycle}`);
    expect(devices).toEqual(['MIO-head-station 1 ms', 'RIO-16DI-8DO 1 ms', 'Servo-S1 1 ms']);
  });

  it('--into --attach: the devices and their cyclic flows join the scenario, which validates and runs', () => {
    const out = join(tmp, 'cell.json');
    const r = netloom('import', 'devices', DIR, '--into', 'scenarios/examples/tsn-cell.json', '--attach', 'PLC', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`  ${RIO}: RIO-16DI-8DO cabled to SW-A at 100 Mb/s`);
    const s = JSON.parse(readFileSync(out, 'utf8'));
    expect(s.flows.find((f: { id: string }) => f.id === 'RIO-16DI-8DO-in')).toEqual({
      id: 'RIO-16DI-8DO-in',
      from: 'RIO-16DI-8DO',
      to: 'PLC',
      size: '46 B',
      priority: 6,
      protocol: 'profinet-rt',
      pattern: { type: 'periodic', period: '1 ms' },
      requirement: { latency: '1 ms' },
    });
    const v = netloom('validate', out);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain('14 nodes, 14 links, 10 flows');
    const ran = netloom('run', out, '--duration', '200 ms');
    expect(ran.code, ran.stderr).toBeLessThanOrEqual(1);
    expect(ran.stdout).toContain('RIO-16DI-8DO-in');
  });

  it('bad input exits 2 naming the file, the element path and the allowed values', () => {
    const bad = join(tmp, 'bad.xml');
    writeFileSync(bad, readFileSync(RIO, 'utf8').replace('SendClock="32"', 'SendClock="3"'));
    const r = netloom('import', 'devices', bad, '--out', join(tmp, 'x.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${bad}:60 InterfaceSubmoduleItem/ApplicationRelations/TimingProperties@SendClock: send clock factors: each one of 1 2 4 8 16 32 64 128, not 3`,
    );
    const noPlc = netloom('import', 'devices', RIO, '--into', 'scenarios/examples/tsn-cell.json', '--attach', 'PLC9', '--out', join(tmp, 'y.json'));
    expect(noPlc.code).toBe(2);
    expect(noPlc.stderr).toContain('--attach: a node of the scenario, not "PLC9"');
    const noAttach = netloom('import', 'devices', RIO, '--into', 'scenarios/examples/tsn-cell.json', '--out', join(tmp, 'z.json'));
    expect(noAttach.code).toBe(2);
    expect(noAttach.stderr).toContain('--attach: name the IO controller');
  });
});
