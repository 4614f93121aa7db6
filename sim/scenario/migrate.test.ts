import { describe, expect, it } from 'vitest';
import { validateScenario, loadScenario } from './load.ts';
import { type MigrationStep, migrateScenario } from './migrate.ts';
import { FORMAT } from './schema.ts';

const current = () => ({
  format: FORMAT,
  name: 'two hosts',
  nodes: [
    { id: 'A', type: 'plc' },
    { id: 'B', type: 'drive' },
  ],
  links: [{ from: 'A', to: 'B', rate: '100 Mb/s', delay: '1 us' }],
  flows: [{ id: 'f', from: 'A', to: 'B', size: '100 B', pattern: { type: 'periodic', period: '1 ms' }, requirement: { latency: '1 ms' } }],
});

// A made-up history for the pipeline (the format has only ever been v1): "t1" named a flow's
// latency requirement `deadline`, "t2" called links `cables`; "t3" is today's shape.
const T = (n: number) => `netloom.scenario/v${n}`;
const steps: MigrationStep[] = [
  {
    from: T(1),
    to: T(2),
    change: 'flows[].deadline → flows[].requirement.latency',
    migrate: (d) => ({ ...d, flows: (d.flows as { deadline?: string }[]).map(({ deadline, ...f }) => ({ ...f, requirement: { latency: deadline } })) }),
  },
  { from: T(2), to: T(3), change: 'cables → links', migrate: ({ cables, ...d }) => ({ ...d, links: cables }) },
];
const oldest = () => {
  const { links, flows, ...rest } = current();
  return { ...rest, format: T(1), cables: links, flows: flows.map(({ requirement, ...f }) => ({ ...f, deadline: requirement.latency })) };
};

describe('migrateScenario', () => {
  it('leaves a current document as it is, the same object', () => {
    const doc = current();
    const m = migrateScenario(doc);
    expect(m.scenario).toBe(doc);
    expect(m).toMatchObject({ from: FORMAT, changes: [] });
  });

  it("runs every step from the document's version to the current one, in order, without modifying the input", () => {
    const doc = oldest();
    const before = structuredClone(doc);
    const m = migrateScenario(doc, steps, T(3));
    expect(doc).toEqual(before);
    expect(m.from).toBe(T(1));
    expect(m.changes).toEqual([`${T(1)} → ${T(2)}: flows[].deadline → flows[].requirement.latency`, `${T(2)} → ${T(3)}: cables → links`]);
    expect(m.scenario).toEqual({ ...current(), format: T(3) });
    // from the middle of the chain, only the later step
    expect(migrateScenario({ ...steps[0].migrate(oldest()), format: T(2) }, steps, T(3)).changes).toEqual([`${T(2)} → ${T(3)}: cables → links`]);
  });

  it('gives a migrated document that loads to the same model as one written in the current version', () => {
    const migrated = migrateScenario(oldest(), steps, T(3)).scenario as Record<string, unknown>;
    expect(loadScenario({ ...migrated, format: FORMAT })).toEqual(loadScenario(current()));
  });

  it('refuses a document of a newer NetLoom, saying so, when a scenario is loaded', () => {
    const doc = { ...current(), format: 'netloom.scenario/v2' };
    expect(validateScenario(doc)).toEqual([
      { path: 'format', message: '"netloom.scenario/v2" was made by a newer NetLoom; this one reads netloom.scenario/v1 and older: update NetLoom to open it' },
    ]);
    expect(() => migrateScenario({ ...current(), format: T(4) }, steps, T(3))).toThrow(/made by a newer NetLoom/);
  });

  it("leaves a document without format, or with a format not NetLoom's, to the schema, which names what it expects", () => {
    const { format: _, ...none } = current();
    expect(migrateScenario(none).scenario).toBe(none);
    expect(validateScenario(none)).toEqual([{ path: 'format', message: `missing; expected "${FORMAT}"` }]);
    expect(validateScenario({ ...current(), format: 'acme.plant/v3' })).toEqual([
      { path: 'format', message: `expected "${FORMAT}", got string "acme.plant/v3"` },
    ]);
    // a chain that does not reach the current version changes nothing
    expect(migrateScenario(oldest(), steps.slice(0, 1), T(3)).scenario).toEqual(oldest());
  });
});
