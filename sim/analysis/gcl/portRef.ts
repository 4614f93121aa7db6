import type { Model } from '../../scenario/model.ts';
import type { PortRef } from './Schedule.ts';

export function portRef(model: Model, port: number): PortRef {
  const p = model.ports[port];
  const from = model.nodes[p.from].id;
  const to = model.nodes[p.to].id;
  return { port, from, to, name: `${from}→${to}` };
}
