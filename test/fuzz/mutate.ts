/**
 * Structure-aware mutation of scenario files, as a careless colleague or a hostile upload would
 * write them: quantities with odd units and magnitudes, values of the wrong type, references to
 * nodes that do not exist, limits pushed to the extreme, prototype keys, deep nesting, long and
 * control-character strings, trace files outside the scenario's folder, and JSON that is not
 * quite JSON. Deterministic: mutant i of a seed is always the same text.
 */
import { Mulberry32 } from '../../sim/core/mulberry32.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export class Dice {
  private readonly g: Mulberry32;
  constructor(seed: number) {
    this.g = new Mulberry32(seed);
  }
  float(): number {
    return this.g.next();
  }
  int(n: number): number {
    return Math.floor(this.g.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.g.next() < p;
  }
}

const QUANTITY = /^\s*[-+.\d]/;
const TIMES = [
  '0 s',
  '1 ps',
  '0.4 ps',
  '1e-20 s',
  '1e-9 s',
  '1 ns',
  '10 us',
  '1 ms',
  '1 s',
  '2.5 h',
  '3 h',
  '1e6 s',
  '-1 ms',
  '1e308 s',
  'Infinity s',
  'NaN s',
  '1 Gb/s',
  '5',
  '',
];
const RATES = ['1 b/s', '1e-9 b/s', '1 kb/s', '100 Mb/s', '1 Gb/s', '400 Gb/s', '20 Tb/s', '1e30 b/s', '1e9 Gb/s', '-1 Gb/s', '0 b/s', '1 ms', 'fast'];
const SIZES = ['0 B', '1 B', '0.001 B', '64 B', '1480 B', '1481 B', '1500 B', '1501 B', '9000 B', '1 MB', '1e15 B', '1e300 B', '-5 B', '1 s'];
const UNITY = ['1 µs', '1 μs', '1us', '1e3ms', '1.5e3 B', '10 Mbps', '1 KiB', '1 kbit/s', '5 min', '2 hrs', '1,5 ms', '1..2 s', '1e', 'e5 s', '٣ ms'];
const DIGITS = () => '9'.repeat(100_000);
const TRACE_FILES = [
  'sends.csv',
  './sends.csv',
  'sub/../sends.csv',
  '../sends.csv',
  '../../../../etc/passwd',
  '/etc/passwd',
  '/dev/zero',
  '/dev/stdin',
  '/proc/self/environ',
  'constructor',
  '__proto__',
  'toString',
  '',
  'no-such.csv',
  'a\u0000b',
  'x'.repeat(5000),
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\t.csv',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const CONTROL = ['\u001b[32m✓ all passed\u001b[0m', '\r\u001b[2K', '\u001b]0;owned\u0007', '\u202eevil', 'line\nbreak', '\u0000'];

/** Every [parent, key] in a JSON value down to 40 levels (deeper ones are left as they are), iteratively. */
function slots(root: Json): [Json[] | { [k: string]: Json }, string | number][] {
  const out: [Json[] | { [k: string]: Json }, string | number][] = [];
  const stack: [Json, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > 40 || v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), stack.push([x, depth + 1])));
    else for (const k of Object.keys(v)) out.push([v, k]), stack.push([v[k], depth + 1]);
  }
  return out;
}

const get = (p: Json[] | { [k: string]: Json }, k: string | number): Json => (p as Record<string | number, Json>)[k];
const set = (p: Json[] | { [k: string]: Json }, k: string | number, v: Json) => {
  if (Array.isArray(p)) p[k as number] = v;
  else Object.defineProperty(p, k, { value: v, enumerable: true, writable: true, configurable: true });
};

function anyValue(d: Dice): Json {
  return d.pick<Json>([null, true, 0, -1, 1.5, 1e308, 2 ** 53 + 1, '', 'x', [], {}, [null], { a: 1 }, [[[]]], 'x'.repeat(200_000)]);
}

function nested(d: Dice, inner: Json): Json {
  let v = inner;
  const depth = d.pick([10, 70, 200, 5000]);
  for (let i = 0; i < depth; i++) v = d.chance(0.5) ? [v] : { v };
  return v;
}

