import { describe, expect, test } from 'vitest';
import { linksThroughNodes, segmentEntersBox } from './linksThroughNodes.ts';

const box = { id: 'B', x: 0, y: 0, w: 20, h: 10 };

describe('segmentEntersBox', () => {
  test('a segment across the box enters it, one beside it or ending short of it does not', () => {
    expect(segmentEntersBox({ x: -50, y: 0 }, { x: 50, y: 0 }, box)).toBe(true);
    expect(segmentEntersBox({ x: -50, y: -30 }, { x: 50, y: 30 }, box)).toBe(true);
    expect(segmentEntersBox({ x: -50, y: 8 }, { x: 50, y: 8 }, box)).toBe(false);
    expect(segmentEntersBox({ x: -50, y: 0 }, { x: -11, y: 0 }, box)).toBe(false);
    expect(segmentEntersBox({ x: 3, y: 3 }, { x: 3, y: 3 }, box)).toBe(true);
  });

  test('running along the edge of a box is not entering it', () => {
    expect(segmentEntersBox({ x: -50, y: 5 }, { x: 50, y: 5 }, box)).toBe(false);
    expect(segmentEntersBox({ x: 10, y: -50 }, { x: 10, y: 50 }, box)).toBe(false);
  });
});

test('linksThroughNodes names the link and the node it crosses, not the nodes it ends at', () => {
  const boxes = [box, { ...box, id: 'A', x: -40 }, { ...box, id: 'C', x: 40 }];
  const links = [
    {
      key: 'A-C',
      from: 'A',
      to: 'C',
      points: [
        { x: -40, y: 0 },
        { x: 40, y: 0 },
      ],
    },
  ];
  expect(linksThroughNodes(links, boxes)).toEqual([{ link: 'A-C', node: 'B' }]);
});
