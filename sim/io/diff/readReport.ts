/**
 * A report JSON (what `netloom run --json` writes) checked for what a diff reads of it: the
 * format, and each flow's id, verdict, margin, loss and latency. Anything else wrong is an issue
 * with its JSON path, never a crash halfway through the comparison.
 */
import type { Report } from '../../api/Report.ts';
import { type Issue, ScenarioError } from '../../scenario/errors.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const VERDICTS = ['pass', 'fail', 'none'];
/** the report type's own literal (sim/io may import the report's types only) */
const REPORT_FORMAT: Report['format'] = 'netloom.report/v1';

/** Whether a parsed JSON document says it is a report (its `format`). */
export const isReport = (json: unknown): boolean => isObj(json) && json.format === REPORT_FORMAT;

/** Throws ScenarioError listing every problem (at most 20) when `json` is not a report a diff can read. */
export function readReport(json: unknown): Report {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.length < 20 && issues.push({ path, message });
  if (!isObj(json) || json.format !== REPORT_FORMAT) throw new ScenarioError([{ path: 'format', message: `expected "${REPORT_FORMAT}"` }]);
  if (!Array.isArray(json.flows)) bad('flows', 'expected the list of flows');
  const seen = new Set<string>();
  for (const [i, f] of (Array.isArray(json.flows) ? json.flows : []).entries()) {
    const at = `flows[${i}]`;
    if (!isObj(f)) {
      bad(at, 'expected a flow object');
      continue;
    }
    if (typeof f.id !== 'string' || f.id === '') bad(`${at}.id`, 'expected the flow id');
    else if (seen.has(f.id)) bad(`${at}.id`, `flow "${f.id}" is listed twice`);
    else seen.add(f.id);
    if (!VERDICTS.includes(f.verdict as string)) bad(`${at}.verdict`, 'expected "pass", "fail" or "none"');
    if (f.margin !== null && typeof f.margin !== 'number') bad(`${at}.margin`, 'expected a number or null');
    if (typeof f.loss !== 'number') bad(`${at}.loss`, 'expected a number');
    if (f.latency !== null && !(isObj(f.latency) && typeof f.latency.p99 === 'number' && typeof f.latency.max === 'number'))
      bad(`${at}.latency`, 'expected null or an object with p99 and max in seconds');
  }
  for (const k of ['scenario', 'seed', 'replications', 'simulated'] as const)
    if (typeof json[k] !== (k === 'scenario' ? 'string' : 'number')) bad(k, `expected ${k === 'scenario' ? "the scenario's name" : 'a number'}`);
  if (issues.length > 0) throw new ScenarioError(issues);
  return json as unknown as Report;
}
