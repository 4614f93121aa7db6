/** The cheapest verified upgrade of a scenario (as `netloom plan`), its simulations run in this thread. */
import {
  applyPlan as apply,
  planRunLengths,
  type Evaluate,
  expandScenario,
  formatIssue,
  loadScenario,
  type Plan,
  plan as planUpgrade,
  type Report,
  resolveCatalog,
  runScenario,
  ScenarioError,
  type ScenarioJson,
  scenarioHashText,
} from '../sim/api/index.ts';
import { checkNumber, limitsOf, type PlanOptions } from './options.ts';
import { partsOf, type Scenario, type ScenarioLike } from './Scenario.ts';

/**
 * Searches the cheapest set of upgrades after which every requirement holds, and verifies it by
 * simulation (`netloom.plan/v1`, as `netloom plan --json` writes it). `found` is false, with the
 * reason, when no plan within the catalog makes every requirement hold.
 */
export async function plan(scenario: ScenarioLike, options: PlanOptions = {}): Promise<Plan> {
  checkNumber('replications', options.replications, 'count');
  checkNumber('budget', options.budget, 'amount');
  if (options.years !== undefined && (options.years.length === 0 || !options.years.every(Number.isSafeInteger)))
    throw new RangeError(`options.years: expected a list of years such as [2026, 2027], got ${JSON.stringify(options.years)}`);
  const { doc, files } = partsOf(scenario);
  const model = loadScenario(doc, files); // a bad scenario: ScenarioError before any search
  const catalog = resolveCatalog(options.catalog ?? {});
  const limits = limitsOf(options);
  const evaluate: Evaluate = async (scenarios, o) =>
    scenarios.map((s): Report | { error: string } => {
      const started = performance.now();
      try {
        const report = runScenario({ scenario: s, files }, { durationS: o.durationS, replications: o.replications, ...limits });
        report.wallSeconds = (performance.now() - started) / 1000;
        return report;
      } catch (e) {
        // as the CLI's evaluator: a candidate that cannot load, or runs past the limits, is an evaluation error
        if (e instanceof ScenarioError) return { error: e.issues.map(formatIssue).join('; ') };
        if (e instanceof Error && e.name === 'ResourceLimitError') return { error: e.message };
        throw e;
      }
    });
  const started = performance.now();
  const years = options.years ?? [2026, 2027, 2028];
  const runs = planRunLengths(model, options.replications ?? model.replications);
  const result = await planUpgrade(doc as ScenarioJson, catalog, evaluate, {
    ...runs,
    budget: { years, perYear: options.budget ?? 100_000 },
    onProgress: options.onProgress && ((m) => options.onProgress!(m)),
    signal: options.signal,
    files,
  });
  result.scenarioHash = await sha256(scenarioHashText(expandScenario(doc as ScenarioJson))); // `netloom report --plan` checks it
  result.stats.wallSeconds = (performance.now() - started) / 1000;
  result.stats.evaluationsPerSecond = (result.stats.evaluations + result.stats.verifications) / result.stats.wallSeconds;
  return result;
}

/** A new scenario: `scenario` with a found plan's actions applied (what `netloom plan --out` writes). */
export function applyPlan(scenario: ScenarioLike, p: Plan): Scenario {
  if (!p.found) throw new Error(`this plan cannot be applied: ${p.reason ?? 'no plan was found'}`);
  const { doc, files } = partsOf(scenario);
  return {
    json: apply(
      doc as ScenarioJson,
      p.actions.map((a) => a.action),
      p.catalog,
      files,
    ) as Scenario['json'],
    files: { ...files },
  };
}

/** SHA-256 in hex through Web Crypto (Node 20 and browsers alike), as the CLI and the app hash a scenario. */
async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
