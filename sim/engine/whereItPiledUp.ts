/** Where a run's traffic piled up, for the message of a limit it passed. */
import { maxIndex } from '../core/extrema.ts';
import { shortPs } from '../core/formatPs.ts';
import type { Ps } from '../core/SimTime.ts';
import type { Model } from '../scenario/model.ts';

/** The port whose queue grew longest and the compute node where most requests wait, at `now`. */
export function whereItPiledUp(model: Model, now: Ps, maxQueue: Int32Array, waiting: Int32Array): string {
  const node = (i: number) => model.nodes[i].id;
  let where = `at ${shortPs(now)} of simulated time`;
  const longest = maxIndex(maxQueue);
  if (longest >= 0 && maxQueue[longest] > 0) {
    const p = model.ports[longest];
    where +=
      `; the longest queue, ${maxQueue[longest].toLocaleString('en-US')} packets, is at ` +
      `${node(p.from)}'s port to ${node(p.to)}: more traffic is sent there than its link carries`;
  }
  const busiest = maxIndex(waiting);
  if (busiest >= 0 && waiting[busiest] > 0)
    where += `; ${waiting[busiest].toLocaleString('en-US')} requests wait at ${node(busiest)}: they come faster than its servers serve them`;
  return where;
}
