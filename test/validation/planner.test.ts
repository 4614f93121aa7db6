/**
 * The planner against exhaustive search. On small scenarios every combination of the
 * catalog's options (each link at each tier, each switch as-is or replaced, priorities, extra
 * accelerators) is simulated, and the cheapest one meeting every requirement is the optimum;
 * the planner must find a plan of exactly that cost.
 */
import { describe, expect, it } from 'vitest';
import { evaluateInThread } from './evaluateInThread.ts';
import type { Report } from '../../sim/api/index.ts';
import { type Action, applyPlan, type Catalog, type Evaluate, plan, PlanCancelled, planCost, resolveCatalog } from '../../sim/plan/index.ts';
import type { ScenarioJson } from '../../sim/api/index.ts';

const evaluate = evaluateInThread;

const catalog: Catalog = resolveCatalog({
  linkTiers: [
    { rate: '100 Mb/s', cost: 150 },
    { rate: '1 Gb/s', cost: 400 },
  ],
  switchModels: [{ id: 'managed', label: 'managed switch', cost: 2500, latency: '4 us', queueLimit: 2000, scheduler: 'strict' }],
});
const runs = { quick: { durationS: 0.2, replications: 1 }, verify: { durationS: 0.2, replications: 1 }, budget: { years: [2026], perYear: 1e6 } };

