/**
 * The scenario format v1 (DESIGN.md), as one zod schema: it validates the JSON people write,
 * turns every quantity into SI numbers, and generates the published JSON Schema
 * (`schema/netloom.scenario.v1.schema.json`) so editors autocomplete scenarios.
 */
import { z } from 'zod';
import { distribution, quantity } from './fields.ts';
import { batchSettings, cellSettings, computeSettings, tsnSettings, wifiSettings } from './schemaNodeSettings.ts';
import { fieldbusSettings, gatewaySettings } from './schemaGateway.ts';
import { llmComputeFields, llmFlowFields, llmRequirementFields } from './schemaLlm.ts';
import { pipeline } from './schemaPipeline.ts';
import { writtenScenarioSchema } from './writtenSchema.ts';

export const FORMAT = 'netloom.scenario/v1';

export const NODE_TYPES = [
  'plc',
  'io',
  'drive',
  'sensor',
  'robot',
  'agv',
  'camera',
  'hmi',
  'switch',
  'router',
  'firewall',
  'gateway',
  'wifi-ap',
  '5g-cell',
  'compute',
  'cloud',
  'host',
] as const;

/** Node types that forward other nodes' traffic; every other type is an end point. */
export const FORWARDING_TYPES: ReadonlySet<string> = new Set(['switch', 'router', 'firewall', 'gateway', 'wifi-ap', '5g-cell']);
/** Node types that serve requests (a request flow must end at one, or at a node with a `compute` object). */
export const COMPUTE_TYPES: ReadonlySet<string> = new Set(['compute', 'cloud']);

const id = (what: string) =>
  z
    .string()
    .min(1, { message: `expected a non-empty ${what} id` })
    .regex(/^[^\s]+$/, { message: `expected a ${what} id without spaces` })
    .meta({ description: `${what} id, unique in the scenario` });

const queueLimit = z.union([z.number().int().positive(), quantity('size', 'positive', 'queue capacity in bytes').transform((bytes) => ({ bytes }))]).meta({
  description:
    'capacity of each egress queue (each traffic class under strict priority): packets (a number) or bytes (e.g. "64 kB"); packets beyond it are dropped',
});

const portSettings = {
  queueLimit: queueLimit.optional(),
  scheduler: z
    .enum(['strict', 'fifo'])
    .optional()
    .meta({ description: 'strict: 8 strict-priority queues by PCP, FIFO within a class (default); fifo: one queue' }),
  txBuffer: z.number().int().min(0).max(64).optional().meta({
    description: 'frames already handed to the MAC beyond the one on the wire, which priority can no longer overtake (ns-3 point-to-point: 1); default 0',
  }),
};

const switchSettings = z.strictObject({
  latency: quantity('time', 'nonNegative', 'forwarding latency from the last bit in to the egress queue').optional(),
  cutThrough: z
    .union([z.boolean(), quantity('size', 'positive', 'bytes received before forwarding starts')])
    .optional()
    .meta({
      description: 'forward a frame once its header is in (true: 64 B) instead of store-and-forward, when the egress is free and not faster than the ingress',
    }),
  ...portSettings,
});

const ADDRESS = 'expected a MAC address (00:1b:1b:aa:bb:cc) or an IPv4 or IPv6 address';

const node = z.strictObject({
  id: id('node'),
  type: z.enum(NODE_TYPES).meta({ description: 'device type' }),
  label: z.string().optional(),
  description: z.string().optional(),
  position: z.tuple([z.number(), z.number(), z.number()]).optional().meta({ description: 'position in metres [x, y, z] on the plant floor' }),
  group: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'the cell, line or area the node belongs to, outermost first (e.g. "area2/cell07"); set by group instances, used by the views' }),
  addresses: z
    .array(z.union([z.mac({ error: ADDRESS }), z.ipv4({ error: ADDRESS }), z.ipv6({ error: ADDRESS })]))
    .optional()
    .meta({ description: 'MAC and IP addresses of the device (from an inventory, LLDP or NetBox): a capture’s packets are matched to nodes by them' }),
  switch: switchSettings.optional(),
  nic: z.strictObject(portSettings).optional().meta({ description: 'egress port settings of this node (for switches, `switch` sets the same)' }),
  tsn: tsnSettings.optional(),
  wifi: wifiSettings.optional(),
  cell: cellSettings.optional(),
  compute: computeSettings.extend(llmComputeFields).optional(),
  gateway: gatewaySettings.optional(),
});

const framing = z
  .union([
    z.enum(['ethernet', 'ppp']),
    z.strictObject({
      overhead: quantity('size', 'nonNegative', 'bytes added to every packet on the wire'),
      minFrame: quantity('size', 'nonNegative', 'smallest frame; shorter ones are padded').optional(),
      gap: quantity('size', 'nonNegative', 'idle bytes between frames (preamble, inter-frame gap)').optional(),
    }),
  ])
  .meta({ description: 'ethernet (default): 14 B header + 4 B FCS (+4 B VLAN tag when priority-tagged), padded to 64 B, + 20 B preamble/SFD/IFG; ppp: 2 B' });

