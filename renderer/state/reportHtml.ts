/**
 * The handed-over HTML report of the app's last run (sim/api reportDocument, as `netloom report`
 * writes it): the scenario as it ran, the bounds of that revision when the app has them, and the
 * Planner's plan when it was made for this very scenario. The scenario's hash is SHA-256 of the same
 * text the CLI hashes, through Web Crypto.
 */
import { expandScenario, reportDocument, scenarioHashText, type ScenarioJson } from '../../sim/api/index.ts';
import type { AppState } from './AppState.ts';

export async function scenarioHash(flat: ScenarioJson): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(scenarioHashText(flat)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The page, or why there is none (no run yet, or the scenario changed since). */
export async function reportHtml(state: AppState, now = new Date()): Promise<{ html: string } | { problem: string }> {
  const { doc, lastReport, bounds, plan } = state;
  if (!doc || !lastReport) return { problem: 'Run the scenario first: there is no report to export yet.' };
  if (lastReport.revision !== doc.revision) return { problem: 'The scenario changed since the last run: run it again, then export its report.' };
  if (lastReport.preview) return { problem: 'The last run was a quick preview: run the scenario in full, then export its report.' };
  const scenario = expandScenario(doc.scenario);
  const html = reportDocument({
    scenario,
    report: lastReport.report,
    bounds: bounds && bounds.revision === doc.revision ? bounds.report : null,
    plan: plan.status === 'done' && plan.result.base === doc.scenario ? plan.result.plan : null,
    meta: { version: __APP_VERSION__, scenarioHash: await scenarioHash(scenario), file: doc.name, created: now.toISOString() },
  });
  return { html };
}
