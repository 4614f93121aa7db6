import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadScenario, type Model, portLabels, type ScenarioJson } from '../../sim/api/index.ts';
import { DEFAULT_TRACE_FIELDS, parseWindow, type TraceFields, traceRequest } from './traceSettings.ts';

const r1 = JSON.parse(readFileSync(new URL('../../scenarios/reference/r1-line-cell.json', import.meta.url), 'utf8')) as ScenarioJson;
const model: Model = loadScenario({ ...r1, simulation: { ...r1.simulation, replications: 3 } });
const fields = (f: Partial<TraceFields>): TraceFields => ({ ...DEFAULT_TRACE_FIELDS, ...f });

describe('the trace dialog’s fields, as run --trace-window/--trace-flows/--pcap-ports read them', () => {
  test('a window is FROM..TO in any time unit, in seconds', () => {
    expect(parseWindow('2 ms..6 ms')).toEqual([0.002, 0.006]);
    const [from, to] = parseWindow('0s..100us') as [number, number];
    expect([from, Math.round(to * 1e12)]).toEqual([0, 100_000_000]); // the engine's picoseconds
    expect(parseWindow('6 ms..2 ms')).toMatch(/expected 0 ≤ FROM < TO/);
    expect(parseWindow('2 ms')).toMatch(/expected FROM\.\.TO/);
    expect(parseWindow('2 parsecs..3 ms')).toEqual(expect.any(String));
  });

  test('each bad field is named, with what is wrong', () => {
    expect(traceRequest(model, fields({ window: '1..2..3' }), 'x')).toMatchObject({ ok: false, field: 'window' });
    expect(traceRequest(model, fields({ flows: 'video, nope' }), 'x')).toEqual({ ok: false, field: 'flows', message: 'no flow "nope" in the scenario' });
    expect(traceRequest(model, fields({ capture: true, ports: 'S9:1' }), 'x')).toMatchObject({ ok: false, field: 'ports' });
    expect(traceRequest(model, fields({ packets: false }), 'x')).toMatchObject({ ok: false, field: 'what' });
  });

  test('packets are traced in every replication, frames in the first only; without packets the others trace nothing', () => {
    const both = traceRequest(model, fields({ window: '2 ms..6 ms', flows: 'video', capture: true, ports: 'S2:1, S1>S2' }), 'x');
    if (!both.ok) throw new Error(both.message);
    const s1s2 = model.ports.find((p) => model.nodes[p.from].id === 'S1' && model.nodes[p.to].id === 'S2')!.index;
    const s2first = portLabels(model).indexOf('S2:1');
    const ports = [s1s2, s2first].sort((a, b) => a - b);
    expect(both.plan.request(0)).toEqual({ packets: true, window: [0.002, 0.006], flows: ['video'], ports });
    expect(both.plan.request(2)).toEqual({ packets: true, window: [0.002, 0.006], flows: ['video'], ports: [] });
    const framesOnly = traceRequest(model, fields({ packets: false, capture: true }), 'x');
    if (!framesOnly.ok) throw new Error(framesOnly.message);
    expect(framesOnly.plan.request(1)).toBeUndefined();
    expect(framesOnly.plan.request(0)?.ports?.length).toBe(model.ports.filter((p) => model.nodes[p.from].type === 'switch').length);
  });

  test('the captures are named after their ports, as --pcap-out names its files, each opening with its section header', () => {
    const r = traceRequest(model, fields({ capture: true, ports: 'S1:1,S2:1' }), 'NetLoom test');
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.pcaps.map((p) => p.name)).toEqual(['S1_1.pcapng', 'S2_1.pcapng']);
    // pcapng section header block type 0x0A0D0D0A
    for (const p of r.plan.pcaps) expect([...p.header.subarray(0, 4)]).toEqual([0x0a, 0x0d, 0x0d, 0x0a]);
  });
});
