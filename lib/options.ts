/** The library's options, checked with messages that name the option. */
import { DEFAULT_MAX_EVENTS, DEFAULT_MAX_MEMORY_BYTES, type parseQuantity, type Progress } from '../sim/api/index.ts';
import type { CatalogInput } from '../sim/api/index.ts';
import type { TraceOptions } from './trace.ts';
export type { Schedule } from '../sim/api/index.ts';

/** What `parseQuantity` reads: a time, a data rate, a size or a length. */
export type Quantity = Parameters<typeof parseQuantity>[1];

export interface SimulateOptions {
  /** the scenario's seed instead of its own */
  seed?: number;
  /** independent replications, merged with 95 % confidence intervals */
  replications?: number;
  /** simulated seconds instead of the scenario's duration */
  durationS?: number;
  /** events one replication may process (default 1e9); past it the run stops with a ResourceLimitError */
  maxEvents?: number;
  /** bytes of packets in flight one replication may hold (default 2 GiB) */
  maxMemoryBytes?: number;
  /** called as each replication advances */
  onProgress?: (p: Progress) => void;
  /** per-packet outcomes and pcapng captures, written as the run goes (see TraceOptions) */
  trace?: TraceOptions;
}

export interface ScheduleOptions {
  /** schedule these flows (default: the periodic flows with a latency requirement at the highest priority) */
  flows?: string[];
  /** let a frame wait up to this many seconds at a hop when no-wait scheduling fails */
  maxWaitS?: number;
}

export interface PlanOptions {
  /** prices and options over the default catalog (any subset of its fields) */
  catalog?: CatalogInput;
  /** yearly budget for the roadmap (default 100000) */
  budget?: number;
  /** roadmap years (default 2026–2028) */
  years?: number[];
  /** replications of each verification (default: at least 3) */
  replications?: number;
  /** run limits of each simulation, as for `simulate` */
  maxEvents?: number;
  maxMemoryBytes?: number;
  /** a line per step of the search */
  onProgress?: (message: string) => void;
  /** aborting stops the search before its next batch of simulations (it rejects with PlanCancelled) */
  signal?: { readonly aborted: boolean };
}

/** Throws a RangeError naming `options.NAME` when a number is not what it must be. */
const EXPECTED = {
  count: [(x: number) => Number.isSafeInteger(x) && x >= 1, 'a whole number from 1'],
  seed: [(x: number) => Number.isSafeInteger(x) && x >= 0 && x < 2 ** 32, 'a whole number from 0 to 2^32 − 1'],
  positive: [(x: number) => Number.isFinite(x) && x > 0, 'a finite number above 0'],
  amount: [(x: number) => Number.isFinite(x) && x >= 0, 'a finite number from 0'],
} as const;

export function checkNumber(name: string, value: number | undefined, what: keyof typeof EXPECTED): void {
  const [ok, expected] = EXPECTED[what];
  if (value !== undefined && !(typeof value === 'number' && ok(value))) throw new RangeError(`options.${name}: expected ${expected}, got ${String(value)}`);
}

/** The run limits of `options`, the CLI's defaults where it gives none. */
export function limitsOf(options: { maxEvents?: number; maxMemoryBytes?: number }): { maxEvents: number; maxMemoryBytes: number } {
  checkNumber('maxEvents', options.maxEvents, 'positive');
  checkNumber('maxMemoryBytes', options.maxMemoryBytes, 'positive');
  return { maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS, maxMemoryBytes: options.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES };
}
