import { expect, test } from 'vitest';
import { isPortSelection } from './selectPort.ts';

const scenario = {
  links: [
    { from: 'SW1', to: 'PLC1' },
    { id: 'up', from: 'SW1', to: 'SW2' },
  ],
} as never;

test('a node with one of its own links is a port; with another node’s link, or more, it is not', () => {
  expect(isPortSelection({ nodes: ['SW1'], links: ['SW1-PLC1'], flow: null }, scenario)).toBe(true);
  expect(isPortSelection({ nodes: ['SW2'], links: ['up'], flow: 'f' }, scenario)).toBe(true);
  expect(isPortSelection({ nodes: ['SW2'], links: ['SW1-PLC1'], flow: null }, scenario)).toBe(false);
  expect(isPortSelection({ nodes: ['SW1'], links: ['SW1-PLC1', 'up'], flow: null }, scenario)).toBe(false);
  expect(isPortSelection({ nodes: [], links: ['up'], flow: null }, scenario)).toBe(false);
});
