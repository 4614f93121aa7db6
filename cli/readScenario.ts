/** Reads a scenario file and the files it names (trace files), with errors a person can act on. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseScenarioText, type ScenarioInput } from '../sim/api/index.ts';
import { UsageError } from './UsageError.ts';

export function readScenario(file: string): ScenarioInput {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot find the scenario file ${file}` : code === 'EISDIR' ? `${file} is a folder, not a scenario file` : `cannot read ${file}: ${(e as Error).message}`);
  }
  const scenario = parseScenarioText(text);
  const files: Record<string, string> = {};
  const flows = (scenario as { flows?: unknown }).flows;
  if (Array.isArray(flows)) {
    for (const f of flows) {
      const name = (f as { pattern?: { file?: unknown } } | null)?.pattern?.file;
      if (typeof name !== 'string' || name in files) continue;
      try {
        files[name] = readFileSync(resolve(dirname(file), name), 'utf8');
      } catch {
        // left out: the loader reports it with its JSON path
      }
    }
  }
  return { scenario, files };
}
