/**
 * A flow's `protocol` through the façade: the GSDML import writes it, `validate` checks it (a bad
 * value names its JSON path), and it changes no simulated figure (the report equals the same
 * scenario's without it) nor any INET file; the INET export says what it sends instead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../scenario/errors.ts';
import { validateScenario } from '../scenario/load.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { runScenario } from './createSimApi.ts';
import { exportInet } from './exportInet.ts';
import { addDevices } from './importDevices.ts';

const DIR = 'test/fixtures/import/gsdml';
const files = ['GSDML-V2.43-NetLoom-RemoteIO-20261207.xml', 'GSDML-V2.43-NetLoom-ServoDrive-20261207.xml'].map((name) => ({
  name,
  text: readFileSync(`${DIR}/${name}`, 'utf8'),
}));
const r1: ScenarioJson = JSON.parse(readFileSync('scenarios/reference/r1-line-cell.json', 'utf8'));
const withDevices = { ...addDevices(r1, files, 'PLC').scenario, simulation: { ...r1.simulation, duration: '20 ms' } };
const without = { ...withDevices, flows: withDevices.flows.map(({ protocol, ...f }) => f) };

describe("a flow's protocol", () => {
  it("the GSDML import gives each device's cyclic flows profinet-rt, and the scenario validates", () => {
    const cyclic = withDevices.flows.filter((f) => f.protocol !== undefined);
    expect(cyclic.map((f) => `${f.id} ${f.protocol}`)).toEqual([
      'RIO-16DI-8DO-in profinet-rt',
      'RIO-16DI-8DO-out profinet-rt',
      'Servo-S1-in profinet-rt',
      'Servo-S1-out profinet-rt',
    ]);
    expect(validateScenario(withDevices)).toEqual([]);
  });

  it('a value outside the list is an error naming its JSON path', () => {
    const bad = { ...withDevices, flows: withDevices.flows.map((f, i) => (i === 3 ? { ...f, protocol: 'profinet' } : f)) };
    expect(validateScenario(bad).map(formatIssue)).toEqual([
      'flows[3].protocol: expected "profinet-rt" or "goose" or "sv" or "ptp" or "udp" or "tcp", got string "profinet"',
    ]);
  });

  it('changes no simulated figure: the report equals the one without it, figure for figure', () => {
    const strip = (r: ReturnType<typeof runScenario>) => ({ ...r, wallSeconds: 0 });
    expect(strip(runScenario({ scenario: withDevices }))).toEqual(strip(runScenario({ scenario: without })));
  });

  it('export inet writes the same files but for one assumption: PROFINET RT is sent as UDP there', () => {
    const a = exportInet(withDevices);
    const b = exportInet(without);
    const note = 'flows RIO-16DI-8DO-in, RIO-16DI-8DO-out, Servo-S1-in, Servo-S1-out: profinet-rt sent as UDP datagrams of the same size';
    expect(a.assumed.filter((l) => !b.assumed.includes(l))).toEqual([expect.stringContaining(note)]);
    // the ini lists what was assumed in its comments: that line aside, every file is the same
    const unnoted = a.files.map((f) => ({ ...f, text: f.text.replace(/^.*profinet-rt sent as UDP.*\n/m, '') }));
    expect(unnoted).toEqual(b.files);
  });
});
