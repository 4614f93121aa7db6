/**
 * JSON text → value, refusing what `JSON.parse` lets through silently or reports without a place:
 * every syntax error names its line and column, a key given twice in one object is an error (JSON
 * would keep the last one), and nesting deeper than any scenario needs is refused before a
 * recursive parser could overflow its stack.
 *
 * The value is built by the engine's `JSON.parse`; a syntax error is then located by jsonc-parser
 * (VS Code's JSON scanner). Duplicate keys are found by the scan below, written here because it
 * only has to walk text JSON.parse has accepted: on a 9 MB plant it takes a fraction of the time
 * of a jsonc-parser visit (bench: npm run bench, "scenario text").
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

const QUOTE = 34;
const BACKSLASH = 92;

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

/** Offset just past the string that opens at `i` (a quote). */
function endOfString(text: string, i: number): number {
  let q = text.indexOf('"', i + 1);
  while (q > 0) {
    let slashes = 0;
    while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    q = text.indexOf('"', q + 1);
  }
  return text.length;
}

/** Offset of the first bracket past `MAX_DEPTH` levels, or -1 (strings skipped, linear). */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = endOfString(text, i) - 1;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return -1;
}

interface Frame {
  /** an object (else a list) */
  object: boolean;
  /** an object waiting for its next key */
  expectKey: boolean;
  /** the offsets of the object's keys (their opening quotes); a Map of them once there are many */
  starts: number[];
  lengths: number[];
  many: Map<string, number> | null;
  /** the object's current key, or the list's current index */
  key: number;
  index: number;
  /** the frame it sits in, and where */
  parent: number;
}

/** Whether text[a, a + n) and text[b, b + n) hold the same characters. */
function sameText(text: string, a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** A key's text as JSON reads it (escapes decoded). */
const keyAt = (text: string, start: number, length: number): string => {
  const raw = text.slice(start + 1, start + length - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, start + length)) as string) : raw;
};

/** Where a frame's value sits, from the root: for a duplicate's message. */
function pathTo(text: string, stack: Frame[], top: number, key: string): string {
  const parts: (string | number)[] = [key];
  for (let f = top; f > 0; f = stack[f].parent) {
    const p = stack[stack[f].parent];
    parts.push(p.object ? keyAt(text, p.key, p.lengths[p.starts.indexOf(p.key)]) : p.index);
  }
  return jsonPath(parts.reverse());
}

/**
 * Keys given twice in one object of text that JSON.parse accepted, in one linear pass: strings are
 * skipped with indexOf, and keys of small objects compared in place (no string made per key).
 */
function duplicateKeys(text: string): Issue[] {
  const issues: Issue[] = [];
  const stack: Frame[] = [];
  let top = -1;
  for (let i = 0; i < text.length && issues.length < MAX_ISSUES; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = endOfString(text, i);
      const f = top >= 0 ? stack[top] : undefined;
      if (f?.object && f.expectKey) {
        const length = end - i;
        let first = -1;
        let escaped = false;
        for (let j = i + 1; j < end - 1 && !escaped; j++) escaped = text.charCodeAt(j) === BACKSLASH;
        if (f.many || escaped) {
          const key = keyAt(text, i, length);
          f.many ??= new Map(f.starts.map((s, k) => [keyAt(text, s, f.lengths[k]), s]));
          first = f.many.get(key) ?? -1;
          if (first < 0) f.many.set(key, i);
        } else
          for (let k = 0; k < f.starts.length; k++)
            if (f.lengths[k] === length && sameText(text, i, f.starts[k], length)) {
              first = f.starts[k];
              break;
            }
        if (first >= 0) {
          const key = keyAt(text, i, length);
          issues.push({
            path: pathTo(text, stack, top, key),
            message:
              `duplicate key ${JSON.stringify(key)} at ${lineColumn(text, i)} (first ` +
              `at ${lineColumn(text, first)}); JSON keeps only one, so remove the other`,
          });
        }
        f.starts.push(i);
        f.lengths.push(length);
        if (f.starts.length > 16 && !f.many) f.many = new Map(f.starts.map((s, k) => [keyAt(text, s, f.lengths[k]), s]));
        f.expectKey = false;
        f.key = i;
      }
      i = end - 1;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      // frames are reused by depth: nothing is allocated per object but its keys' offsets
      const f = (stack[++top] ??= { object: false, expectKey: false, starts: [], lengths: [], many: null, key: -1, index: 0, parent: -1 });
      f.object = f.expectKey = c === 123;
      f.starts.length = 0;
      f.lengths.length = 0;
      f.many = null;
      f.key = -1;
      f.index = 0;
      f.parent = top - 1;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      top--;
    } else if (c === 44 /* , */) {
      const f = stack[top];
      if (f.object) f.expectKey = true;
      else f.index++;
    }
  }
  return issues;
}

/** The first syntax error of text JSON.parse refused, placed by jsonc-parser. */
function syntaxError(text: string, e: unknown): Issue {
  let found: Issue | undefined;
  visit(
    text,
    {
      onError: (code, offset) => {
        found ??= { path: '$', message: `not valid JSON at ${lineColumn(text, offset)}: ${SYNTAX[code] ?? 'unexpected input'}` };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  // the scanner accepted it: only an engine limit is left (a string past V8's length, say)
  return found ?? { path: '$', message: `cannot read this JSON: ${e instanceof Error ? e.message : String(e)}` };
}

/** Parses JSON text; throws ScenarioError whose issues name a line and column or a JSON path. */
export function parseJsonText(input: string): unknown {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // a byte-order mark from a Windows editor
  if (text.trim() === '') throw new ScenarioError([{ path: '$', message: 'the file is empty; expected a JSON object' }]);
  const deep = tooDeepAt(text);
  if (deep >= 0) throw new ScenarioError([{ path: '$', message: `nested deeper than ${MAX_DEPTH} levels at ${lineColumn(text, deep)}` }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError([syntaxError(text, e)]);
  }
  const duplicates = duplicateKeys(text);
  if (duplicates.length > 0) throw new ScenarioError(duplicates);
  return value;
}
