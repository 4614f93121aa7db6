import { describe, expect, test } from 'vitest';
import { describePattern, describeRequirement, describeService } from './describeFlow.ts';
import type { FlowJson } from '../../sim/api/index.ts';

const flow = (f: Partial<FlowJson>) => ({ id: 'f', from: 'a', to: 'b', pattern: { type: 'periodic', period: '1 ms' }, ...f }) as FlowJson;

describe('describeFlow', () => {
  test('patterns, requirements and service in a few words', () => {
    expect(describePattern(flow({}))).toBe('every 1 ms');
    expect(describePattern(flow({ pattern: { type: 'poisson', interval: '10 s' } } as Partial<FlowJson>))).toBe('random, every 10 s on average');
    expect(describeRequirement(flow({ requirement: { latency: '100 ms', percentile: 99, loss: 0.001 } } as Partial<FlowJson>))).toBe(
      'latency ≤ 100 ms (p99), loss ≤ 0.1 %',
    );
    expect(describeRequirement(flow({}))).toBe('none');
    expect(describeService(flow({ response: { size: '64 B' }, service: '5.25 ms', model: 'yolo' } as Partial<FlowJson>))).toBe('yolo · 5.25 ms per request');
    expect(describeService(flow({ response: { size: '1 B' }, service: { dist: 'uniform', min: '1 ms', max: '2 ms' } } as Partial<FlowJson>))).toBe(
      '1 ms–2 ms per request',
    );
  });
});
