/**
 * The ways a worker of the pool fails, whatever the host: its script does not load, an error
 * escapes it, its thread exits, it runs out of memory, the simulation throws, it stops sending
 * progress, or the pool stopped it. A WorkFailed names the work it was doing ("replication 3 of 8").
 */

export type FaultKind = 'start' | 'crash' | 'exit' | 'threw' | 'memory' | 'silent' | 'stopped';

export class WorkerFault extends Error {
  constructor(
    readonly kind: FaultKind,
    /** the host's or the worker's own words: the error message, the exit code, the silence allowed */
    readonly detail: string,
  ) {
    super(describeFault(kind, detail));
    this.name = 'WorkerFault';
  }
}

function describeFault(kind: FaultKind, detail: string): string {
  switch (kind) {
    case 'start':
      return 'the worker could not start (its script did not load)';
    case 'crash':
      return `the worker crashed (${detail || 'no message'})`;
    case 'exit':
      return `the worker stopped: its thread exited with code ${detail}`;
    case 'threw':
      return `an error in the worker: ${detail}`;
    case 'memory':
      return `the worker ran out of memory (${detail})`;
    case 'silent':
      return `the worker stopped answering: no progress for ${detail} (stuck in a loop, or it ended without a word)`;
    case 'stopped':
      return 'the worker was stopped';
  }
}

/** A piece of work the pool was doing failed: a fault of NetLoom (exit code 3 in the CLI), not of the scenario. */
export class WorkFailed extends Error {
  constructor(
    /** "replication 3 of 8", "candidate evaluation 4 of 12 (2 s × 1)", "the bounds" */
    readonly work: string,
    readonly fault: WorkerFault,
  ) {
    super(`${work} failed: ${fault.message}`);
    this.name = 'WorkFailed';
  }
}

const MEMORY = /allocation failed|out of memory|invalid (typed )?array (buffer )?length|array buffer/i;

/** Errors that are the input's, not the worker's: they reach the host as they are (exit code 2 in the CLI). */
export function isInputError(e: unknown): e is Error {
  return e instanceof Error && (e.name === 'ResourceLimitError' || e.name === 'ScenarioError');
}

/** Any rejection of a call to a worker, as a fault (comlink rebuilds the worker's Error with its name and message). */
export function faultOf(e: unknown): WorkerFault {
  if (e instanceof WorkerFault) return e;
  if (e instanceof WorkFailed) return e.fault;
  const name = e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'RangeError' && MEMORY.test(message)) return new WorkerFault('memory', `${name}: ${message}`);
  return new WorkerFault('threw', name && name !== 'Error' ? `${name}: ${message}` : message);
}

/** How long a silence lasted, as the fault says it: "200 ms", "1.5 s". */
export const silence = (ms: number): string => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);