function pattern(d: Dice): Json {
  return d.pick<() => Json>([
    () => ({ type: 'poisson', rate: d.pick(['10 Gb/s', '1 Tb/s', '900 Mb/s', '1 kb/s']) }),
    () => ({ type: 'poisson', interval: d.pick(['0.3 ps', '1 ps', '1 ns', '1e-20 s']) }),
    () => ({ type: 'poisson', rate: '10 Mb/s', reproduce: { generator: 'mulberry32', seed: d.int(1e6), resolution: d.pick(['1 ps', '0.1 ps', '1 s']) } }),
    () => ({ type: 'burst', period: '1 s', frame: d.pick(['1e15 B', '1e9 B', '10 MB']) }),
    () => ({ type: 'burst', fps: d.pick([1e9, 1e15, 30, 0.001, 1e-300]), count: d.pick([1, 1000, 1e9, 1e15]) }),
    () => ({ type: 'burst', period: '1 ms', count: 100, spacing: d.pick(['1 us', '1 s', '0 s']) }),
    () => ({
      type: 'onoff',
      rate: d.pick(['10 Mb/s', '1 Gb/s']),
      on: d.pick(['1e-20 s', '1 ps', '1 ms', { dist: 'exponential', mean: '1 ps' }]),
      off: d.pick(['0 s', '1 ps', '1 ms']),
    }),
    () => ({ type: 'cbr', rate: d.pick(RATES) }),
    () => ({ type: 'periodic', period: d.pick(TIMES), offset: d.pick(TIMES) }),
    () => ({ type: 'trace', file: d.pick(TRACE_FILES), unit: d.pick(['s', 'ms', 'us']) }),
    () => ({ type: 'trace', times: d.pick<Json>([[], [0, 0, 0], [3, 1, 2], new Array(50_000).fill(0), ['1 ms', 'x'], [-1], [1e300]]) }),
    () => ({ type: d.pick(['sometimes', '', 'PERIODIC', 'constructor']) }),
  ])();
}

function size(d: Dice): Json {
  return d.pick<() => Json>([
    () => d.pick(SIZES),
    () => ({ dist: 'exponential', mean: d.pick(['1e15 B', '100 B', '0.0001 B']) }),
    () => ({ dist: 'lognormal', mean: '1000 B', std: d.pick(['1e12 B', '10 B']) }),
    () => ({ dist: 'normal', mean: '100 B', std: d.pick(['1000 B', '0 B']) }),
    () => ({ dist: 'uniform', min: '1 B', max: d.pick(['1e12 B', '0 B', '9000 B']) }),
    () =>
      ({
        dist: 'empirical',
        values: Array.from({ length: d.pick([1, 130_000]) }, (_, i) => `${64 + (i % 1400)} B`),
        weights: d.chance(0.3) ? [] : undefined,
      }) as Json,
    () => ({ dist: 'empirical', values: [] }),
    () => ({ dist: 'pareto', alpha: 1 }),
  ])();
}

