import { describe, expect, it } from 'vitest';
import { loadScenario, validateScenario } from './load.ts';

/** camera → switch → gateway (with an NPU), edge server, cloud; verdict to a PLC */
const cascade = (pipeline: unknown[], flow: Record<string, unknown> = {}) => ({
  format: 'netloom.scenario/v1',
  name: 'cascade',
  nodes: [
    { id: 'CAM', type: 'camera' },
    { id: 'SW', type: 'switch' },
    { id: 'GW', type: 'gateway', compute: { service: '2 ms' } },
    { id: 'EDGE', type: 'compute' },
    { id: 'CLOUD', type: 'cloud' },
    { id: 'PLC', type: 'plc' },
  ],
  links: ['CAM', 'GW', 'EDGE', 'CLOUD', 'PLC'].map((n) => ({ from: 'SW', to: n, rate: '1 Gb/s' })),
  flows: [{ id: 'f', from: 'CAM', to: 'PLC', size: '600 kB', pattern: { type: 'periodic', period: '100 ms' }, pipeline, ...flow }],
});

const three = () => [
  { id: 'pre', at: 'GW', service: '2 ms', size: '150 kB' },
  { id: 'detect', at: 'EDGE', model: 'yolov8n', service: '6 ms', size: '200 B', escalate: { to: 'verify', probability: 0.08 } },
  { id: 'verify', at: 'CLOUD', service: '180 ms', size: '200 B' },
];

const issues = (s: unknown) => validateScenario(s).map((i) => `${i.path}: ${i.message}`);

describe('compilePipeline', () => {
  it('compiles stages, the legs between them and every path an item can take', () => {
    const p = loadScenario(cascade(three())).flows[0].pipeline!;
    expect(p.stages.map((s) => [s.id, s.at, s.target])).toEqual([
      ['pre', 2, false],
      ['detect', 3, false],
      ['verify', 4, true],
    ]);
    // CAM→GW, GW→EDGE, EDGE→PLC (not escalated), EDGE→CLOUD, CLOUD→PLC
    expect(p.legs.map((l) => [l.from, l.to, l.route.length])).toEqual([
      [-1, 0, 2],
      [0, 1, 2],
      [1, -1, 2],
      [1, 2, 2],
      [2, -1, 2],
    ]);
    expect(p.paths).toEqual([
      [0, 1],
      [0, 1, 2],
    ]);
  });

  it('lets a node of any type with a compute object serve a stage, and no other', () => {
    const s = cascade([{ id: 'a', at: 'PLC' }]);
    expect(issues(s)).toEqual([
      'flows[0].pipeline[0].at: "PLC" does not compute: a stage runs at a compute or cloud node, or at a node with a "compute" object (a plc with an NPU)',
    ]);
    (s.nodes[5] as Record<string, unknown>).compute = { service: '1 ms' };
    expect(issues(s)).toEqual([]);
  });

  it('refuses duplicate stage ids, unknown nodes, escalations backwards or to unknown stages', () => {
    expect(
      issues(
        cascade([
          { id: 'a', at: 'EDGE', escalate: { to: 'a', probability: 0.1 } },
          { id: 'a', at: 'NOPE' },
          { id: 'c', at: 'CLOUD', escalate: { to: 'zz', confidence: { dist: 'uniform', min: 0, max: 1 }, below: 0.2 } },
        ]),
      ),
    ).toEqual([
      'flows[0].pipeline[1].id: duplicate stage id "a" (first at pipeline[0])',
      'flows[0].pipeline[0].escalate.to: an escalation goes to a later stage; "a" is at pipeline[0]',
      'flows[0].pipeline[1].at: unknown node "NOPE"',
      'flows[0].pipeline[2].escalate.to: unknown stage "zz" (stages: a, a, c)',
    ]);
  });

  it('refuses a pipeline with response or frer, and an escalated share without a pipeline that escalates', () => {
    expect(issues(cascade(three(), { response: { size: '100 B' } }))).toContain(
      'flows[0].pipeline: a flow has either "pipeline" or "response", not both (a request/response flow is a one-stage pipeline)',
    );
    expect(issues(cascade(three(), { frer: true }))).toContain('flows[0].frer: redundancy (frer) on a pipeline flow is not supported yet');
    const s = cascade([{ id: 'a', at: 'EDGE' }], { requirement: { escalated: 0.1 } });
    expect(issues(s)).toEqual(['flows[0].requirement.escalated: no stage of this pipeline escalates (pipeline[].escalate)']);
    delete (s.flows[0] as Record<string, unknown>).pipeline;
    expect(issues(s)).toEqual(['flows[0].requirement.escalated: an escalated share applies to a pipeline flow; add "pipeline"']);
  });

  it('refuses what comes in a later round: fork/join lists, several destinations', () => {
    expect(issues(cascade([{ id: 'a', at: 'EDGE', next: ['b', 'c'] }]))[0]).toMatch(/^flows\[0\]\.pipeline\[0\]\.next: .*later/);
    expect(issues(cascade(three(), { to: ['PLC', 'CAM'] }))[0]).toMatch(/^flows\[0\]\.to: /);
  });
});
