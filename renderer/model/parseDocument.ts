/** Scenario text as the app opens it: parsed, a plant written with groups in its flat form, its shape checked. */
import { expandScenario, parseScenarioText, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';
import { documentProblems } from './documentProblems.ts';

/** Whether a parsed document is written with groups (`groups` and instances of them). */
const hasGroups = (v: unknown): boolean => v !== null && typeof v === 'object' && 'groups' in v;

/**
 * Reads scenario text. A scenario with problems inside its lists opens (the inspector lists them);
 * a file that is not JSON or not shaped like a scenario throws a ScenarioError listing its problems.
 * A scenario written with groups opens in its flat form (sim/api's expandScenario, what `netloom
 * expand` writes): the views and the inspector edit devices, links and flows, and it runs the same.
 */
export function parseDocument(text: string): { scenario: ScenarioJson; grouped: boolean } {
  const parsed = parseScenarioText(text);
  const grouped = hasGroups(parsed);
  const value = grouped ? expandScenario(parsed) : parsed; // a group that cannot be expanded: its issues, at the paths where it is written
  const problems = documentProblems(value);
  if (problems) throw new ScenarioError(problems);
  const o = value as Record<string, unknown>;
  return { scenario: { ...o, links: o.links ?? [], flows: o.flows ?? [] } as ScenarioJson, grouped };
}
