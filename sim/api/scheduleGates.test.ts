import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gateLimits } from '../analysis/gcl/gateLimits.ts';
import { synthesizeSchedule } from '../analysis/gcl/synthesizeSchedule.ts';
import { toQcwYang } from '../io/switchConfig/toQcwYang.ts';
import { loadScenario } from '../scenario/load.ts';
import { createSimApi } from './createSimApi.ts';

const tsn = JSON.parse(readFileSync(new URL('../../scenarios/examples/tsn-schedule.json', import.meta.url), 'utf8'));

describe('SimApi.schedule: gate schedules as both hosts make them', () => {
  test('the synthesis within the scenario’s gate list limits, and its 802.1Qcw YANG', () => {
    const api = createSimApi();
    expect(api.load({ scenario: tsn }).ok).toBe(true);
    // the calls `netloom schedule` and the app's schedule worker each made on their own before
    const model = loadScenario(tsn);
    const schedule = synthesizeSchedule(model, { maxEntries: gateLimits(tsn, model) });
    expect(schedule.ok).toBe(true);
    expect(api.schedule({})).toEqual({ kind: 'schedule', schedule, qcw: toQcwYang(schedule, model), qcwError: null });
  });

  test('a request it cannot serve says why, in words the CLI’s --flows and the app’s flow picker both use', () => {
    const api = createSimApi();
    api.load({ scenario: tsn });
    expect(api.schedule({ flows: ['nope'] })).toMatchObject({ kind: 'input', message: expect.stringMatching(/^unknown flow "nope"/) });
  });
});
