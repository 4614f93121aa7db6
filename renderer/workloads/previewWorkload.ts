/**
 * The dialog's logic, pure: which devices can fill each role, sensible first choices, the
 * parameters as typed, and the preview — the template run on a copy of the scenario (the
 * sim/workloads templates mutate what they are given), the flows it adds, what else it
 * changes, the problems the core's loader finds in the result, and the demand it implies.
 */
import { type FlowJson, FORWARDING_TYPES, isQuantity, parseQuantity, type ScenarioJson } from '../../sim/api/index.ts';
import { analyzeScenario } from '../model/analyzeScenario.ts';
import { type DocFiles, loadWithFiles } from '../model/DocFiles.ts';
import { type Change, scenarioChanges } from '../model/scenarioChanges.ts';
import { type Demand, workloadDemand } from './workloadDemand.ts';
import type { Params, ParamSpec, Roles, RoleSpec, WorkloadTemplate } from './workloadTemplates.ts';

export interface Candidate {
  id: string;
  type: string;
  preferred: boolean;
}

/** Devices that can fill a role: the preferred types first, then any other end device (unless the role takes only some types). */
export function roleCandidates(s: ScenarioJson, role: RoleSpec): Candidate[] {
  return s.nodes
    .filter((n) => (role.only ? role.only.includes(n.type) : !FORWARDING_TYPES.has(n.type)))
    .map((n) => ({ id: n.id, type: n.type, preferred: role.prefer.includes(n.type) }))
    .sort(
      (a, b) =>
        Number(b.preferred) - Number(a.preferred) ||
        role.prefer.indexOf(a.type) - role.prefer.indexOf(b.type) ||
        a.id.localeCompare(b.id, undefined, { numeric: true }),
    );
}

/**
 * First choices: for a list role, every device of the first preferred type the plant has (all
 * its cameras); for a single role, the first preferred device no other role took. Nothing
 * when nothing fits: the user chooses.
 */
export function defaultRoles(s: ScenarioJson, t: WorkloadTemplate): Roles {
  const out: Roles = {};
  const taken = new Set<string>();
  for (const r of t.roles) {
    const preferred = roleCandidates(s, r).filter((c) => c.preferred);
    if (r.multiple) out[r.key] = preferred.filter((c) => c.type === preferred[0].type).map((c) => c.id);
    else {
      const pick = preferred.find((c) => !taken.has(c.id));
      out[r.key] = pick ? [pick.id] : [];
      if (pick) taken.add(pick.id);
    }
  }
  return out;
}

/** The template's name, numbered if flows of that name exist already: vision, vision2, … */
export function defaultName(s: ScenarioJson, t: WorkloadTemplate): string {
  const used = (name: string) => s.flows.some((f) => f.id === name || f.id.startsWith(`${name}-`));
  for (let i = 1; ; i++) {
    const name = i === 1 ? t.idPrefix : `${t.idPrefix}${i}`;
    if (!used(name)) return name;
  }
}

const text = (v: ParamSpec['default']) => (v === undefined ? '' : String(v));

export function defaultParamText(t: WorkloadTemplate): Record<string, string> {
  return Object.fromEntries(t.params.map((p) => [p.key, text(p.default)]));
}

/** The parameters as the template takes them, and a message for each that cannot be used. */
export function parseParams(t: WorkloadTemplate, drafts: Record<string, string>): { params: Params; errors: Record<string, string> } {
  const params: Params = {};
  const errors: Record<string, string> = {};
  for (const p of t.params) {
    const raw = (drafts[p.key] ?? text(p.default)).trim();
    if (raw === '') {
      if (!p.optional) errors[p.key] = 'required';
      continue;
    }
    if (p.kind === 'boolean') params[p.key] = raw === 'true';
    else if (p.kind === 'select') params[p.key] = raw;
    else if (p.kind === 'number' || p.kind === 'integer') {
      const v = Number(raw);
      if (!Number.isFinite(v) || (p.kind === 'integer' && !Number.isInteger(v)))
        errors[p.key] = `expected ${p.kind === 'integer' ? 'a whole number' : 'a number'}, got ${JSON.stringify(raw)}`;
      else if (p.min !== undefined && v < p.min) errors[p.key] = `expected at least ${p.min}`;
      else if (p.max !== undefined && v > p.max) errors[p.key] = `expected at most ${p.max}`;
      else params[p.key] = v;
    } else {
      const example = { time: '"20 ms"', size: '"50 kB"', rate: '"200 Mb/s"' }[p.kind];
      if (!isQuantity(raw, p.kind)) errors[p.key] = `expected a ${p.kind} like ${example}`;
      else if (!(parseQuantity(raw, p.kind) > 0)) errors[p.key] = `expected a ${p.kind} greater than 0`;
      else params[p.key] = raw;
    }
  }
  return { params, errors };
}

export type Preview =
  | { ok: false; problems: string[] }
  | {
      ok: true;
      scenario: ScenarioJson;
      flows: FlowJson[];
      /** other changes the template makes (an LLM server's concurrency) */
      nodes: Change[];
      /** what the core's loader says about the result, new problems only */
      issues: string[];
      demand: Demand | null;
    };

/** `files`: the trace files the document holds (the template keeps the scenario's flows, and their files). */
export function previewWorkload(s: ScenarioJson, t: WorkloadTemplate, name: string, roles: Roles, params: Params, files: DocFiles): Preview {
  const problems: string[] = [];
  if (!/^[^\s]+$/.test(name)) problems.push('Give the workload a name without spaces: its flows are named after it.');
  for (const r of t.roles) if (!roles[r.key]?.length) problems.push(`Choose ${r.multiple ? 'at least one of the ' : 'the '}${r.label.toLowerCase()}.`);
  if (problems.length) return { ok: false, problems };

  const copy = JSON.parse(JSON.stringify(s)) as ScenarioJson;
  try {
    t.apply(copy as unknown as ScenarioJson, name, roles, params);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const exists = /a flow "(.*)" exists already/.exec(msg);
    return { ok: false, problems: [exists ? `A flow “${exists[1]}” exists already: choose another name.` : msg.replace(/^template: /, '')] };
  }
  const before = new Set(s.flows.map((f) => f.id));
  const flows = copy.flows.filter((f) => !before.has(f.id));
  const nodes = scenarioChanges(s, copy).nodes;

  const known = new Set(analyzeScenario(s, files).issues.map((i) => `${i.path}|${i.message}`));
  const issues = analyzeScenario(copy, files)
    .issues.filter((i) => !known.has(`${i.path}|${i.message}`))
    .map((i) => {
      const m = /^flows\[(\d+)\]\.?(.*)$/.exec(i.path);
      const where = m ? `${copy.flows[Number(m[1])]?.id ?? i.path}${m[2] ? ` (${m[2]})` : ''}` : i.path;
      return where ? `${where}: ${i.message}` : i.message;
    });
  let demand: Demand | null = null;
  if (issues.length === 0) {
    try {
      demand = workloadDemand(
        loadWithFiles(s, files),
        loadWithFiles(copy, files),
        flows.map((f) => f.id),
      );
    } catch {
      demand = null; // the scenario had problems of its own before the workload
    }
  }
  return { ok: true, scenario: copy, flows, nodes, issues, demand };
}
