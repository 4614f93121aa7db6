/**
 * What the CLI prints when a command cannot finish, and its exit code: 2 for anything the user or
 * a file they gave can cause (a message naming the file, JSON path or flag), 3 for a failure of
 * NetLoom itself (one line and where to report it; the stack only with NETLOOM_DEBUG=1).
 * Exit 1 stays "a requirement failed".
 */
import { formatIssue, ScenarioError } from '../sim/api/index.ts';
import { WorkFailed } from '../sim/worker/index.ts';
import { ScenarioFileError } from './loadFile.ts';
import { printable, printableLines } from './printable.ts';
import { UsageError } from './UsageError.ts';

/** Problems listed at most; the rest are counted. */
export const MAX_PRINTED_ISSUES = 50;

const REPORT = 'This is a fault in NetLoom, not in your scenario: please report it with the scenario and the command line (NETLOOM_DEBUG=1 prints the stack).';

export function reportError(e: unknown, print: (line: string) => void = (l) => console.error(l)): number {
  if (e instanceof UsageError) {
    print(`netloom: ${printableLines(e.message)}`);
    return 2;
  }
  if (e instanceof ScenarioError) {
    const n = e.issues.length;
    const what = e instanceof ScenarioFileError ? printable(e.file) : 'the scenario';
    print(`netloom: ${what} has ${n} problem${n === 1 ? '' : 's'}:`);
    for (const i of e.issues.slice(0, MAX_PRINTED_ISSUES)) print(`  ${printable(formatIssue(i))}`);
    if (n > MAX_PRINTED_ISSUES) print(`  … and ${n - MAX_PRINTED_ISSUES} more (fix these first)`);
    return 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  if (err.name === 'ResourceLimitError') {
    print(`netloom: the run stopped: ${printable(err.message)}`);
    return 2;
  }
  if (process.env.NETLOOM_DEBUG) print(err.stack ?? err.message);
  if (e instanceof WorkFailed) print(`netloom: ${printable(err.message)}. ${REPORT}`);
  else print(`netloom: internal error: ${printable(err.message.split('\n')[0])}. ${REPORT}`);
  return 3;
}
