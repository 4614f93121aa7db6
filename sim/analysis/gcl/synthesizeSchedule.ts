/**
 * 802.1Qbv gate-schedule synthesis for time-critical flows: no-wait scheduling over the
 * hyperperiod (each flow's frame crosses every hop without queueing, in windows no other
 * scheduled frame overlaps), optionally bounded waiting at a hop when no-wait fails. See
 * planFlow.ts for the timing model and placeFlow.ts for the search. Pure and deterministic.
 */
import type { Model } from '../../scenario/model.ts';
import { buildPortSchedules } from './buildPortSchedules.ts';
import { explainFailure } from './explainFailure.ts';
import { flowTiming, type FlowTiming } from './flowTiming.ts';
import { exactPs, percent, shortPs } from '../../core/formatPs.ts';
import { gcd, lcm } from './hyperperiod.ts';
import { placeAll } from './placeAll.ts';
import type { PlaceContext } from './placeFlow.ts';
import { planFlow, type FlowPlan } from './planFlow.ts';
import { portRef } from './portRef.ts';
import { type Conflict, type Schedule, SCHEDULE_FORMAT, type ScheduledFlow, type SynthesisOptions } from './Schedule.ts';
import { selectFlows } from './selectFlows.ts';
import { maxOf } from '../../core/extrema.ts';

const DEFAULT_GRID = 1000;

export function synthesizeSchedule(model: Model, options: SynthesisOptions = {}): Schedule {
  const sel = selectFlows(model, options);
  const conflicts: Conflict[] = [...sel.conflicts];
  const warnings = [...sel.warnings];
  const timings = sel.flows.map(({ flow, sizes }) => flowTiming(model, flow, sizes));
  const ports = [...new Set(timings.flatMap((t) => t.hops.map((h) => h.port)))];
  const syncErrorPs = options.syncErrorPs ?? Math.max(0, maxOf(ports.map((p) => model.ports[p].tsn?.gates?.syncErrorPs ?? 0)));
  const wanted = options.granularityPs ?? DEFAULT_GRID;
  const grid = timings.reduce((g, t) => gcd(g, t.periodPs), wanted);
  if (grid < wanted) warnings.push(`gate events fall on multiples of ${exactPs(grid)}, not ${exactPs(wanted)}, because of the flows' periods`);
  const limit = options.maxHyperperiodPs ?? 1e12;
  const H =
    timings.length > 0
      ? lcm(
          timings.map((t) => t.periodPs),
          limit,
        )
      : 0;
  const schedule = (ok: boolean, flows: ScheduledFlow[] = [], portSchedules: Schedule['ports'] = []): Schedule => ({
    format: SCHEDULE_FORMAT,
    scenario: model.name,
    ok,
    mode: flows.some((f) => f.waitPs > 0) ? 'bounded-wait' : 'no-wait',
    pcp: sel.pcp,
    hyperperiodPs: H ?? 0,
    syncErrorPs,
    granularityPs: grid,
    strictNodes: sel.strictNodes,
    flows,
    ports: portSchedules,
    conflicts,
    warnings,
  });
  const ids = timings.map((t) => t.flow.id);
  if (H === undefined) {
    conflicts.push({
      kind: 'hyperperiod',
      hyperperiodPs: null,
      limitPs: limit,
      flows: ids,
      ports: [],
      message:
        `the periods ${[...new Set(timings.map((t) => exactPs(t.periodPs)))].join(', ')} repeat ` +
        `together only after more than ${exactPs(limit)}: choose periods that divide each other`,
    });
    return schedule(false);
  }
  const windows = timings.reduce((a, t) => a + (H / t.periodPs) * t.hops.length, 0);
  if (windows > (options.maxWindows ?? 200_000)) {
    conflicts.push({
      kind: 'hyperperiod',
      hyperperiodPs: H,
      limitPs: limit,
      flows: ids,
      ports: [],
      message: `the flows need ${windows} windows over the ${exactPs(H)} hyperperiod, too many to schedule: choose periods with a shorter common multiple`,
    });
    return schedule(false);
  }
  const ctx: PlaceContext = { hyperperiod: H, syncErrorPs, grid, maxWaitPs: options.maxWaitPs ?? 0 };
  const alone = timings.map((t) => planFlow(t, 0, [], syncErrorPs, grid));
  const fast = timings.filter((t, i) => {
    if (alone[i].latency <= t.deadlinePs) return true;
    conflicts.push(tooSlow(model, t, alone[i]));
    return false;
  });
  const overbooked = checkLoad(model, timings, alone, conflicts);
  if (overbooked || fast.length === 0) return schedule(false);
  // no-wait for every flow first; bounded waiting only when that finds no schedule
  let attempt = placeAll(fast, { ...ctx, maxWaitPs: 0 });
  if (attempt.failed && ctx.maxWaitPs > 0) attempt = placeAll(fast, ctx);
  if (attempt.failed) conflicts.push(...explainFailure(model, fast, attempt, ctx));
  if (conflicts.length > 0) return schedule(false);
  const plans = attempt.plans as FlowPlan[];
  const portSchedules = buildPortSchedules(model, fast, plans, sel.pcp, options.maxEntries, conflicts, warnings);
  if (conflicts.length > 0) return schedule(false);
  return schedule(
    true,
    fast.map((t, i) => scheduledFlow(model, t, plans[i], planFlow(t, 0, [], syncErrorPs, grid).latency)),
    portSchedules,
  );
}

