/** What `import devices` and `import traffic` share: the --into scenario read and checked, and where the result and the lists go. */
import { formatIssue, type ScenarioJson, validateScenario } from '../../sim/api/index.ts';
import { readJsonFile } from '../readJsonFile.ts';
import { UsageError } from '../UsageError.ts';
import { writeAtomically } from '../writeAtomically.ts';

/** The scenario named by --into; one `validate` would reject is refused before anything is added to it. */
export function readIntoScenario(into: string): ScenarioJson {
  const scenario = readJsonFile(into, '--into') as ScenarioJson;
  const issues = validateScenario(scenario);
  if (issues.length > 0) throw new UsageError(`--into: ${into} is not a valid scenario: ${issues.slice(0, 3).map(formatIssue).join('; ')}`);
  return scenario;
}

/** The lists go to stdout, or to stderr when the result does ("-"). */
export const logFor = (out: string) => (out === '-' ? (l: string) => console.error(l) : (l: string) => console.log(l));

/** The result as JSON, to stdout ("-") or atomically to the file. */
export function writeResult(out: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (out === '-') process.stdout.write(text);
  else writeAtomically(out, text, '--out');
}
