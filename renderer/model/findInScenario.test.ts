import { describe, expect, test } from 'vitest';
import { makePlant } from '../../scripts/make-plant.ts';
import { findInScenario } from './findInScenario.ts';

describe('findInScenario', () => {
  const plant = makePlant({ devices: 10_000 });

  test('finds a device among 10,000 by its exact id first, then by prefix', () => {
    const hits = findInScenario(plant, 'c17-drv1');
    expect(hits[0]).toEqual({ kind: 'node', id: 'C17-DRV1', detail: 'io' });
    expect(hits.slice(1).every((h) => h.id.startsWith('C17-DRV1'))).toBe(true);
    expect(hits).toHaveLength(8);
  });

  test('finds links and flows by name, and a device by its label', () => {
    const flow = plant.flows[0].id;
    expect(findInScenario(plant, flow)[0]).toMatchObject({ kind: 'flow', id: flow });
    const link = findInScenario(plant, 'C1-A1');
    expect(link[0]).toMatchObject({ kind: 'link', id: 'C1-A1' });
    expect(findInScenario(plant, 'core switch')[0]).toMatchObject({ kind: 'node', id: 'CORE' });
  });

  test('an empty or unknown query finds nothing', () => {
    expect(findInScenario(plant, '  ')).toEqual([]);
    expect(findInScenario(plant, 'no such thing')).toEqual([]);
  });
});
