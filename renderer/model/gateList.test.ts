import { describe, expect, test } from 'vitest';
import { validateScenario } from '../../sim/api/index.ts';
import {
  defaultGates,
  gateTimeline,
  type GatesJson,
  maskToOpen,
  moveEntry,
  openMask,
  removeEntry,
  setCycle,
  setEntryDuration,
  splitEntry,
  toggleClass,
} from './gateList.ts';

const tsnCell: GatesJson = {
  cycle: '500 us',
  entries: [
    { duration: '60 us', open: [7] },
    { duration: '440 us', open: [0, 1, 2, 3, 4, 5, 6] },
  ],
  syncError: '100 ns',
};

const durations = (g: GatesJson) => g.entries.map((e) => e.duration);

describe('gate control list edits keep the entries filling the cycle', () => {
  test('a shorter window gives its time to the entry after it; the last entry trades with the one before', () => {
    expect(durations(setEntryDuration(tsnCell, 0, '10 us'))).toEqual(['10 us', '490 us']);
    expect(durations(setEntryDuration(tsnCell, 1, '400 us'))).toEqual(['100 us', '400 us']);
    expect(durations(setEntryDuration(tsnCell, 0, '12.336 us'))).toEqual(['12.336 us', '487664 ns']);
  });

  test('a duration the neighbour cannot absorb, or text that does not parse, is stored as typed for validation to judge', () => {
    expect(durations(setEntryDuration(tsnCell, 0, '600 us'))).toEqual(['600 us', '440 us']);
    expect(durations(setEntryDuration(tsnCell, 0, 'soon'))).toEqual(['soon', '440 us']);
  });

  test('a new cycle lengthens or shortens the last entry', () => {
    const g = setCycle(tsnCell, '1 ms');
    expect(g.cycle).toBe('1 ms');
    expect(durations(g)).toEqual(['60 us', '940 us']);
    expect(durations(setCycle(tsnCell, '50 us'))).toEqual(['60 us', '440 us']); // cannot: left for validation
  });

  test('split halves an entry; remove gives its time to the one before; move reorders', () => {
    const split = splitEntry(tsnCell, 0);
    expect(split.entries).toEqual([
      { duration: '30 us', open: [7] },
      { duration: '30 us', open: [7] },
      { duration: '440 us', open: [0, 1, 2, 3, 4, 5, 6] },
    ]);
    expect(durations(removeEntry(split, 2))).toEqual(['30 us', '470 us']);
    expect(durations(removeEntry(split, 0))).toEqual(['60 us', '440 us']);
    expect(removeEntry(defaultGates(), 0).entries).toHaveLength(1);
    expect(removeEntry(removeEntry(defaultGates(), 0), 0).entries).toHaveLength(1); // the last entry stays
    expect(moveEntry(tsnCell, 0, 1).entries.map((e) => e.open)).toEqual([[0, 1, 2, 3, 4, 5, 6], [7]]);
    expect(moveEntry(tsnCell, 0, -1)).toBe(tsnCell);
  });

  test('toggling a class: every class open is "all", none open is an empty list', () => {
    const all = toggleClass(tsnCell, 1, 7);
    expect(all.entries[1].open).toBe('all');
    expect(toggleClass(all, 1, 0).entries[1].open).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(toggleClass(tsnCell, 0, 7).entries[0].open).toEqual([]);
    expect(openMask('all')).toBe(0xff);
    expect(maskToOpen(0x81)).toEqual([0, 7]);
  });

  test('every edit of a valid list leaves a scenario the core accepts', () => {
    const scenario = (gates: GatesJson) => ({
      format: 'netloom.scenario/v1',
      name: 'gcl',
      nodes: [
        { id: 'A', type: 'host', tsn: { gates } },
        { id: 'B', type: 'host' },
      ],
      links: [{ from: 'A', to: 'B', rate: '1 Gb/s' }],
      flows: [],
    });
    for (const g of [
      setEntryDuration(tsnCell, 0, '10 us'),
      setCycle(tsnCell, '2 ms'),
      splitEntry(splitEntry(tsnCell, 1), 0),
      removeEntry(tsnCell, 1),
      defaultGates(),
    ]) {
      expect(validateScenario(scenario(g))).toEqual([]);
    }
    expect(validateScenario(scenario(setEntryDuration(tsnCell, 0, '600 us')))[0].path).toBe('nodes[0].tsn.gates.entries');
  });

  test('the timeline lays the entries end to end in picoseconds', () => {
    expect(gateTimeline(tsnCell)).toEqual({
      cyclePs: 500e6,
      totalPs: 500e6,
      segments: [
        { index: 0, startPs: 0, durationPs: 60e6, mask: 0x80 },
        { index: 1, startPs: 60e6, durationPs: 440e6, mask: 0x7f },
      ],
    });
    expect(gateTimeline({ ...tsnCell, cycle: 'x' })).toBeNull();
  });
});
