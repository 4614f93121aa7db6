/** A scenario node compiled: its ports' queue limits, its compute servers, its radio cell. */
import { psFromSeconds } from '../core/SimTime.ts';
import { CELL_PROFILES } from '../net/cell/profiles.ts';
import type { Dist } from './fields.ts';
import type { NodeModel } from './model.ts';
import { COMPUTE_TYPES, FORWARDING_TYPES, type ParsedNode } from './schema.ts';

export const DEFAULT_SWITCH_QUEUE = 1000;

export function nodeModel(n: ParsedNode, index: number): NodeModel {
  const forwarding = FORWARDING_TYPES.has(n.type);
  const port = n.switch ?? n.nic ?? {};
  const limit = port.queueLimit ?? (forwarding ? DEFAULT_SWITCH_QUEUE : Infinity);
  const packets = typeof limit === 'number' ? limit : Infinity;
  const bytes = typeof limit === 'number' ? Infinity : limit.bytes;
  const compute =
    COMPUTE_TYPES.has(n.type) || n.compute
      ? {
          servers: n.compute?.servers ?? 1,
          service: n.compute?.service ?? ({ dist: 'constant', value: 0 } as Dist),
          batchMax: n.compute?.batch?.max ?? 1,
          batchTimeoutPs: psFromSeconds(n.compute?.batch?.timeout ?? 0),
          perItemPs: psFromSeconds(n.compute?.batch?.perItem ?? 0),
        }
      : undefined;
  return {
    id: n.id,
    index,
    type: n.type,
    forwarding,
    latencyPs: psFromSeconds(n.switch?.latency ?? 0),
    queueLimitPackets: packets,
    queueLimitBytes: bytes,
    scheduler: port.scheduler ?? 'strict',
    txBuffer: port.txBuffer ?? 0,
    cutThroughBytes: n.switch?.cutThrough === true ? 64 : typeof n.switch?.cutThrough === 'number' ? n.switch.cutThrough : 0,
    cell: n.type === '5g-cell' ? cellModel(n) : undefined,
    wifi:
      n.type === 'wifi-ap'
        ? {
            standard: n.wifi?.standard ?? '802.11ax',
            ackRateBps: n.wifi?.ackRate ?? 24e6,
            edca: n.wifi?.edca ?? true,
            retryLimit: n.wifi?.retryLimit ?? 7,
            afterCollision: n.wifi?.afterCollision ?? 'eifs',
          }
        : undefined,
    compute,
    position: n.position,
    group: n.group,
  };
}

function cellModel(n: ParsedNode): NonNullable<NodeModel['cell']> {
  const d = CELL_PROFILES[n.cell?.profile ?? 'embb'];
  const c = n.cell ?? {};
  const grant = c.grant ?? d.grant;
  return {
    slotPs: 1e9 / 2 ** (c.numerology ?? d.numerology),
    uplinkBps: c.uplink ?? d.uplinkBps,
    downlinkBps: c.downlink ?? d.downlinkBps,
    grant,
    bler: c.bler ?? d.bler,
    maxTransmissions: c.maxTransmissions ?? d.maxTransmissions,
    grantDelaySlots: grant === 'dynamic' ? CELL_PROFILES.embb.grantDelaySlots : 0,
    harqRttSlots: d.harqRttSlots,
    corePs: c.core !== undefined ? psFromSeconds(c.core) : d.corePs,
  };
}