/** One structural mutation of `doc`, in place. */
function mutateOnce(doc: Json, d: Dice, ids: string[]): void {
  const all = slots(doc);
  if (all.length === 0) return;
  const [parent, key] = d.pick(all);
  const value = get(parent, key);
  const kind = d.int(13);
  switch (kind) {
    case 0: // units and magnitudes of a quantity
      if (typeof value === 'string' && QUANTITY.test(value)) set(parent, key, d.chance(0.1) ? DIGITS() : d.pick([...TIMES, ...RATES, ...SIZES, ...UNITY]));
      else set(parent, key, d.pick(TIMES));
      break;
    case 1: // the wrong type
      set(parent, key, anyValue(d));
      break;
    case 2: // references: ids that do not exist, ids of the wrong kind, duplicates
      if (key === 'id' || key === 'from' || key === 'to' || typeof key === 'number')
        set(parent, key, d.pick([...ids, 'GHOST', '', ' ', 'a b', 'constructor', '__proto__', 'toString', 'x'.repeat(100_000)]));
      else set(parent, key, d.pick(ids.length > 0 ? ids : ['GHOST']));
      break;
    case 3: // limits
      set(parent, key, d.pick<Json>([0, -1, 1e9, 1e15, 2 ** 32, 2 ** 53, 1e308, 0.5, -0, 4097, 10001, 65]));
      break;
    case 4: // prototype keys anywhere
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) set(value, d.pick(PROTO_KEYS), d.chance(0.5) ? { polluted: true } : value);
      else set(parent, key, { [d.pick(PROTO_KEYS)]: value } as Json);
      break;
    case 5: // deep nesting
      set(parent, key, nested(d, value));
      break;
    case 6: // long strings and control characters
      set(parent, key, d.chance(0.5) ? 'N'.repeat(d.pick([1000, 100_000, 1_000_000])) : `${String(value)}${d.pick(CONTROL)}`);
      break;
    case 7: // a source no link can carry, or one that freezes time
      set(parent, key, pattern(d));
      break;
    case 8: // packet sizes
      set(parent, key, size(d));
      break;
    case 9: // a field removed
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
      break;
    case 10: // an element duplicated (duplicate ids), or an array made huge
      if (Array.isArray(value) && value.length > 0)
        value.push(...(d.chance(0.8) ? [structuredClone(value[d.int(value.length)])] : new Array(20_000).fill(structuredClone(value[0]))));
      else set(parent, key, [value, value]);
      break;
    case 11: // an unknown field
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) set(value, d.pick(['rat', 'perod', 'x', 'Rate', '']), 1);
      else set(parent, key, null);
      break;
    default: // a simulation block pushed to its limits
      if (doc !== null && typeof doc === 'object' && !Array.isArray(doc))
        set(doc, 'simulation', {
          duration: d.pick(TIMES),
          warmup: d.pick(['0 s', '1 ms', '2 h']),
          drain: d.pick(['0 s', '1 s', '3 h']),
          seed: d.pick([0, 1, 2 ** 32, -1]),
          replications: d.pick([1, 3, 10000, 1e9]),
        });
  }
}

/** Text-level damage: the file as an editor, a truncated download or a bad merge leaves it. */
function damageText(text: string, d: Dice): string {
  const at = d.int(text.length + 1);
  switch (d.int(9)) {
    case 0:
      return text.slice(0, at); // truncated
    case 1:
      return text.slice(0, at) + text.slice(at + 1); // a character lost
    case 2:
      return text.slice(0, at) + d.pick(['{', '}', '[', ']', ',', ':', '"', '\\', '\u0000', 'x', '\n']) + text.slice(at);
    case 3:
      return `\ufeff${text}`; // a byte-order mark
    case 4:
      return `// exported by the plant's inventory tool\n${text}`;
    case 5:
      return text.replace(/\}\s*$/, ',}'); // a trailing comma
    case 6: {
      const keys = [...text.matchAll(/"(id|rate|to|from|period|name)":/g)];
      if (keys.length === 0) return text;
      const k = d.pick(keys);
      return text.slice(0, k.index) + `"${k[1]}": "dup", ` + text.slice(k.index); // a duplicate key
    }
    case 7:
      return text.replace(/\d+/, DIGITS()); // a number of 100,000 digits
    default:
      return '['.repeat(d.pick([100, 100_000])) + text; // nesting that never closes
  }
}

/** The node and flow ids of a scenario (for plausible wrong references). */
function idsOf(doc: Json): string[] {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return [];
  const out: string[] = [];
  for (const list of ['nodes', 'flows'] as const) {
    const xs = doc[list];
    if (Array.isArray(xs)) for (const x of xs) if (x && typeof x === 'object' && !Array.isArray(x) && typeof x.id === 'string') out.push(x.id);
  }
  return out;
}

/** Mutant `index` of the seed scenarios: the text of a file a user might be sent. */
export function mutant(seeds: readonly string[], seed: number, index: number): string {
  const d = new Dice((seed * 0x9e3779b1) ^ (index * 0x85ebca6b));
  const base = d.pick(seeds);
  if (d.chance(0.12)) return damageText(base, d);
  const doc = JSON.parse(base) as Json;
  const ids = idsOf(doc);
  const n = 1 + d.int(3);
  for (let i = 0; i < n; i++) {
    try {
      mutateOnce(doc, d, ids);
    } catch {
      // copying a value nested thousands deep overflows the mutator's own stack: keep the mutant as it is
    }
  }
  let text: string;
  try {
    text = JSON.stringify(doc, null, d.chance(0.5) ? 2 : undefined) ?? 'null';
  } catch {
    text = base; // a value JSON cannot hold (a cycle): fall back to the seed
  }
  return d.chance(0.05) ? damageText(text, d) : text;
}
