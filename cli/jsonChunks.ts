/**
 * `JSON.stringify(value, null, 2) + '\n'` in pieces, byte for byte, so that a report whose text
 * would pass V8's longest string (about 512 MB: a 50,000-device plant's report) is still written
 * whole. Objects and arrays are opened level by level down to `depth`; below it each member is one
 * JSON.stringify, of the member wrapped in arrays so that it comes out at its indentation.
 */
const SKIPPED = new Set(['undefined', 'function', 'symbol']);

export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
  yield* chunks(value, '', depth);
  yield '\n';
}

function* chunks(value: unknown, indent: string, depth: number): Generator<string> {
  const open = depth > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!open) {
    // JSON.stringify indents the value as deep as it sits in arrays: wrapped in as many as its indent has
    // levels, it comes out indented already (no pass over the text to indent it), between known brackets
    const levels = indent.length / 2;
    let wrapped = value;
    for (let i = 0; i < levels; i++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2) ?? 'null'; // an array's undefined member is written null, as JSON.stringify does
    const brackets = levels * (levels + 1); // "[\n" + "  [\n" + … before it, and as many characters of "\n  ]" … after
    yield levels === 0 ? text : text.slice(brackets + indent.length, text.length - brackets);
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
