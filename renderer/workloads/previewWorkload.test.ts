import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { docFiles, ELSEWHERE, noFiles } from '../model/DocFiles.ts';
import { newScenario } from '../model/edits.ts';
import { defaultName, defaultParamText, defaultRoles, parseParams, previewWorkload, roleCandidates } from './previewWorkload.ts';
import { templateByKey, WORKLOAD_TEMPLATES } from './workloadTemplates.ts';

const visionCell = JSON.parse(readFileSync(new URL('../../scenarios/examples/vision-cell.json', import.meta.url), 'utf8')) as ScenarioJson;
const vision = templateByKey('vision');
const NONE = noFiles(ELSEWHERE.newDocument);
const defaults = (s: ScenarioJson, key: string) => {
  const t = templateByKey(key);
  return previewWorkload(s, t, defaultName(s, t), defaultRoles(s, t), parseParams(t, defaultParamText(t)).params, NONE);
};

describe('the Add AI workload dialog', () => {
  test('every template’s prefilled parameters parse, and each names its source', () => {
    for (const t of WORKLOAD_TEMPLATES) {
      expect(parseParams(t, defaultParamText(t)).errors).toEqual({});
      for (const p of t.params) expect(p.source.length).toBeGreaterThan(10);
      for (const f of t.fixed) expect(f.source.length).toBeGreaterThan(10);
    }
  });

  test('vision inspection on a cell: the cameras, the edge server and the PLC are chosen; one flow per camera, with the defaults', () => {
    expect(defaultRoles(visionCell, vision)).toEqual({ cameras: ['CAM1', 'CAM2'], inference: ['EDGE1'], plc: ['PLC1'] });
    const p = defaults(visionCell, 'vision');
    if (!p.ok) throw new Error(p.problems.join('; '));
    expect(p.flows.map((f) => f.id)).toEqual(['vision-CAM1', 'vision-CAM2']);
    const f = p.flows[0];
    expect(f).toMatchObject({
      from: 'CAM1',
      to: 'EDGE1',
      size: `${Math.round((1292 * 964) / 10)} B`,
      response: { size: '64 B', to: 'PLC1' },
      requirement: { latency: '100 ms', percentile: 99 },
    });
    expect(p.issues).toEqual([]);
    expect(visionCell.flows.map((x) => x.id)).not.toContain('vision-CAM1'); // worked on a copy
  });

  test('the preview says what the workload asks of the network and the accelerator', () => {
    const p = defaults(visionCell, 'vision');
    if (!p.ok || !p.demand) throw new Error('no demand');
    const cam1 = p.demand.flows.find((f) => f.flow === 'vision-CAM1')!;
    expect(cam1.perSecond).toBeCloseTo(30, 3);
    expect(cam1.bps).toBeCloseTo(30 * 124549 * 8, -3);
    const uplink = p.demand.links.find((l) => l.dir === 'CAM1→SW1')!;
    expect(uplink.after - uplink.before).toBeGreaterThan(cam1.bps); // plus framing
    expect(uplink.rateBps).toBe(1e9);
    const edge = p.demand.compute.find((c) => c.node === 'EDGE1')!;
    expect(edge.after).toBeGreaterThan(edge.before);
    expect(edge.batched).toBe(true); // the node batches up to 4
  });

  test('a second workload gets its own name; a name that clashes with existing flows is refused', () => {
    const withVision = (defaults(visionCell, 'vision') as { scenario: ScenarioJson }).scenario;
    expect(defaultName(withVision, vision)).toBe('vision2');
    const p = previewWorkload(visionCell, vision, 'inspect', { cameras: ['CAM1'], inference: ['EDGE1'], plc: ['PLC1'] }, {}, NONE);
    expect(p).toEqual({ ok: false, problems: ['A flow “inspect-CAM1” exists already: choose another name.'] });
  });

  test('a plant without a compute node: the dialog says what is missing and adds nothing', () => {
    const plant = newScenario();
    const role = vision.roles.find((r) => r.key === 'inference')!;
    expect(roleCandidates(plant, role)).toEqual([]);
    expect(role.missing).toMatch(/compute node .* this scenario has none/);
    const p = defaults(plant, 'vision');
    expect(p.ok).toBe(false);
    expect((p as { problems: string[] }).problems).toContain('Choose at least one of the cameras.');
  });

  test('a device the network does not reach: the core’s own message, named by flow', () => {
    const s: ScenarioJson = { ...visionCell, nodes: [...visionCell.nodes, { id: 'CAM9', type: 'camera', position: [20, 20, 0] }] };
    const p = previewWorkload(s, vision, 'vision', { cameras: ['CAM9'], inference: ['EDGE1'], plc: ['PLC1'] }, {}, NONE);
    if (!p.ok) throw new Error(p.problems.join('; '));
    expect(p.issues.length).toBeGreaterThan(0);
    expect(p.issues[0]).toMatch(/^vision-CAM9/);
    expect(p.demand).toBeNull();
  });

  test('parameters: numbers, quantities and bounds are checked; an optional one may stay empty', () => {
    const r = parseParams(vision, { fps: 'fast', compression: '10', model: 'yolo11s-int8-orin-nano', deadline: '5 parsecs', priority: '' });
    expect(Object.keys(r.errors).sort()).toEqual(['deadline', 'fps']);
    expect(r.params.priority).toBeUndefined();
    expect(parseParams(vision, { priority: '9' }).errors.priority).toBe('expected at most 7');
    expect(parseParams(vision, { priority: '6' }).params.priority).toBe(6);
  });

  test('a stream faster than its source’s link: the core’s message, before anything is added', () => {
    const t = templateByKey('historian');
    const p = previewWorkload(visionCell, t, 'backup2', { from: ['PLC1'], to: ['HIST'] }, { rate: '200 Mb/s' }, NONE);
    expect(p.ok && p.issues).toEqual(["backup2 (pattern.rate): 200 Mb/s is more than PLC1's link carries (100 Mb/s)"]);
  });

  test('on a scenario that replays a capture, the demand counts the capture’s packets (the document’s trace files reach the loader)', () => {
    const url = new URL('../../scenarios/examples/udp-replay.json', import.meta.url);
    const replay = JSON.parse(readFileSync(url, 'utf8')) as ScenarioJson;
    const read = readScenarioFiles(replay, fileURLToPath(new URL('.', url)));
    const files = docFiles(
      replay,
      Object.entries(read.files).map(([name, text]) => ({ name, text })),
      read.issues,
      ELSEWHERE.library,
    );
    const t = templateByKey('historian');
    const p = previewWorkload(replay, t, 'backup', { from: ['GW'], to: ['EDGE'] }, { rate: '10 Mb/s' }, files);
    if (!p.ok) throw new Error(p.problems.join('; '));
    expect(p.issues).toEqual([]);
    // GW→S1 carries the replay alone: 32 packets of 100, 500, 1000 and 1400 B (8 of each: captures/udp-sizes.csv),
    // each with 38 B of Ethernet on the wire (14 B header, 4 B FCS, 20 B preamble and gap), in the 100 ms run
    const gw = p.demand!.links.find((l) => l.dir === 'GW→S1')!;
    expect(gw.before).toBeCloseTo(((8 * (100 + 500 + 1000 + 1400) + 32 * 38) * 8) / 0.1, 3);
    // without the files (a browser's Open file…) the scenario does not load: no demand, and no problem blamed on the workload
    const none = previewWorkload(replay, t, 'backup', { from: ['GW'], to: ['EDGE'] }, { rate: '10 Mb/s' }, noFiles(ELSEWHERE.browser));
    expect(none.ok && none.issues).toEqual([]);
    expect(none.ok && none.demand).toBeNull();
  });

  test('an LLM agent raises its server to the concurrency it needs, and says so', () => {
    const s: ScenarioJson = {
      ...visionCell,
      nodes: [...visionCell.nodes, { id: 'HMI1', type: 'hmi', position: [0, 6, 0] }],
      links: [...visionCell.links, { from: 'HMI1', to: 'SW1', rate: '100 Mb/s' }],
    };
    const p = defaults(s, 'llm');
    if (!p.ok) throw new Error(p.problems.join('; '));
    expect(p.flows.map((f) => f.id)).toEqual(['llm-HMI1']);
    expect(p.nodes).toEqual([{ id: 'EDGE1', kind: 'changed', note: 'compute servers 1 → 5' }]);
  });

  test('every template adds flows to a plant that has what it needs', () => {
    const s: ScenarioJson = {
      ...visionCell,
      nodes: [
        ...visionCell.nodes,
        { id: 'HMI1', type: 'hmi', position: [0, 6, 0] },
        { id: 'SEN1', type: 'sensor', position: [2, 6, 0] },
        { id: 'ROB1', type: 'robot', position: [4, 8, 0] },
      ],
      links: [
        ...visionCell.links,
        { from: 'HMI1', to: 'SW1', rate: '100 Mb/s' },
        { from: 'SEN1', to: 'SW1', rate: '100 Mb/s' },
        { from: 'ROB1', to: 'SW1', rate: '100 Mb/s' },
      ],
    };
    for (const t of WORKLOAD_TEMPLATES) {
      const params = parseParams(t, { ...defaultParamText(t), ...(t.key === 'historian' ? { rate: '50 Mb/s' } : {}) }).params;
      const p = previewWorkload(s, t, defaultName(s, t), defaultRoles(s, t), params, NONE);
      if (!p.ok) throw new Error(`${t.key}: ${p.problems.join('; ')}`);
      expect(p.flows.length, t.key).toBeGreaterThan(0);
      expect(p.issues, t.key).toEqual([]);
    }
  });
});
