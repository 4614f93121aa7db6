/**
 * `JSON.stringify(value, null, 2) + '\n'` in pieces, byte for byte, so that a report whose text
 * would pass V8's longest string (about 512 MB: a 50,000-device plant's report) is still written
 * whole. Objects and arrays are opened level by level down to `depth`; below it each member is one
 * JSON.stringify, re-indented (JSON text holds no raw newline but those of the indentation).
 */
const SKIPPED = new Set(['undefined', 'function', 'symbol']);

export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
  yield* chunks(value, '', depth);
  yield '\n';
}

function* chunks(value: unknown, indent: string, depth: number): Generator<string> {
  const open = depth > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!open) {
    const text = JSON.stringify(value, null, 2) ?? 'null'; // an array's undefined member is written null, as JSON.stringify does
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      yield* chunks(value[i], inner, depth - 1);
    }
    return yield `\n${indent}]`;
  }
  const members = Object.entries(value as object).filter(([, v]) => !SKIPPED.has(typeof v));
  if (members.length === 0) return yield '{}';
  for (let i = 0; i < members.length; i++) {
    const [key, v] = members[i];
    yield `${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* chunks(v, inner, depth - 1);
  }
  yield `\n${indent}}`;
}
