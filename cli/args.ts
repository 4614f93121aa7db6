/**
 * Command-line arguments, read by `node:util`'s parseArgs and checked against a command's flags:
 * `--flag value` or `--flag=value`, `-` is a file name (stdin), `--` ends the options. Every
 * mistake is a UsageError naming the flag (node's own messages would name none of ours).
 */
import { parseArgs as readTokens } from 'node:util';
import { UsageError } from './UsageError.ts';

export interface FlagSpec {
  /** takes a value (otherwise a boolean switch) */
  value: boolean;
  /** how the value is described in errors and help, e.g. 'a whole number' */
  expects?: string;
  /** one line for `netloom CMD --help` */
  help?: string;
  /** the value's name in help, e.g. "N" or "OUT|-" */
  arg?: string;
}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: readonly string[], spec: Record<string, FlagSpec>, usage: string): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = Object.create(null);
  const options = Object.fromEntries(Object.entries(spec).map(([name, s]) => [name, { type: s.value ? ('string' as const) : ('boolean' as const) }]));
  const { tokens } = readTokens({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional') positional.push(t.value);
    if (t.kind !== 'option') continue;
    const s = Object.hasOwn(spec, t.name) && t.rawName === `--${t.name}` ? spec[t.name] : undefined;
    if (!s) throw new UsageError(`unknown option ${t.rawName}\n${usage}`);
    if (!s.value) {
      if (t.value !== undefined) throw new UsageError(`--${t.name} takes no value`);
      flags[t.name] = true;
      continue;
    }
    // "--seed --json": a missing value, not a value that starts with two dashes
    if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) throw new UsageError(`--${t.name} needs ${s.expects ?? 'a value'}`);
    flags[t.name] = t.value;
  }
  return { positional, flags };
}

/** True when the arguments ask for help (`--help` or `-h` before any `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

export function intFlag(flags: ParsedArgs['flags'], name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`--${name}: expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got ${JSON.stringify(v)}`);
  return n;
}
