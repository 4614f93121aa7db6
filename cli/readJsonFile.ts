/** A JSON file named by a flag (a catalog, say): a regular file of bounded size, parsed with line and column on error. */
import { readFileSync, statSync } from 'node:fs';
import { formatIssue, parseScenarioText, ScenarioError } from '../sim/api/index.ts';
import { UsageError } from './UsageError.ts';

export const MAX_JSON_FILE_BYTES = 64 * 2 ** 20;

export function readJsonFile(file: string, flag: string): unknown {
  let text: string;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`${flag}: ${file} is not a regular file`);
    if (st.size > MAX_JSON_FILE_BYTES)
      throw new UsageError(`${flag}: ${file} is ${Math.round(st.size / 2 ** 20)} MiB, more than the ${MAX_JSON_FILE_BYTES / 2 ** 20} MiB a JSON file may have`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${flag}: cannot find ${file}` : `${flag}: cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return parseScenarioText(text);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UsageError(`${flag}: ${file}: ${e.issues.map(formatIssue).join('; ')}`);
    throw e;
  }
}
