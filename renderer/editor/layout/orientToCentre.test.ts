import { expect, test } from 'vitest';
import { orientToCentre, orientTowards } from './orientToCentre.ts';

test('links point towards the core, whichever way the file wrote them', () => {
  const links = [
    { from: 'A1', to: 'CORE' },
    { from: 'CORE', to: 'A2' },
    { from: 'C1', to: 'A1' },
    { from: 'C2', to: 'A1' },
    { from: 'C3', to: 'A2' },
    { from: 'C4', to: 'A2' },
  ];
  const out = orientToCentre(['C1', 'C2', 'C3', 'C4', 'A1', 'A2', 'CORE'], links);
  expect(out.map((l) => `${l.from}>${l.to}`)).toEqual(['A1>CORE', 'A2>CORE', 'C1>A1', 'C2>A1', 'C3>A2', 'C4>A2']);
});

test('each connected part is oriented from its own centre (on a tie the first listed); a ring keeps its far link as written', () => {
  const out = orientToCentre(
    ['R0', 'R1', 'R2', 'X', 'Y'],
    [
      { from: 'R1', to: 'R0' },
      { from: 'R1', to: 'R2' },
      { from: 'R2', to: 'R0' },
      { from: 'Y', to: 'X' },
    ],
  );
  expect(out.map((l) => `${l.from}>${l.to}`)).toEqual(['R1>R0', 'R1>R2', 'R2>R0', 'Y>X']);
});

test('towards a given root: the interior of an opened cell points at its switch', () => {
  const out = orientTowards(
    'SW',
    ['SW', 'PLC', 'D1', 'X'],
    [
      { from: 'SW', to: 'PLC' },
      { from: 'D1', to: 'SW' },
      { from: 'PLC', to: 'D1' },
      { from: 'X', to: 'Y' },
    ],
  );
  expect(out.map((l) => `${l.from}>${l.to}`)).toEqual(['PLC>SW', 'D1>SW', 'PLC>D1', 'X>Y']);
});
