/**
 * The handed-over report (sim/io/report): the HTML page, and the checks a host makes before it
 * renders one — that a plan was made for this very scenario. A scenario is known by its hash:
 * SHA-256 (computed by the host: node:crypto, Web Crypto) of `scenarioHashText`, its flat form as
 * JSON with keys sorted, so the same plant hashes the same however its file is indented or ordered.
 */
import { PLAN_FORMAT, type Plan } from '../plan/Plan.ts';
import { type ReportDocumentInput, renderReportHtml } from '../io/report/renderReportHtml.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { DEFAULTS } from '../workloads/defaults.ts';

export type { ReportDocumentInput, ReportMeta } from '../io/report/renderReportHtml.ts';

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
  );
}

/** The report page: sim/io/report with the workload templates' defaults and their sources. */
export function reportDocument(i: ReportDocumentInput): string {
  return renderReportHtml(i, DEFAULTS);
}

/** The text a scenario's hash is taken of: the flat scenario as JSON, keys sorted, `$schema` left out. */
export function scenarioHashText(flat: ScenarioJson): string {
  const { $schema: _, ...rest } = flat as ScenarioJson & { $schema?: string };
  return JSON.stringify(sorted(rest));
}

/** Why `plan` (parsed JSON) is not a plan of the scenario of hash `hash`, or null when it is. */
export function planMismatch(plan: unknown, hash: string): string | null {
  if (plan === null || typeof plan !== 'object' || (plan as { format?: unknown }).format !== PLAN_FORMAT)
    return `expected a plan (format "${PLAN_FORMAT}", as netloom plan --json writes)`;
  const p = plan as Plan;
  if (typeof p.scenarioHash !== 'string') return `the plan of "${p.scenario}" carries no scenario hash (planned by an older NetLoom): plan the scenario again`;
  if (p.scenarioHash !== hash)
    return (
      `the plan was made for another scenario ("${p.scenario}", hash ${p.scenarioHash.slice(0, 12)}…), ` +
      `not this one (hash ${hash.slice(0, 12)}…): plan it again`
    );
  const lists = { actions: p.actions, pareto: p.pareto, roadmap: p.roadmap, 'asIs.verdicts': p.asIs?.verdicts };
  const missing = Object.entries(lists).find(([, v]) => !Array.isArray(v));
  if (missing) return `the plan has no list at $.${missing[0]}: expected the plan as netloom plan --json writes it`;
  return null;
}
