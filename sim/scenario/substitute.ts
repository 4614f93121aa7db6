/**
 * Parameter substitution in a group's body: `{name}` in any string is replaced by the value of
 * the parameter `name`; a string that is nothing but `{name}` takes the value itself, so a number
 * stays a number (`"count": "{drives}"`). `{i}` is the copy's number in a counted entry, `{i:2}`
 * the same padded to 2 digits. `{from}` and `{to}` are left for the link or flow they are in
 * (the node a selector picked). Keys are never substituted.
 */
export type ParamValue = string | number | boolean;
export type Params = Readonly<Record<string, ParamValue>>;

/** names filled in later, per selected node, by the link or flow that holds them */
export const DEFERRED: ReadonlySet<string> = new Set(['from', 'to']);
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)(?::(\d{1,2}))?\}/g;
const WHOLE = /^\{([A-Za-z_][A-Za-z0-9_]*)(?::(\d{1,2}))?\}$/;

export class SubstitutionError extends Error {
  constructor(
    readonly relPath: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

function paramValue(name: string, pad: string | undefined, params: Params, at: (string | number)[]): ParamValue {
  if (!Object.hasOwn(params, name)) {
    const known = Object.keys(params).filter((k) => k !== 'i');
    const where = name === 'i' ? '{i} is only defined in an entry with a count' : `unknown parameter {${name}}`;
    throw new SubstitutionError([...at], `${where}; ${known.length > 0 ? `the parameters here are ${known.join(', ')}` : 'no parameters are defined here'}`);
  }
  const v = params[name];
  return pad !== undefined && typeof v === 'number' ? String(v).padStart(Number(pad), '0') : v;
}

/** `value` with every placeholder replaced; throws SubstitutionError naming the path below `value`. */
export function substitute(value: unknown, params: Params): unknown {
  const at: (string | number)[] = []; // the path walked, kept as a stack: copied only for an error
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!v.includes('{')) return v;
      const whole = WHOLE.exec(v);
      if (whole && !DEFERRED.has(whole[1])) return paramValue(whole[1], whole[2], params, at);
      return v.replace(PLACEHOLDER, (text, name: string, pad: string | undefined) => (DEFERRED.has(name) ? text : String(paramValue(name, pad, params, at))));
    }
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        out[i] = walk(v[i]);
        at.pop();
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      at.push(k);
      out[k] = walk((v as Record<string, unknown>)[k]);
      at.pop();
    }
    return out;
  };
  return walk(value);
}

/** `{from}` and `{to}` in every string of a link or flow, by the nodes it was made for. */
export function fillEnds(value: unknown, ends: { from: string; to: string }): unknown {
  if (typeof value === 'string') return value.includes('{') ? value.replace(/\{(from|to)\}/g, (_, k: 'from' | 'to') => ends[k]) : value;
  if (Array.isArray(value)) return value.map((v) => fillEnds(v, ends));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fillEnds(v, ends);
    return out;
  }
  return value;
}
