/**
 * The streams of a port by class, as the bounds report names them once per port (ports[].classes),
 * and what one stream of a class competes with there (hops[].interferers): the higher classes, the
 * others of its class (at a FIFO port every other stream), the lower classes whose frames may block it.
 */
import type { PortEntry } from './analysePort.ts';

export interface PortClasses {
  /** highest priority first; one class of priority null at a FIFO port */
  classes: { priority: number | null; flows: string[] }[];
  /** streams per class (cls of the port's entries) */
  count: ReadonlyMap<number, number>;
}

export function portClasses(entries: readonly PortEntry[], fifo: boolean): PortClasses {
  const byClass = new Map<number, string[]>();
  for (const e of entries) {
    const list = byClass.get(e.cls);
    if (list) list.push(e.label);
    else byClass.set(e.cls, [e.label]);
  }
  const order = [...byClass.keys()].sort((a, b) => b - a);
  return {
    classes: order.map((c) => ({ priority: fifo ? null : c, flows: byClass.get(c)! })),
    count: new Map(order.map((c) => [c, byClass.get(c)!.length])),
  };
}

/** How many streams of the port one of class `cls` competes with, by relation. */
export function interferers(port: PortClasses, cls: number): { higher: number; same: number; lower: number } {
  let higher = 0;
  let lower = 0;
  for (const [c, n] of port.count)
    if (c > cls) higher += n;
    else if (c < cls) lower += n;
  return { higher, same: (port.count.get(cls) ?? 1) - 1, lower };
}
