import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applySchedule, loadScenario, type ScenarioJson } from '../../sim/api/index.ts';
import { synthesizeSchedule } from '../../sim/analysis/gcl/index.ts';
import type { Doc, ScheduleState } from './AppState.ts';
import { scheduleRelation, scheduleRequest } from './scheduleActions.ts';

const vision = JSON.parse(readFileSync(new URL('../../scenarios/examples/vision-cell.json', import.meta.url), 'utf8')) as ScenarioJson;

describe('gate schedules in the app', () => {
  test('the settings become the synthesizer’s request; a bad wait is said, not guessed', () => {
    expect(scheduleRequest({ flows: null, maxWait: '' })).toEqual({});
    expect(scheduleRequest({ flows: ['a', 'b'], maxWait: ' 20 us ' })).toEqual({ flows: ['a', 'b'], maxWaitPs: 20_000_000 });
    expect(scheduleRequest({ flows: null, maxWait: 'soon' })).toMatch(/^maximum wait: /);
  });

  test('the document is the scenario scheduled, the schedule applied, or something else — by identity', () => {
    const schedule = synthesizeSchedule(loadScenario(vision));
    const applied = applySchedule(vision, schedule);
    const state: ScheduleState = { status: 'done', result: { schedule, qcw: null, qcwError: null, base: vision, applied, ms: 1 } };
    const doc = (scenario: ScenarioJson) => ({ scenario }) as Doc;
    expect(scheduleRelation(doc(vision), state)).toBe('as-is');
    expect(scheduleRelation(doc(applied), state)).toBe('applied');
    expect(scheduleRelation(doc({ ...applied }), state)).toBe('changed');
    expect(scheduleRelation(doc(vision), { status: 'idle' })).toBeNull();
  });
});
