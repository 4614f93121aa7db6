/** The library's plan is netloom plan's (the reference: the CLI, simulating over worker threads), and its upgrade passes. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netloom } from '../test/cli/netloom.ts';
import { loadScenario } from './loadScenario.ts';
import { applyPlan, plan } from './plan.ts';
import { simulate } from './simulate.ts';

const root = new URL('../', import.meta.url).pathname;

describe('plan', () => {
  it('finds the plan netloom plan finds, and its upgraded scenario meets every requirement', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netloom-lib-plan-'));
    cpSync(join(root, 'scenarios/examples/captures'), join(dir, 'captures'), { recursive: true });
    const doc = JSON.parse(readFileSync(join(root, 'scenarios/examples/udp-replay.json'), 'utf8'));
    doc.flows[0].requirement.latency = '200 us'; // its 1400 B packets take 350 us over three 100 Mb/s links
    writeFileSync(join(dir, 'replay.json'), JSON.stringify(doc));
    const s = await loadScenario(join(dir, 'replay.json'));

    const steps: string[] = [];
    const p = await plan(s, { onProgress: (m) => steps.push(m) });
    const cli = JSON.parse(netloom('plan', join(dir, 'replay.json'), '--json', '-', '--workers', '2').stdout);
    const timeless = ({ stats, ...rest }: typeof p) => ({ ...rest, evaluations: stats.evaluations, verifications: stats.verifications });
    expect(timeless(p)).toEqual(timeless(cli));
    expect(p.found).toBe(true);
    expect(steps.length).toBeGreaterThan(0);

    const upgraded = applyPlan(s, p);
    const report = await simulate(upgraded, { replications: p.verification!.replications });
    expect(report.summary.failed).toBe(0);
  }, 120_000);
});
