/**
 * A scenario file and the files it names (trace files), read as the CLI and the library read
 * them: a regular file of bounded size, parsed (line and column on a syntax error), migrated to
 * the current format version, its trace files read beside it. A refused trace file is reported with every other problem of the scenario.
 */
import { dirname } from 'node:path';
import { migrateScenario, parseScenarioText, ScenarioError, type ScenarioInput, validateScenario } from '../sim/api/index.ts';
import { FILE_LIMITS, readScenarioFiles } from './readScenarioFiles.ts';
import { readRegularFile } from './readRegularFile.ts';

/** Reads and parses `file`; throws FileRefusal (unreadable) or ScenarioError (not JSON, or a trace file refused). */
export function readScenarioFile(file: string): ScenarioInput {
  return scenarioOfText(readRegularFile(file, FILE_LIMITS.fileBytes).toString('utf8'), dirname(file));
}

/** A scenario's text, brought to the current format version, its trace files read from `dir`. */
export function scenarioOfText(text: string, dir: string): ScenarioInput {
  const { scenario } = migrateScenario(parseScenarioText(text)); // what a host edits and writes back is in the current version
  const { files, issues } = readScenarioFiles(scenario, dir);
  if (issues.length > 0) {
    // the loader would call a refused file missing: say why instead, with every other problem
    const refused = new Set(issues.map((i) => i.path));
    throw new ScenarioError([...issues, ...validateScenario(scenario, files).filter((i) => !refused.has(i.path))]);
  }
  return { scenario, files };
}
