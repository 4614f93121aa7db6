/**
 * The planner's use of gate schedule synthesis (sim/analysis/gcl): which time-critical flows a
 * schedule would cover in a scenario, and the scenario with the schedule applied.
 */
import { applySchedule, gateLimits, type Schedule, ScheduleInputError, synthesizeSchedule } from '../analysis/gcl/index.ts';
import { ScenarioError } from '../scenario/errors.ts';
import { loadScenario } from '../scenario/load.ts';
import type { Model } from '../scenario/model.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import type { Action } from './actions.ts';
import type { Candidate } from './candidates.ts';
import type { Findings } from './evaluation.ts';
import type { Catalog } from './catalog.ts';

/** A schedule for `flows` (by default the time-critical ones: periodic, with a latency requirement, of the highest priority), or undefined when none exists. */
export function scheduleFor(doc: ScenarioJson, model: Model, flows?: string[]): Schedule | undefined {
  try {
    const s = synthesizeSchedule(model, { flows, maxEntries: gateLimits(doc, model) });
    return s.ok ? s : undefined;
  } catch (e) {
    if (e instanceof ScheduleInputError) return undefined; // nothing to schedule
    throw e;
  }
}

/** The scenario with gates and send offsets for `flows`; unchanged when no schedule exists (the simulation then shows it). */
export function withGates(doc: ScenarioJson, flows: string[], files: Readonly<Record<string, string>> = {}): ScenarioJson {
  let model: Model;
  try {
    model = loadScenario(doc, files);
  } catch (e) {
    if (e instanceof ScenarioError) return doc; // an invalid upgrade: its evaluation says why
    throw e;
  }
  const s = scheduleFor(doc, model, flows);
  return s ? applySchedule(doc, s) : doc;
}

/**
 * Gates for the failing time-critical flows (periodic, with a latency requirement), when a
 * schedule exists for them: every switch on the scheduled routes that cannot hold gates yet
 * (no `tsn` settings, not already replaced by a gate-capable model in the plan) is replaced.
 */
export function gateCandidate(doc: ScenarioJson, model: Model, findings: Findings, plan: readonly Action[], c: Catalog): Candidate | undefined {
  const gated = c.switchModels.filter((m) => m.gates).sort((a, b) => a.cost - b.cost)[0];
  if (!gated || plan.some((a) => a.kind === 'tsn-schedule')) return undefined;
  const failing = findings.failing.filter((f) => f.attribution.hops.some((h) => h.maxWait > 0));
  const byId = new Map(model.flows.map((x) => [x.id, x]));
  const critical = failing.filter((f) => {
    const flow = byId.get(f.id);
    return flow?.pattern.type === 'periodic' && flow.requirement?.latency !== undefined && !flow.response;
  });
  if (critical.length === 0) return undefined;
  const ids = critical.map((f) => f.id);
  const wanted = new Set(ids);
  const covers = (x: Schedule | undefined): x is Schedule => x?.flows.some((f) => wanted.has(f.id)) ?? false;
  // a schedule for every time-critical flow, else for the failing ones alone (only when the first does not cover them: each is a synthesis)
  const all = scheduleFor(doc, model);
  const s = covers(all) ? all : scheduleFor(doc, model, ids);
  if (!covers(s)) return undefined;
  const capable = new Set([
    ...doc.nodes.filter((n) => n.tsn).map((n) => n.id),
    ...plan.flatMap((a) => (a.kind === 'switch' && c.switchModels.find((m) => m.id === a.model)?.gates ? [a.node] : [])),
  ]);
  const switches = [...new Set(s.ports.map((p) => p.port.from))].filter((id) => {
    const n = model.nodes.find((x) => x.id === id);
    return n?.forwarding && !capable.has(id);
  });
  const scheduled = new Set(s.flows.map((x) => x.id));
  const covered = critical.filter((f) => scheduled.has(f.id));
  return {
    actions: [{ kind: 'tsn-schedule', flows: s.flows.map((f) => f.id), model: gated.id, switches }],
    reason: `${covered.map((f) => f.id).join(', ')} wait behind other traffic: gate windows of their own`,
    estimate: covered.reduce((a, f) => a + f.attribution.hops.reduce((b, h) => b + h.maxWait, 0), 0),
  };
}
