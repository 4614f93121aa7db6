/**
 * JSON text → value, refusing what `JSON.parse` lets through silently or reports without a place:
 * every syntax error names its line and column, a key given twice in one object is an error (JSON
 * would keep the last one), and nesting deeper than any scenario needs is refused before a
 * recursive parser could overflow its stack. The scan is jsonc-parser's (VS Code's JSON scanner,
 * linear in the text); the value is then built by the engine's own `JSON.parse`.
 */
import { visit } from 'jsonc-parser';
import { type Issue, jsonPath, ScenarioError } from './errors.ts';

/** Deepest nesting accepted; a scenario needs about 8. */
export const MAX_DEPTH = 64;
/** Problems reported from one text at most (a broken file can have thousands). */
const MAX_ISSUES = 100;

const SYNTAX: Record<number, string> = {
  1: 'unexpected character',
  2: 'not a valid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: 'expected ":" after the property name',
  6: 'expected "," between items',
  7: 'expected "}" to close the object',
  8: 'expected "]" to close the list',
  9: 'expected the end of the file after the value',
  10: 'comments are not allowed in JSON',
  11: 'a comment is not closed',
  12: 'a string is not closed',
  13: 'a number ends unexpectedly',
  14: 'not a valid \\u escape',
  15: 'not a valid escape in a string',
  16: 'a control character must be escaped inside a string',
};

/** `offset` in `text` as "line L, column C" (1-based). */
export function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/** Offset of the first bracket past `MAX_DEPTH` levels, or -1 (strings skipped, linear). */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return -1;
}

/** Parses JSON text; throws ScenarioError whose issues name a line and column or a JSON path. */
export function parseJsonText(input: string): unknown {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // a byte-order mark from a Windows editor
  if (text.trim() === '') throw new ScenarioError([{ path: '$', message: 'the file is empty; expected a JSON object' }]);
  const deep = tooDeepAt(text);
  if (deep >= 0) throw new ScenarioError([{ path: '$', message: `nested deeper than ${MAX_DEPTH} levels at ${lineColumn(text, deep)}` }]);

  const issues: Issue[] = [];
  const keys: Map<string, number>[] = [];
  let syntax = false;
  visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Map()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (name, offset, _length, _line, _col, pathSupplier) => {
        const seen = keys[keys.length - 1];
        if (!seen || issues.length >= MAX_ISSUES) return;
        const first = seen.get(name);
        if (first === undefined) seen.set(name, offset);
        else
          issues.push({
            path: jsonPath([...pathSupplier(), name]),
            message: `duplicate key ${JSON.stringify(name)} at ${lineColumn(text, offset)} (first at ${lineColumn(text, first)}); JSON keeps only one, so remove the other`,
          });
      },
      onError: (code, offset) => {
        if (syntax) return; // after the first syntax error the scanner's guesses are noise
        syntax = true;
        issues.length = 0;
        issues.push({ path: '$', message: `not valid JSON at ${lineColumn(text, offset)}: ${SYNTAX[code] ?? 'unexpected input'}` });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (issues.length > 0) throw new ScenarioError(issues);
  try {
    return JSON.parse(text);
  } catch (e) {
    // the scan accepted it: only an engine limit is left (a string past V8's length, say)
    throw new ScenarioError([{ path: '$', message: `cannot read this JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}
