/** The settings a node may carry beyond its type: TSN on its ports, compute, a Wi-Fi BSS, a 5G cell. */
import { z } from 'zod';
import { distribution, quantity } from './fields.ts';

const pcp = z.number().int().min(0).max(7);
const classKey = z.enum(['0', '1', '2', '3', '4', '5', '6', '7']);

const tsnPort = z.strictObject({
  gates: z
    .strictObject({
      cycle: quantity('time', 'positive', 'gate control cycle'),
      baseTime: quantity('time', 'nonNegative', 'start of the first cycle').optional(),
      entries: z
        .array(
          z.strictObject({
            duration: quantity('time', 'positive', 'how long this entry lasts'),
            open: z.union([z.literal('all'), z.array(pcp)]).meta({ description: 'traffic classes (PCP) whose gates are open, or "all"' }),
          }),
        )
        .min(1),
      maxEntries: z.number().int().positive().optional().meta({ description: "the switch's gate control list length limit (default 1024)" }),
      syncError: quantity('time', 'nonNegative', "bound on the port clock's offset from the network time (802.1AS); each port draws its own").optional(),
    })
    .optional()
    .meta({ description: '802.1Qbv time-aware shaper: a frame starts only if it ends before its gate closes (guard band)' }),
  cbs: z
    .partialRecord(classKey, z.strictObject({ idleSlope: quantity('rate', 'positive', 'the share of the port reserved for the class') }))
    .optional()
    .meta({ description: '802.1Qav credit-based shaper per traffic class (PCP)' }),
  preemption: z
    .strictObject({
      express: z.array(pcp).min(1).meta({ description: 'express classes; the others are preemptable' }),
      minFragment: quantity('size', 'positive', 'smallest fragment (802.3br: 64 B)').optional(),
    })
    .optional()
    .meta({ description: '802.1Qbu / 802.3br frame preemption' }),
});

export const tsnSettings = tsnPort
  .extend({
    ports: z.record(z.string(), tsnPort).optional().meta({ description: 'settings for the egress port towards a given neighbour, over the node-wide ones' }),
  })
  .meta({ description: 'TSN on every egress port of this node (time-aware, credit-based shaping, preemption)' });

export const batchSettings = z.strictObject({
  max: z.number().int().positive().max(4096).meta({ description: 'largest batch' }),
  timeout: quantity('time', 'nonNegative', 'longest time the oldest waiting request waits for a batch to fill').optional(),
  perItem: quantity('time', 'nonNegative', 'service time added per request beyond the first in a batch').optional(),
});

export const computeSettings = z.strictObject({
  servers: z.number().int().positive().max(4096).optional().meta({ description: 'parallel servers (GPUs, accelerators); default 1' }),
  service: distribution('time', 'service time of one request (one batch of one)').optional(),
  batch: batchSettings.optional().meta({ description: "dynamic batching of every model served here (a flow's own `batch` overrides it for its model)" }),
});

export const wifiSettings = z
  .strictObject({
    standard: z.enum(['802.11a', '802.11ax']).optional().meta({ description: 'PHY timing (default 802.11ax; 802.11a for the classic Bianchi setting)' }),
    ackRate: quantity('rate', 'positive', 'rate of ACKs (control frames)').optional(),
    edca: z.boolean().optional().meta({ description: 'EDCA access categories by PCP (default true); false: plain DCF' }),
    retryLimit: z.number().int().min(0).max(64).optional().meta({ description: 'retransmissions before a frame is dropped (default 7)' }),
    afterCollision: z.enum(['eifs', 'difs']).optional().meta({ description: 'after a collision everyone waits EIFS (default) or DIFS' }),
  })
  .meta({ description: 'the Wi-Fi BSS of this access point: its stations are the nodes on its wireless links, sharing one channel' });

export const cellSettings = z
  .strictObject({
    profile: z.enum(['urllc', 'embb']).optional().meta({ description: 'defaults for the rest (default embb)' }),
    numerology: z.number().int().min(0).max(4).optional().meta({ description: '3GPP numerology μ: slot = 1 ms / 2^μ' }),
    uplink: quantity('rate', 'positive', 'uplink capacity of the cell, shared by its devices').optional(),
    downlink: quantity('rate', 'positive', 'downlink capacity of the cell, shared by its devices').optional(),
    grant: z
      .enum(['configured', 'dynamic'])
      .optional()
      .meta({ description: 'uplink access: configured grant (every slot) or dynamic (scheduling request, then grant)' }),
    bler: z.number().min(0).max(0.5).optional().meta({ description: 'block error rate of one transmission (HARQ retransmits)' }),
    maxTransmissions: z.number().int().min(1).max(16).optional().meta({ description: 'HARQ transmissions before a packet is lost' }),
    core: quantity('time', 'nonNegative', 'user-plane core (UPF) latency added to every packet').optional(),
  })
  .meta({ description: 'a private 5G cell: devices on its wireless links share its uplink and downlink' });
