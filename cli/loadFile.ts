/** A scenario file read and checked, its problems tied to the file name the user gave. */
import { loadScenario, type Model, type RunOptions, ScenarioError, type ScenarioInput } from '../sim/api/index.ts';
import { readScenario } from './readScenario.ts';
import { nameOf } from './readStdin.ts';

/** The problems of one scenario file: printed as "FILE has N problems" and exit 2. */
export class ScenarioFileError extends ScenarioError {
  constructor(
    readonly file: string,
    issues: ScenarioError['issues'],
  ) {
    super(issues);
    this.name = 'ScenarioFileError';
  }
}

/** Reads `file` ("-": stdin) and the files it names (unless given them as `read`), then validates and compiles it. */
export function loadFile(file: string, overrides: RunOptions = {}, read?: ScenarioInput): { input: ScenarioInput; model: Model; loadMs: number } {
  try {
    const input = read ?? readScenario(file);
    const started = performance.now();
    const model = loadScenario(input.scenario, input.files, overrides);
    return { input, model, loadMs: performance.now() - started };
  } catch (e) {
    if (e instanceof ScenarioError && !(e instanceof ScenarioFileError)) throw new ScenarioFileError(nameOf(file), e.issues);
    throw e;
  }
}
