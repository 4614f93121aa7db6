/** Reads a scenario file for a script: the document, migrated to the current version, with its trace files, checked. */
import { readScenarioFile } from '../node/readScenarioFile.ts';
import { FileRefusal } from '../node/readRegularFile.ts';
import { loadScenario as compile, type Migration, migrateScenario as migrate, ScenarioError, type ScenarioJson } from '../sim/api/index.ts';
import type { Scenario } from './Scenario.ts';

/** The problems of a scenario file, each with its JSON path; `message` names the file. */
export class ScenarioFileError extends ScenarioError {
  constructor(
    readonly file: string,
    issues: ScenarioError['issues'],
  ) {
    super(issues);
    this.name = 'ScenarioFileError';
    this.message = `${file} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${this.message}`;
  }
}

/**
 * Reads `file` and the trace files it names (beside it), and checks it as `netloom validate`
 * does. Throws ScenarioFileError listing every problem, or an Error when the file cannot be read.
 */
export async function loadScenario(file: string): Promise<Scenario> {
  try {
    const input = readScenarioFile(file);
    compile(input.scenario, input.files); // every problem now, not at the first simulate()
    return { json: input.scenario as ScenarioJson, files: { ...input.files }, file };
  } catch (e) {
    if (e instanceof FileRefusal) throw new Error(e.missing ? `cannot find the scenario file ${file}` : `${file} ${e.message}`);
    if (e instanceof ScenarioError) throw new ScenarioFileError(file, e.issues);
    throw e;
  }
}

/** Brings a scenario document to the current format version (`loadScenario` does it already); throws ScenarioError for one made by a newer NetLoom. */
export function migrateScenario(doc: unknown): Migration {
  return migrate(doc);
}
