/** JSON text of an imported file → value; a syntax error becomes an ImportError at its line and column. */
import { ScenarioError } from '../scenario/errors.ts';
import { parseJsonText } from '../scenario/parseJson.ts';
import { ImportError } from './ImportError.ts';
import type { ImportFile } from './ImportResult.ts';

export function readJson(f: ImportFile): unknown {
  try {
    return parseJsonText(f.text);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const { path, message } = e.issues[0];
    const at = /at line (\d+), column (\d+)/.exec(message);
    throw new ImportError(f.name, at ? `${at[1]}:${at[2]}` : path, `valid JSON: ${message.replace(/^not valid JSON at line \d+, column \d+: /, '')}`);
  }
}

/** `x` as an object, or undefined. */
export const asObject = (x: unknown): Record<string, unknown> | undefined =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;

/** One item or a list of them, as a list: the shape of lldpctl's json and NX-OS tables, where one row is not in a list. */
export const asList = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
