/** A scenario's hash in the CLI: SHA-256 of its canonical text (sim/api scenarioHashText), hex. */
import { createHash } from 'node:crypto';
import { type ScenarioJson, scenarioHashText } from '../sim/api/index.ts';

export function scenarioHash(flat: ScenarioJson): string {
  return createHash('sha256').update(scenarioHashText(flat)).digest('hex');
}
