/**
 * `netloom import topology`: each kind of file through the real command, the scenario it writes
 * accepted by `netloom validate` and run by `netloom run`; an existing file is not replaced
 * without --force; a malformed file exits 2 naming the file and the place.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-import-'));
const FIXTURES = 'test/fixtures/import';
const fx = (name: string) => `${FIXTURES}/${name}`;

/** import → validate → run, through the CLI; returns the written scenario and the import's output */
function importValidateRun(out: string, ...args: string[]) {
  const file = join(tmp, out);
  const imported = netloom('import', 'topology', ...args, '--out', file);
  expect(imported.code, imported.stderr).toBe(0);
  const validated = netloom('validate', file);
  expect(validated.code, validated.stderr).toBe(0);
  const ran = netloom('run', file, '--duration', '1 ms');
  expect(ran.code, ran.stderr).toBe(0);
  return { scenario: JSON.parse(readFileSync(file, 'utf8')), stdout: imported.stdout, validated: validated.stdout };
}

describe('netloom import topology', () => {
  it('CSV: a nodes and a links sheet → a scenario that validates and runs; the lists are printed', () => {
    const r = importValidateRun('csv.json', fx('line.nodes.csv'), fx('line.links.csv'));
    expect(r.validated).toContain('7 nodes, 6 links, 0 flows');
    expect(r.stdout).toContain('mapped (15):');
    expect(r.stdout).toContain(`  ${fx('line.nodes.csv')}:5: Drive 1: role "VFD" → drive`);
    expect(r.stdout).toContain('assumed (4) — review these:');
    expect(r.stdout).toContain(`  ${fx('line.links.csv')}:7: SW-CELL1–HMI1: speed not given → 1 Gb/s`);
  });

  it('GraphML written by NetworkX → a scenario that validates and runs', () => {
    const r = importValidateRun('graphml.json', fx('plant.networkx.graphml'));
    expect(r.validated).toContain('"cell 7", 6 nodes, 5 links, 0 flows');
    expect(r.stdout).toContain(`  ${fx('plant.networkx.graphml')}:50:5: SW1–EDGE1: bandwidth 10000 has no unit → read as Mb/s (10 Gb/s)`);
  });

  it('LLDP: a folder of neighbour tables (lldpctl, EOS, NX-OS), one per device → one topology that validates and runs', () => {
    const r = importValidateRun('lldp.json', fx('lldp'));
    expect(r.validated).toContain('6 nodes, 5 links, 0 flows');
    const merged = `(first at ${fx('lldp/sw-cell2.json')} $.TABLE_nbor.ROW_nbor): one link`;
    expect(r.stdout).toContain(`  ${fx('lldp/sw-core.json')} $.lldp.interface[1].eth2: sw-core–sw-cell2 seen again ${merged}`);
  });

  it('NetBox: a folder of devices, interfaces and cables as its API returns them → a scenario that validates and runs', () => {
    const r = importValidateRun('netbox.json', fx('netbox'), '--name', 'Plant North');
    expect(r.validated).toContain('"Plant North", 5 nodes, 4 links, 0 flows');
    expect(r.stdout).toContain(`  ${fx('netbox/devices.json')} $.results[5]: pdu-1: no cable to another device's interface: left out`);
  });

  it('lists 50 notes of each kind unless --all; with --out - the scenario goes to stdout and the lists to stderr', () => {
    const links = join(tmp, 'many.csv');
    writeFileSync(links, `from,to\n${Array.from({ length: 60 }, (_, i) => `S,D${i}`).join('\n')}\n`);
    const r = netloom('import', 'topology', links, '--out', '-');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).links).toHaveLength(60);
    expect(r.stderr).toContain('assumed (182) — review these:');
    expect(r.stderr).toContain('  … and 132 more (--all lists every one)');
    const all = netloom('import', 'topology', links, '--out', '-', '--all');
    expect(all.stderr).not.toContain('more (--all');
    expect(all.stderr.split('\n').filter((l) => l.includes('speed not given'))).toHaveLength(60);
  });

  it('refuses to replace an existing file without --force, and leaves it as it was', () => {
    const file = join(tmp, 'mine.json');
    writeFileSync(file, 'my work');
    const r = netloom('import', 'topology', fx('line.links.csv'), '--out', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists; give --force to replace it');
    expect(readFileSync(file, 'utf8')).toBe('my work');
    expect(netloom('import', 'topology', fx('line.links.csv'), '--out', file, '--force').code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).links).toHaveLength(6);
  });

  it('a malformed file: exit 2, the file and line:column and what was expected, nothing written', () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'name,type\nP1,plc\n,io\n');
    const out = join(tmp, 'never.json');
    const r = netloom('import', 'topology', bad, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`netloom: ${bad}:3:1: a device name in column "name"\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('usage mistakes exit 2 naming the flag or the argument', () => {
    expect(netloom('import', fx('line.links.csv'), '--out', join(tmp, 'x.json')).stderr).toContain(
      `cannot import "${fx('line.links.csv')}": expected topology`,
    );
    expect(netloom('import', 'topology', fx('line.links.csv')).stderr).toContain('--out: name the scenario file to write');
    expect(netloom('import', 'topology', fx('line.links.csv'), '--from', 'xls', '--out', join(tmp, 'x.json')).stderr).toContain('--from: expected one of csv');
    expect(netloom('import', 'topology', join(tmp, 'missing.csv'), '--out', join(tmp, 'x.json')).stderr).toContain('cannot find');
    const unknown = join(tmp, 'plant.txt');
    writeFileSync(unknown, 'hello');
    const r = netloom('import', 'topology', unknown, '--out', join(tmp, 'x.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${unknown}: a file of a known kind`);
  });
});