const link = z.strictObject({
  id: id('link').optional(),
  from: id('node'),
  to: id('node'),
  rate: quantity('rate', 'positive', 'line rate, each direction'),
  delay: quantity('time', 'nonNegative', 'propagation delay').optional(),
  length: quantity('length', 'nonNegative', 'cable length (propagation delay from the medium)').optional(),
  medium: z.enum(['copper', 'fiber', 'wireless']).optional().meta({
    description:
      'propagation speed for `length` (copper 0.66 c, fiber 0.68 c, wireless c); "wireless" at a Wi-Fi access point makes the link a station of its BSS',
  }),
  framing: framing.optional(),
  mtu: quantity('size', 'positive', 'largest packet; bigger ones are fragmented at the source (default 1500 B)').optional(),
  loss: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ description: 'probability that a frame is lost on this link (bit errors, interference); on Wi-Fi, that a transmission fails and is retried' }),
  roaming: z
    .strictObject({
      every: quantity('time', 'positive', 'time between hand-overs'),
      outage: quantity('time', 'positive', 'how long the link is down during one'),
    })
    .optional()
    .meta({ description: 'a mobile station (AGV) roaming between access points: the link goes down for `outage` every `every`' }),
  failures: z
    .array(z.strictObject({ from: quantity('time', 'nonNegative', 'the link goes down'), to: quantity('time', 'nonNegative', 'the link is back') }))
    .optional()
    .meta({ description: 'intervals during which the link is down: frames arriving then are lost' }),
  label: z.string().optional(),
  fieldbus: fieldbusSettings.optional(),
});

const time = (d: string) => quantity('time', 'nonNegative', d);
const positiveTime = (d: string) => quantity('time', 'positive', d);
const rate = (d: string) => quantity('rate', 'positive', d);

const reproduce = z
  .strictObject({
    generator: z.literal('mulberry32'),
    seed: z.number().int(),
    resolution: positiveTime('send times are rounded to this step').optional(),
  })
  .meta({ description: "draws the gaps with another simulator's generator, to reproduce its arrivals exactly" });

const pattern = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('periodic'),
    period: positiveTime('time between packets'),
    offset: time('first send time').optional(),
  }),
  z.strictObject({
    type: z.literal('cbr'),
    rate: rate('constant bit rate of `size` packets'),
    offset: time('first send time').optional(),
  }),
  z.strictObject({
    type: z.literal('poisson'),
    rate: rate('mean bit rate of `size` packets').optional(),
    interval: positiveTime('mean time between packets').optional(),
    reproduce: reproduce.optional(),
  }),
  z.strictObject({
    type: z.literal('burst'),
    period: positiveTime('time between bursts').optional(),
    fps: z.number().positive().optional().meta({ description: 'bursts (video frames) per second' }),
    count: z.number().int().positive().optional().meta({ description: 'packets per burst' }),
    frame: quantity('size', 'positive', 'bytes per burst, split into `size` packets').optional(),
    spacing: time('gap between the packets of one burst (default 0: all at once)').optional(),
    offset: time('first burst').optional(),
  }),
  z.strictObject({
    type: z.literal('onoff'),
    rate: rate('bit rate while on'),
    on: distribution('time', 'length of an on period'),
    off: distribution('time', 'length of an off period'),
  }),
  z.strictObject({
    type: z.literal('trace'),
    times: z
      .array(z.union([z.number().nonnegative(), time('a send time')]))
      .optional()
      .meta({ description: 'send times: strings with units, or numbers in `unit`' }),
    file: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          "a text file in the scenario's folder (a relative path, gzip allowed), one packet per line; a " +
          'header line may name its columns: `time` or `frame.time_relative`, and `size`, `ip.len` or `frame.len` ' +
          '(less its 14 B Ethernet header), as `tshark -T fields -E header=y -E separator=, -e ' +
          'frame.time_relative -e ip.len` writes; without a header the first number of each line is the send time',
      }),
    unit: z
      .enum(['s', 'ms', 'us', 'ns', 'ps'])
      .optional()
      .meta({ description: "unit of plain numbers and of the file's time column when its header names none (default s)" }),
  }),
]);

const requirement = z.strictObject({
  latency: time('bound on one-way latency at `percentile`').optional(),
  percentile: z.number().gt(0).max(100).optional().meta({ description: 'percentile the latency bound applies to (default 100 = the maximum)' }),
  jitter: time('bound on packet delay variation (max − min)').optional(),
  loss: z.number().min(0).max(1).optional().meta({ description: 'largest fraction of packets lost' }),
  throughput: rate('smallest delivered rate').optional(),
  deadlineMiss: z.number().min(0).max(1).optional().meta({ description: 'largest fraction of packets later than `latency`' }),
  ...llmRequirementFields,
  escalated: z.number().min(0).max(1).optional().meta({ description: "largest share of a pipeline's items escalated to a later stage" }),
});