function tooSlow(model: Model, t: FlowTiming, plan: FlowPlan): Conflict {
  const parts = plan.hops.map((r, h) => `${portRef(model, r.port).name} ${shortPs((plan.hops[h + 1]?.aMax ?? plan.offset + plan.latency) - r.aMax)}`);
  return {
    kind: 'too-slow',
    latencyPs: plan.latency,
    deadlinePs: t.deadlinePs,
    flows: [t.flow.id],
    ports: plan.hops.map((r) => portRef(model, r.port)),
    message:
      `flow ${t.flow.id} cannot meet its ${shortPs(t.deadlinePs)} deadline even alone: ` +
      `its path takes ${shortPs(plan.latency)} without any waiting (${parts.join(', ')})`,
  };
}

/** Ports whose reservations would take more than the whole time: no schedule can exist. */
function checkLoad(model: Model, timings: readonly FlowTiming[], alone: readonly FlowPlan[], conflicts: Conflict[]): boolean {
  const load = new Map<number, { share: number; flows: string[] }>();
  timings.forEach((t, i) =>
    alone[i].hops.forEach((r) => {
      const l = load.get(r.port) ?? { share: 0, flows: [] };
      l.share += (r.close - r.start) / t.periodPs;
      l.flows.push(`${t.flow.id} (${shortPs(r.close - r.start)} every ${exactPs(t.periodPs)})`);
      load.set(r.port, l);
    }),
  );
  let any = false;
  for (const [p, l] of load) {
    if (l.share <= 1) continue;
    any = true;
    const ref = portRef(model, p);
    conflicts.push({
      kind: 'overbooked',
      utilization: l.share,
      flows: l.flows.map((s) => s.slice(0, s.indexOf(' ('))),
      ports: [ref],
      message: `${ref.name} would be reserved ${percent(l.share)} of the time by ${l.flows.join(', ')}: more than it has, whatever the offsets`,
    });
  }
  return any;
}

function scheduledFlow(model: Model, t: FlowTiming, plan: FlowPlan, pathLatencyPs: number): ScheduledFlow {
  const o = plan.offset;
  return {
    id: t.flow.id,
    from: model.nodes[t.flow.from].id,
    to: model.nodes[t.flow.to].id,
    periodPs: t.periodPs,
    offsetPs: o,
    deadlinePs: Number.isFinite(t.deadlinePs) ? t.deadlinePs : null,
    latencyPs: plan.latency,
    pathLatencyPs,
    waitPs: plan.hops.reduce((a, r) => a + r.wait, 0),
    frameBytes: maxOf(t.hops.map((h) => h.frameBytes)),
    hops: plan.hops.map((r, h) => ({
      port: portRef(model, r.port),
      arrivalPs: r.aMax - o,
      startPs: r.sMax - o,
      waitPs: r.wait,
      transmitPs: t.hops[h].txMax,
      openPs: r.open - o,
      closePs: r.close - o,
    })),
  };
}
