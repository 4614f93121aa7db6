import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { netloom, netloomWith } from './netloom.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-report-'));
const cell = (name: string) => ({
  format: 'netloom.scenario/v1',
  name,
  nodes: [
    { id: 'SW', type: 'switch' },
    { id: 'PLC', type: 'plc' },
    { id: 'IO', type: 'io' },
  ],
  links: [
    { from: 'PLC', to: 'SW', rate: '100 Mb/s' },
    { from: 'IO', to: 'SW', rate: '100 Mb/s' },
  ],
  flows: [{ id: 'ctrl', from: 'PLC', to: 'IO', size: '100 B', priority: 6, pattern: { type: 'periodic', period: '1 ms' }, requirement: { latency: '1 ms' } }],
  simulation: { duration: '50 ms', seed: 3 },
});
const file = (name: string, body: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  return path;
};
const A = file('a.json', cell('Cell A'));
const B = file('b.json', cell('Cell B'));

describe('netloom report', () => {
  const planA = join(tmp, 'a.plan.json');
  beforeAll(() => {
    expect(netloom('plan', A, '--json', planA, '--workers', '1').code).toBe(0);
  });

  it('writes the HTML report of a scenario with the plan made for it', () => {
    expect(JSON.parse(readFileSync(planA, 'utf8')).scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    const out = join(tmp, 'a.html');
    const r = netloom('report', A, '--plan', planA, '--html', out, '--workers', '1');
    expect(r.stderr).toContain('running');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`report written to ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<section id="plan"');
    expect(html).toContain('<section id="bounds"');
  });

  it('refuses the plan of another scenario, naming both (exit 2), and writes nothing', () => {
    const out = join(tmp, 'b.html');
    const r = netloom('report', B, '--plan', planA, '--html', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--plan: .*a\.plan\.json: the plan was made for another scenario \("Cell A", hash [0-9a-f]{12}…\), not this one/);
    expect(existsSync(out)).toBe(false);
  });

  it('the same scenario re-indented and reordered is the same scenario', () => {
    const same = file('a-again.json', JSON.stringify({ $schema: '../schema.json', ...Object.fromEntries(Object.entries(cell('Cell A')).reverse()) }));
    expect(netloom('report', same, '--plan', planA, '--html', join(tmp, 'again.html')).code).toBe(0);
  });

  it('usage problems: no --html, an existing output without --force, a plan that is not a plan', () => {
    const none = netloom('report', A);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--html OUT.html');
    const taken = file('taken.html', 'mine');
    const r = netloom('report', A, '--html', taken);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--html');
    expect(readFileSync(taken, 'utf8')).toBe('mine');
    const bad = netloom('report', A, '--plan', A, '--html', join(tmp, 'c.html'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--plan: .*a\.json: expected a plan \(format "netloom\.plan\/v1"/);
  });

  it('--pdf without Chromium: exit 2 saying what it needs, and no HTML half-written', () => {
    const out = join(tmp, 'd.html');
    const r = netloomWith({ env: { NO_COLOR: '1', CHROMIUM_PATH: join(tmp, 'no-chromium') } }, 'report', A, '--html', out, '--pdf', join(tmp, 'd.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--pdf: printing a PDF needs Chromium, not found at .*no-chromium/);
    expect(existsSync(out)).toBe(false);
  });
  it('a scenario with an AI pipeline gets its page without the bounds section (pipelines are not bounded yet)', () => {
    const piped = cell('Cell P');
    piped.nodes.push({ id: 'EDGE', type: 'compute' });
    piped.links.push({ from: 'EDGE', to: 'SW', rate: '1 Gb/s' });
    piped.flows.push({
      id: 'infer',
      from: 'IO',
      to: 'PLC',
      size: '1000 B',
      pattern: { type: 'periodic', period: '10 ms' },
      pipeline: [{ id: 'detect', at: 'EDGE', service: '2 ms' }],
    } as never);
    const out = join(tmp, 'p.html');
    const r = netloom('report', file('p.json', piped), '--html', out, '--workers', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('no worst-case bounds: the scenario has AI pipelines');
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<section id="bounds"');
    expect(html).toContain('<section id="latency"');
  });
});