/** Every combination of the given option lists, as action lists. */
function* combinations(options: Action[][]): Generator<Action[]> {
  if (options.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = options;
  for (const tail of combinations(rest)) {
    yield tail;
    for (const a of first) yield [a, ...tail];
  }
}

async function optimum(doc: ScenarioJson, options: Action[][], cat = catalog): Promise<{ cost: number; plans: number }> {
  let best = Infinity;
  let plans = 0;
  for (const p of combinations(options)) {
    plans++;
    const cost = planCost(p, doc, cat);
    if (cost >= best) continue;
    const [r] = await evaluate([applyPlan(doc, p, cat)], runs.verify);
    if (!('error' in r) && r.flows.every((f) => f.verdict !== 'fail')) best = cost;
  }
  return { cost: best, plans };
}

const link = (id: string): Action[] => [{ kind: 'link-rate', link: id, rate: '1 Gb/s', fiber: false }];

/** Two cameras' frame bursts and a historian share a 100 Mb/s port with a drive's control loop on an unmanaged switch. */
const unmanagedCell: ScenarioJson = {
  format: 'netloom.scenario/v1',
  name: 'cell with an unmanaged switch',
  nodes: [
    { id: 'SW', type: 'switch', switch: { scheduler: 'fifo', latency: '8 us' } },
    { id: 'PLC', type: 'plc' },
    { id: 'DRV', type: 'drive' },
    { id: 'CAM1', type: 'camera' },
    { id: 'CAM2', type: 'camera' },
    { id: 'HIST', type: 'host' },
  ],
  links: ['PLC', 'DRV', 'CAM1', 'CAM2', 'HIST'].map((n) => ({ from: n, to: 'SW', rate: '100 Mb/s', delay: '0.5 us' })),
  flows: [
    {
      id: 'ctrl',
      from: 'DRV',
      to: 'PLC',
      size: '100 B',
      priority: 6,
      pattern: { type: 'periodic', period: '1 ms', offset: '0.1 ms' },
      requirement: { latency: '500 us' },
    },
    // two cameras burst a frame each at the same instant: the port to the PLC receives twice what it can send
    ...['CAM1', 'CAM2'].map((c) => ({
      id: `video-${c}`,
      from: c,
      to: 'PLC',
      size: '1400 B',
      pattern: { type: 'burst' as const, period: '10 ms', frame: '30 kB', offset: '3 ms' },
    })),
    { id: 'log', from: 'HIST', to: 'PLC', size: '1400 B', pattern: { type: 'cbr', rate: '10 Mb/s' } },
  ],
};

describe('planner finds the exhaustive optimum', () => {
  it('control behind video bursts on an unmanaged switch: a faster link beats QoS', async () => {
    const options: Action[][] = [
      ...['PLC-SW', 'DRV-SW', 'CAM1-SW', 'CAM2-SW', 'HIST-SW'].map(link),
      [{ kind: 'switch', node: 'SW', model: 'managed' }],
      [{ kind: 'priority', flow: 'ctrl', priority: 7 }],
    ];
    const best = await optimum(unmanagedCell, options);
    expect(best.plans).toBe(128);
    const p = await plan(unmanagedCell, catalog, evaluate, runs);
    expect(p.found).toBe(true);
    expect(p.totalCost).toBe(best.cost);
    expect(best.cost).toBe(400);
  });

  it('inference deadline: an extra accelerator and the faster links it still needs', async () => {
    const doc: ScenarioJson = {
      format: 'netloom.scenario/v1',
      name: 'two cameras to one GPU',
      nodes: [
        { id: 'SW', type: 'switch', switch: { latency: '4 us' } },
        { id: 'CAM1', type: 'camera' },
        { id: 'CAM2', type: 'camera' },
        { id: 'PLC', type: 'plc' },
        { id: 'GPU', type: 'compute', compute: { servers: 1 } },
      ],
      links: ['CAM1', 'CAM2', 'PLC', 'GPU'].map((n) => ({ from: n, to: 'SW', rate: '100 Mb/s', delay: '0.5 us' })),
      flows: ['CAM1', 'CAM2'].map((c, i) => ({
        id: `inspect-${c}`,
        from: c,
        to: 'GPU',
        size: '50 kB',
        pattern: { type: 'periodic', period: '50 ms', offset: `${i * 7} ms` },
        response: { size: '64 B', to: 'PLC' },
        service: '40 ms',
        requirement: { latency: '44 ms' },
      })),
    };
    const options: Action[][] = [...['CAM1-SW', 'CAM2-SW', 'PLC-SW', 'GPU-SW'].map(link), [1, 2].map((add): Action => ({ kind: 'gpu', node: 'GPU', add }))];
    const best = await optimum(doc, options);
    expect(best.plans).toBe(48);
    const p = await plan(doc, catalog, evaluate, runs);
    expect(p.found).toBe(true);
    expect(p.totalCost).toBe(best.cost);
    // the accelerator alone is not enough: an image crosses two 100 Mb/s links (4.1 ms, fragments
    // pipelined); only both cameras' links and the GPU's at 1 Gb/s bring it under 44 ms
    expect(best.cost).toBe(16200);
  });
});

describe('planner recommends TSN where nothing else holds', () => {
  it('a 2 us jitter bound behind bulk frames: only 802.1Qbv gates meet it, on the two switches the loop crosses', async () => {
    const tsnCatalog = resolveCatalog({
      ...catalog,
      switchModels: [
        ...catalog.switchModels,
        { id: 'tsn', label: 'TSN switch', cost: 6000, latency: '1 us', queueLimit: 4000, scheduler: 'strict', gates: true },
      ],
    });
    const doc: ScenarioJson = {
      format: 'netloom.scenario/v1',
      name: 'motion loop over two switches with a NAS',
      nodes: [
        { id: 'PLC', type: 'plc' },
        { id: 'NAS', type: 'host' },
        { id: 'SW1', type: 'switch', switch: { latency: '4 us' } },
        { id: 'SW2', type: 'switch', switch: { latency: '4 us' } },
        { id: 'DRV', type: 'drive' },
      ],
      links: [
        ['PLC', 'SW1'],
        ['NAS', 'SW1'],
        ['SW1', 'SW2'],
        ['SW2', 'DRV'],
      ].map(([from, to]) => ({ from, to, rate: '100 Mb/s', delay: '0.5 us' })),
      flows: [
        {
          id: 'ctrl',
          from: 'PLC',
          to: 'DRV',
          size: '100 B',
          priority: 6,
          pattern: { type: 'periodic', period: '1 ms' },
          requirement: { latency: '200 us', jitter: '2 us' },
        },
        { id: 'firmware', from: 'NAS', to: 'DRV', size: '1500 B', pattern: { type: 'poisson', rate: '30 Mb/s' } },
      ],
    };
    // at 1 Gb/s a bulk frame still holds the loop back up to 12 us per hop: no link tier, switch or priority fixes the jitter
    const links = ['PLC-SW1', 'SW1-SW2', 'SW2-DRV'].map(link);
    const options: Action[][] = [
      ...links,
      [{ kind: 'switch', node: 'SW1', model: 'tsn' }],
      [{ kind: 'tsn-schedule', flows: ['ctrl'], model: 'tsn', switches: ['SW1', 'SW2'] }],
    ];
    const best = await optimum(doc, options, tsnCatalog);
    expect(best.plans).toBe(32);
    expect(best.cost).toBe(12000);
    const p = await plan(doc, tsnCatalog, evaluate, runs);
    expect(p.found).toBe(true);
    expect(p.totalCost).toBe(best.cost);
    expect(p.actions.map((a) => a.action.kind)).toEqual(['tsn-schedule']);
    const planned = (
      await evaluate(
        [
          applyPlan(
            doc,
            p.actions.map((a) => a.action),
            tsnCatalog,
          ),
        ],
        runs.verify,
      )
    )[0] as Report;
    expect(planned.flows.find((f) => f.id === 'ctrl')!.jitter!.pdv).toBe(0); // a gated loop does not jitter at all
  });
});

describe('what a plan tells its host', () => {
  it('per-flow verdicts, appliable Pareto points and phases, structured progress', async () => {
    const phases = new Set<string>();
    const p = await plan(unmanagedCell, catalog, evaluate, { ...runs, onProgress: (_m, status) => phases.add(status.phase) });
    const v = p.verification!;
    // three flows carry no requirement (video ×2, log), and all flows are listed
    expect([v.passed, v.failed, v.unchecked]).toEqual([1, 0, 3]);
    expect(v.flows.map((f) => f.id).sort()).toEqual(unmanagedCell.flows.map((f) => f.id).sort());
    expect(p.asIs.verdicts.find((f) => f.id === 'ctrl')?.verdict).toBe('fail');
    for (const point of p.pareto) expect(planCost(point.plan, unmanagedCell, catalog)).toBe(point.cost);
    expect(p.roadmap.flatMap((r) => r.plan)).toEqual(p.actions.map((a) => a.action));
    expect([...phases]).toEqual(expect.arrayContaining(['search', 'verify', 'explain', 'roadmap']));
  });

  it('a plan on the front that passes its verification is taken, even where the search ran out of rounds before verifying it', async () => {
    const one = await plan(unmanagedCell, catalog, evaluate, { ...runs, maxRounds: 1 });
    expect(one.found).toBe(true);
    expect(one.reason).toBeUndefined();
    expect(one.verification?.failed).toBe(0);
    expect(one.stats.phases?.front?.verifications).toBeGreaterThan(0);
    // it is a real plan: the optimum (400, above), and its upgraded scenario meets every requirement
    expect(one.totalCost).toBe(400);
    const [report] = await evaluate(
      [
        applyPlan(
          unmanagedCell,
          one.actions.map((a) => a.action),
          catalog,
        ),
      ],
      runs.verify,
    );
    expect((report as Report).summary.failed).toBe(0);
    for (const point of one.pareto) if (point.failed === 0) expect(point.verified).toBe(true);
  });

  it('stops at the next batch of simulations once its signal is aborted', async () => {
    const controller = new AbortController();
    let batches = 0;
    const counting: Evaluate = async (scenarios, opts) => {
      batches++;
      return evaluate(scenarios, opts);
    };
    const planning = plan(unmanagedCell, catalog, counting, { ...runs, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(planning).rejects.toBeInstanceOf(PlanCancelled);
    const before = batches;
    await new Promise((r) => setTimeout(r, 50));
    expect(batches).toBe(before);
    expect(before).toBeLessThan(5);
  });
});
