/** Reads a scenario file (or stdin, `-`) and the files it names (trace files), with errors a person can act on. */
import { FILE_LIMITS } from '../node/readScenarioFiles.ts';
import { readScenarioFile, scenarioOfText } from '../node/readScenarioFile.ts';
import { FileRefusal } from '../node/readRegularFile.ts';
import type { ScenarioInput } from '../sim/api/index.ts';
import { readStdin } from './readStdin.ts';
import { UsageError } from './UsageError.ts';

/** Reads `file`; "-" is standard input, whose trace files are looked for in the current folder. */
export function readScenario(file: string): ScenarioInput {
  if (file === '-') return scenarioOfText(readStdin(FILE_LIMITS.fileBytes).toString('utf8'), '.');
  try {
    return readScenarioFile(file);
  } catch (e) {
    if (!(e instanceof FileRefusal)) throw e;
    throw new UsageError(
      e.missing ? `cannot find the scenario file ${file}` : `${file} ${e.message.startsWith('is a folder') ? 'is a folder, not a scenario file' : e.message}`,
    );
  }
}