/** What a flow's packets are (its `protocol`): the EtherType, or UDP/TCP over IPv4. */
export const FLOW_PROTOCOLS = ['profinet-rt', 'goose', 'sv', 'ptp', 'udp', 'tcp'] as const;
export type FlowProtocol = (typeof FLOW_PROTOCOLS)[number];

const flow = z.strictObject({
  id: id('flow'),
  from: id('node'),
  to: id('node'),
  size: distribution(
    'size',
    'packet handed to the link layer (an IP packet, headers included); left out for ' +
      'a trace whose file has a size column (its packets are sent at their own sizes)',
  ).optional(),
  priority: z.number().int().min(0).max(7).optional().meta({ description: '802.1Q PCP 0–7; the frame is VLAN-tagged when set' }),
  pattern,
  requirement: requirement.optional(),
  path: z.array(id('node')).min(2).optional().meta({ description: 'explicit route, from `from` to `to` inclusive' }),
  response: z
    .strictObject({
      size: distribution('size', 'response size (an `llm` flow sizes its answer from its tokens unless given)').optional(),
      to: id('node').optional().meta({ description: 'where the response goes (default: back to `from`)' }),
    })
    .optional()
    .meta({ description: 'makes this a request flow to a compute node; latency runs to the arrival of the response' }),
  service: distribution('time', 'service time of this flow at the compute node (overrides the node)').optional(),
  model: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'the model serving the requests: flows naming the same model queue and batch together at the compute node' }),
  batch: batchSettings.optional().meta({ description: "batching of this flow's model at the compute node (overrides the node's)" }),
  frer: z
    .union([
      z.literal(true),
      z.strictObject({
        paths: z
          .array(z.array(id('node')).min(2))
          .min(2)
          .max(4),
      }),
    ])
    .optional()
    .meta({
      description: '802.1CB seamless redundancy: replicate every frame over disjoint paths (true: two found automatically), the listener keeps the first copy',
    }),
  start: time('sources emit from this time on').optional(),
  stop: time('sources stop at this time').optional(),
  application: z.string().optional().meta({ description: 'what the flow carries (closed-loop control, vision inspection, …)' }),
  protocol: z
    .enum(FLOW_PROTOCOLS)
    .optional()
    .meta({
      description:
        'what its packets are, for captures (run --pcap-out) and imports: profinet-rt (EtherType 0x8892), goose (0x88B8), sv (0x88BA), ' +
        'ptp (0x88F7), or udp (the default) or tcp over IPv4. Changes no simulated figure: `size` stays the packet handed to the link layer',
    }),
  label: z.string().optional(),
  ...llmFlowFields,
  pipeline: pipeline.optional(),
});

const simulation = z.strictObject({
  duration: positiveTime('sources emit during [0, duration)').optional(),
  warmup: time('statistics count packets emitted from here on').optional(),
  drain: time('how long packets in flight may still arrive after `duration` (default 1 s)').optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  replications: z.number().int().min(1).max(10000).optional(),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(FORMAT).meta({ description: 'always "netloom.scenario/v1"' }),
    name: z.string().min(1),
    description: z.string().optional(),
    industry: z.string().optional(),
    nodes: z.array(node).min(1),
    links: z.array(link),
    flows: z.array(flow),
    simulation: simulation.optional(),
  })
  .meta({ title: 'NetLoom scenario', description: 'A plant network: nodes, links, flows and how long to simulate them.' });

/** The scenario as written (strings with units): the one scenario type of every layer. */
export type ScenarioJson = z.input<typeof scenarioSchema>;
export type NodeJson = ScenarioJson['nodes'][number];
export type LinkJson = ScenarioJson['links'][number];
export type FlowJson = ScenarioJson['flows'][number];
export type NodeType = NodeJson['type'];
/** where a node stands on the plant floor, metres [x, y, z] */
export type Position = NonNullable<NodeJson['position']>;
/** The scenario with every quantity in SI units. */
export type ParsedScenario = z.output<typeof scenarioSchema>;
export type ParsedNode = ParsedScenario['nodes'][number];
export type ParsedLink = ParsedScenario['links'][number];
export type ParsedFlow = ParsedScenario['flows'][number];
export type ParsedRequirement = NonNullable<ParsedFlow['requirement']>;

/** The JSON Schema of the flat format (what the simulator checks once groups are expanded). */
export function scenarioJsonSchema(): object {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' });
}

/** The JSON Schema of the format as written, groups included, for editors (schema/netloom.scenario.v1.schema.json). */
export function writtenScenarioJsonSchema(): object {
  return z.toJSONSchema(writtenScenarioSchema(scenarioSchema, node), { io: 'input', unrepresentable: 'any' });
}
