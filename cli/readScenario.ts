/** Reads a scenario file and the files it names (trace files), with errors a person can act on. */
import { dirname } from 'node:path';
import { FILE_LIMITS, readScenarioFiles } from '../node/readScenarioFiles.ts';
import { FileRefusal, readRegularFile } from '../node/readRegularFile.ts';
import { parseScenarioText, ScenarioError, type ScenarioInput, validateScenario } from '../sim/api/index.ts';
import { UsageError } from './UsageError.ts';

export function readScenario(file: string): ScenarioInput {
  let text: string;
  try {
    text = readRegularFile(file, FILE_LIMITS.fileBytes).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileRefusal)) throw e;
    throw new UsageError(e.missing ? `cannot find the scenario file ${file}` : `${file} ${e.message.startsWith('is a folder') ? 'is a folder, not a scenario file' : e.message}`);
  }
  const scenario = parseScenarioText(text);
  const { files, issues } = readScenarioFiles(scenario, dirname(file));
  if (issues.length > 0) {
    // the loader would call a refused file missing: say why instead, with every other problem
    const refused = new Set(issues.map((i) => i.path));
    throw new ScenarioError([...issues, ...validateScenario(scenario, files).filter((i) => !refused.has(i.path))]);
  }
  return { scenario, files };
}
