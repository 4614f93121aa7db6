/**
 * Text from a scenario (names, ids, file names), made safe to print on a terminal: control
 * characters and the invisible ones that reorder or hide text are shown as escapes, so a scenario
 * cannot move the cursor, recolour a line, retitle the window or forge a line of output.
 */

// C0 and C1 controls, DEL, zero-width and directional marks, bidirectional embeddings and isolates, BOM
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const escaped = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

/** One line of untrusted text, every unsafe character escaped (newlines too). */
export function printable(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** Untrusted text of several lines: each line made printable, the line breaks kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/** A copy of a JSON-like value with every string (keys included) made printable. */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map(printableDeep) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[printable(k)] = printableDeep(v);
    return out as T;
  }
  return value;
}
