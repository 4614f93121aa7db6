/**
 * `netloom import traffic`: a text2pcap capture's flows join a scenario that validates and runs;
 * a corrupt capture, an unknown node or a malformed --map exits 2 naming the place.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-import-traffic-'));
const FX = 'test/fixtures/import/pcap';
const MAP = '02:00:00:00:00:10=PLC,02:00:00:00:00:01=IO1,02:00:00:00:00:02=IED1,10.0.0.3=HOST';

describe('netloom import traffic', () => {
  it('pcapng → trace flows between the mapped nodes; the scenario validates and runs', () => {
    const out = join(tmp, 'cell.json');
    const r = netloom('import', 'traffic', `${FX}/cell.pcapng`, '--into', `${FX}/cell.json`, '--map', MAP, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`  ${FX}/cell.pcapng: 10 packets profinet-rt 02:00:00:00:00:01 → 02:00:00:00:00:10 PCP 6 → IO1 → PLC`);
    // the GOOSE multicast address is not mapped: its packets are listed as left out, not lost silently
    const goose = `  ${FX}/cell.pcapng: 3 packets goose 02:00:00:00:00:02 → 01:0c:cd:01:00:01 left out`;
    expect(r.stdout).toContain(`${goose}: no node has the address of an end (give it addresses, or --map MAC=NODE)`);
    expect(r.stdout).toContain('2 flows from');
    const s = JSON.parse(readFileSync(out, 'utf8'));
    expect(s.flows[1]).toEqual({
      id: 'udp-HOST-PLC',
      from: 'HOST',
      to: 'PLC',
      size: '128 B',
      pattern: { type: 'trace', times: [250000, 2250000, 4250000, 6250000, 8250000], unit: 'ns' },
      protocol: 'udp',
    });
    expect(s.flows[0]).toMatchObject({ id: 'profinet-rt-IO1-PLC', protocol: 'profinet-rt', priority: 6 });
    const v = netloom('validate', out);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain('5 nodes, 4 links, 2 flows');
    const ran = netloom('run', out, '--duration', '200 ms');
    expect(ran.code, ran.stderr).toBeLessThanOrEqual(1);
    expect(ran.stdout).toContain('profinet-rt-IO1-PLC');
  });

  it('--fit: the PROFINET flow periodic at its least-squares cycle, the UDP one CBR; the fits listed; validates', () => {
    const out = join(tmp, 'fit.json');
    const r = netloom('import', 'traffic', `${FX}/cell.pcap`, '--into', `${FX}/cell.json`, '--map', MAP, '--fit', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('profinet-rt-IO1-PLC: periodic, cycle 1000000 ns, jitter 5000 ns');
    const s = JSON.parse(readFileSync(out, 'utf8'));
    expect(s.flows.map((f: { pattern: { type: string } }) => f.pattern.type)).toEqual(['periodic', 'cbr']);
    expect(netloom('validate', out).code).toBe(0);
  });

  it('bad input exits 2 naming the file and place', () => {
    const cut = join(tmp, 'cut.pcap');
    const bytes = readFileSync(`${FX}/cell.pcap`);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 10));
    const r = netloom('import', 'traffic', cut, '--into', `${FX}/cell.json`, '--map', MAP, '--out', join(tmp, 'a.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${cut}:byte \\d+: pcap record 18: \\d+ captured bytes, \\d+ left \\(a truncated capture\\)`));
    const unknown = netloom(
      'import',
      'traffic',
      `${FX}/cell.pcap`,
      '--into',
      `${FX}/cell.json`,
      '--map',
      '02:00:00:00:00:10=PLC9',
      '--out',
      join(tmp, 'b.json'),
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--map:02:00:00:00:00:10: a node of the scenario, not "PLC9"');
    const malformed = netloom('import', 'traffic', `${FX}/cell.pcap`, '--into', `${FX}/cell.json`, '--map', 'PLC', '--out', join(tmp, 'c.json'));
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--map: expected MAC=NODE or IP=NODE pairs');
  });
});
