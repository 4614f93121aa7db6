import { describe, expect, test } from 'vitest';
import type { ScenarioJson } from '../../sim/api/index.ts';
import type { ScheduleWorker } from './createScheduleWorker.ts';
import { FakeWorker } from './FakeWorker.ts';
import type { SynthesisOutcome } from './schedule.worker.ts';
import { ScheduleRunner } from './ScheduleRunner.ts';

/** A fake synthesizer: answers `{ kind: 'input', message: name }`; `endless` never answers, `crash` crashes its worker. */
function fake() {
  const made: FakeWorker[] = [];
  const make = (): ScheduleWorker => {
    const me = new FakeWorker();
    made.push(me);
    const api = {
      synthesize: async ({ name }: { name: string }): Promise<SynthesisOutcome> => {
        if (name === 'endless') return new Promise(() => {});
        if (name === 'crash') return me.emitError('Uncaught Error: gate list overflow'), new Promise(() => {});
        if (name === 'boom') throw new Error('no hyperperiod');
        return { kind: 'input', message: name };
      },
    };
    return { worker: me.asWorker(), api: api as unknown as ScheduleWorker['api'] };
  };
  return { made, make };
}

const s = (name: string) => ({ name }) as unknown as ScenarioJson;

describe('ScheduleRunner', () => {
  test('a synthesis that never answers, crashes or throws is said, and the next one gets a fresh worker', async () => {
    const { made, make } = fake();
    const runner = new ScheduleRunner(make, 200);
    await expect(runner.synthesize(s('endless'), {}, {})).rejects.toThrow('the worker stopped answering: no progress for 200 ms');
    expect(made[0].terminated).toBe(true);
    await expect(runner.synthesize(s('crash'), {}, {})).rejects.toThrow('the worker crashed (Uncaught Error: gate list overflow)');
    await expect(runner.synthesize(s('boom'), {}, {})).rejects.toThrow('an error in the worker: no hyperperiod');
    expect(await runner.synthesize(s('ok'), {}, {})).toEqual({ kind: 'input', message: 'ok' });
    expect(made).toHaveLength(4);
  });
});
