/**
 * The flat form of a scenario written with groups (what `netloom expand` writes): every
 * instance replaced by its nodes, links and flows, in the current format. A scenario without
 * groups comes back as it was. The result is not checked further: load it to check it.
 */
import { checkStructure } from './checkStructure.ts';
import { ScenarioError } from './errors.ts';
import { expandGroups } from './expandGroups.ts';
import { migrateScenario } from './migrate.ts';
import type { ScenarioJson } from './schema.ts';

/** Throws ScenarioError (every issue with the JSON path where it was written) when the groups cannot be expanded. */
export function expandScenario(input: unknown): ScenarioJson {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new ScenarioError([{ path: '$', message: 'expected a scenario object' }]);
  const shape = checkStructure(input);
  if (shape.length > 0) throw new ScenarioError(shape);
  return expandGroups(migrateScenario(input).scenario).scenario as ScenarioJson;
}
