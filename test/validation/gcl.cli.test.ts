/** `netloom schedule` end to end: the real command in a child process (test/cli/netloom.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, runScenario } from '../../sim/api/index.ts';
import { netloom } from '../cli/netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-schedule-'));

/** scenarios/examples/tsn-schedule.json (a shorter run): a PLC, four drives and an I/O over three switches, with bulk transfers on the same ports. */
const DEMO = {
  ...JSON.parse(readFileSync(new URL('../../scenarios/examples/tsn-schedule.json', import.meta.url), 'utf8')),
  simulation: { duration: '200 ms', seed: 1 },
};

function file(name: string, scenario: object): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

describe('netloom schedule', () => {
  it('prints offsets, guaranteed latencies and windows, writes the scheduled scenario and the YANG, and --verify simulates it', () => {
    const input = file('demo.json', DEMO);
    const out = join(tmp, 'scheduled.json');
    const yang = join(tmp, 'yang.json');
    const json = join(tmp, 'schedule.json');
    const r = netloom('schedule', input, '--out', out, '--yang', yang, '--json', json, '--verify');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('10 time-critical flows scheduled in PCP 6, no-wait, hyperperiod 2 ms');
    expect(r.stdout).toMatch(/ctrl-DRV1\s+PLC→DRV1\s+500 us\s+0 s\s+16\.61 us\s+100 us/);
    expect(r.stdout).toMatch(/SW-L1→DRV1\s+500 us\s+1\s+3\/1024/);
    expect(r.stdout).toContain('verified by simulation');
    expect(r.stdout).not.toMatch(/\bNO\b/);
    const schedule = JSON.parse(readFileSync(json, 'utf8'));
    expect(schedule.format).toBe('netloom.gcl/v1');
    expect(schedule.ok).toBe(true);
    const doc = JSON.parse(readFileSync(yang, 'utf8'));
    expect(doc.devices.map((d: { node: string }) => d.node)).toEqual(['PLC', 'SW-CORE', 'SW-L1', 'SW-L2', 'DRV1', 'DRV2', 'DRV3', 'DRV4', 'IO1']);
    // the scheduled scenario loads, and every control flow now passes with zero jitter
    const report = runScenario({ scenario: JSON.parse(readFileSync(out, 'utf8')) });
    for (const f of schedule.flows) {
      const flow = report.flows.find((x) => x.id === f.id)!;
      expect(flow.verdict).toBe('pass');
      expect(flow.jitter!.pdv).toBe(0);
    }
    expect(loadScenario(JSON.parse(readFileSync(out, 'utf8'))).ports.filter((p) => p.tsn?.gates)).toHaveLength(schedule.ports.length);
  });

  it('--json - prints only the schedule; --flows schedules just those', () => {
    const r = netloom('schedule', file('demo2.json', DEMO), '--json', '-', '--flows', 'ctrl-DRV1,state-DRV1');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.flows.map((f: { id: string }) => f.id)).toEqual(['ctrl-DRV1', 'state-DRV1']);
  });

  it('exits 1 and names the conflicts when no schedule exists', () => {
    const tight = JSON.parse(JSON.stringify(DEMO));
    tight.flows[4].requirement.latency = '15 us';
    const r = netloom('schedule', file('tight.json', tight));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no gate schedule — 1 conflict:');
    expect(r.stdout).toContain('[too-slow] flow ctrl-DRV3 cannot meet its 15 us deadline even alone: its path takes 19.71 us without any waiting');
  });

  it('exits 2 on bad input', () => {
    expect(netloom('schedule', join(tmp, 'missing.json')).code).toBe(2);
    const unknown = netloom('schedule', file('demo3.json', DEMO), '--flows', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown flow "nope"');
    const wait = netloom('schedule', file('demo4.json', DEMO), '--max-wait', 'soon');
    expect(wait.code).toBe(2);
    expect(wait.stderr).toContain('--max-wait');
  });
});
