/**
 * `netloom export inet` and `netloom export bom` through the real command: the files written, what
 * is printed, and exit 2 with the flag or file named for every mistake, nothing written over.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, expandScenario, PLAN_FORMAT } from '../../sim/api/index.ts';
import { netloom, ROOT } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-export-'));
const AGV = 'scenarios/examples/wireless-agv.json';

describe('netloom export inet', () => {
  it('writes NETWORK.ned and omnetpp.ini into the folder (made if missing) and lists what it assumed', () => {
    const dir = join(tmp, 'agv', 'inet');
    const r = netloom('export', 'inet', AGV, '--out', dir);
    expect(r.code, r.stderr).toBe(0);
    const ned = join(dir, 'WirelessIntralogisticsWiFi6AGVsAndAPrivate5GCell.ned');
    expect(readFileSync(ned, 'utf8')).toContain('network WirelessIntralogisticsWiFi6AGVsAndAPrivate5GCell extends TsnNetworkBase');
    expect(readFileSync(join(dir, 'omnetpp.ini'), 'utf8')).toContain('network = WirelessIntralogisticsWiFi6AGVsAndAPrivate5GCell');
    expect(r.stdout).toMatch(/^15 nodes, 14 links and 11 flows written as network /);
    expect(r.stdout).toMatch(/assumed \(\d+\)/);
    expect(r.stdout).toContain('node GNB: private 5G cell written as a switch');
    expect(r.stdout).toContain('a radio link, written as a wired channel');
  });

  it('refuses to write over an existing project without --force, and replaces it with --force', () => {
    const dir = join(tmp, 'again');
    expect(netloom('export', 'inet', AGV, '--out', dir).code).toBe(0);
    writeFileSync(join(dir, 'omnetpp.ini'), 'mine');
    const again = netloom('export', 'inet', AGV, '--out', dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^netloom: --out: .* already exists; give --force to replace it/);
    expect(readFileSync(join(dir, 'omnetpp.ini'), 'utf8')).toBe('mine');
    expect(netloom('export', 'inet', AGV, '--out', dir, '--force').code).toBe(0);
    expect(readFileSync(join(dir, 'omnetpp.ini'), 'utf8')).toContain('[General]');
  });

  it('exits 2 naming the problem: a bad scenario, a file as the folder, no --out, an unknown export', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"format": "netloom.scenario/v1", "name": "x", "nodes": [], "links": [], "flows": []}');
    const cases: [string[], RegExp][] = [
      [['export', 'inet', bad, '--out', join(tmp, 'bad')], /bad\.json has 1 problem/],
      [['export', 'inet', AGV, '--out', bad], /--out: .*bad\.json exists and is not a folder/],
      [['export', 'inet', AGV], /--out: name the folder to write/],
      [['export', 'pdf', AGV, '--out', tmp], /cannot export "pdf": expected inet or bom/],
      [['export', 'inet', AGV, '--out', '-'], /--out: export inet writes two files; name a folder/],
    ];
    for (const [args, message] of cases) {
      const r = netloom(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });
});

describe('netloom export bom', () => {
  const scenarioFile = 'scenarios/industry/automotive-body-shop.json';
  const pinned = JSON.parse(readFileSync(join(ROOT, 'test/validation/industryPlans.expected.json'), 'utf8'))['automotive-body-shop.json'];
  const scenario = expandScenario(JSON.parse(readFileSync(join(ROOT, scenarioFile), 'utf8')));
  const plan = {
    format: PLAN_FORMAT,
    scenario: scenario.name,
    totalCost: pinned.totalCost,
    actions: pinned.actions.map((action: unknown) => ({ action })),
    catalog: DEFAULT_CATALOG,
  };
  const planFile = join(tmp, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));

  it("writes the plan's bill of materials as CSV, its total the plan's cost", () => {
    const out = join(tmp, 'bom.csv');
    const r = netloom('export', 'bom', planFile, '--scenario', scenarioFile, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const rows = csvParse(readFileSync(out, 'utf8'));
    expect(Number(rows.find((row) => row.item === 'total')?.['amount (USD)'])).toBe(pinned.totalCost);
    expect(rows.find((row) => row.item === 'fiber cable')?.unit).toBe('m');
    expect(netloom('export', 'bom', planFile, '--scenario', scenarioFile, '--out', '-').stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('exits 2 naming the plan file and field, or the missing flag', () => {
    const wrong = join(tmp, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...plan, scenario: 'another plant' }));
    const cases: [string[], RegExp][] = [
      [['export', 'bom', wrong, '--scenario', scenarioFile, '--out', join(tmp, 'x.csv')], /wrong\.json: \$\.scenario: this plan is of "another plant"/],
      [['export', 'bom', planFile, '--out', join(tmp, 'x.csv')], /--scenario: name the scenario the plan was made for/],
      [['export', 'bom', planFile, '--scenario', scenarioFile, '--out', planFile], /--out: .*plan\.json is the scenario being read/],
    ];
    for (const [args, message] of cases) {
      const r = netloom(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(existsSync(join(tmp, 'x.csv'))).toBe(false);
  });
});
