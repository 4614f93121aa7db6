import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../sim/api/index.ts';
import { ScenarioFileError } from './loadFile.ts';
import { reportError } from './reportError.ts';
import { WorkerFault, WorkFailed } from '../sim/worker/index.ts';
import { UsageError } from './UsageError.ts';

const printed = (e: unknown) => {
  const lines: string[] = [];
  const code = reportError(e, (l) => lines.push(l));
  return { code, lines };
};

describe('reportError', () => {
  it('exit 2 for what the user or a file can cause, naming it', () => {
    expect(printed(new UsageError('--seed: expected a whole number'))).toEqual({ code: 2, lines: ['netloom: --seed: expected a whole number'] });
    expect(printed(new ScenarioFileError('plant.json', [{ path: 'links[0].rate', message: 'expected a data rate' }]))).toEqual({
      code: 2,
      lines: ['netloom: plant.json has 1 problem:', '  links[0].rate: expected a data rate'],
    });
    const limit = Object.assign(new Error('replication 1: 16,384 messages in flight would need 1.03 MiB'), { name: 'ResourceLimitError' });
    expect(printed(limit)).toEqual({ code: 2, lines: ['netloom: the run stopped: replication 1: 16,384 messages in flight would need 1.03 MiB'] });
    expect(printed(new ScenarioError([{ path: '$', message: 'expected a scenario object, got null' }])).lines[0]).toBe('netloom: the scenario has 1 problem:');
  });

  it('exit 3, one line and where to report it, for a fault of NetLoom itself (1 stays "a requirement failed")', () => {
    const crash = printed(new TypeError("Cannot read properties of undefined (reading 'rate')\n    at compile (compile.ts:12:3)"));
    expect(crash.code).toBe(3);
    expect(crash.lines).toEqual([
      'netloom: internal error: Cannot read properties of undefined (reading ' +
        "'rate'). This is a fault in NetLoom, not in your scenario: please report it " +
        'with the scenario and the command line (NETLOOM_DEBUG=1 prints the stack).',
    ]);
    const worker = printed(new WorkFailed('replication 2 of 3', new WorkerFault('silent', '20 s')));
    expect(worker.code).toBe(3);
    expect(worker.lines[0]).toMatch(
      new RegExp(
        /^netloom: replication 2 of 3 failed: the worker stopped answering: no progress for 20 s /.source +
          /\(stuck in a loop, or it ended without a word\)\. This is a fault in NetLoom/.source,
      ),
    );
  });
});
