/**
 * The workload templates of sim/workloads as the "Add AI workload" dialog shows them: which
 * devices each attaches to (roles), which of its parameters the user may set (prefilled from
 * DEFAULTS, each with its source), and the defaults it applies without asking (also with
 * their sources; the flows stay editable in the inspector afterwards).
 */
import {
  closedLoopAI,
  cyclicControl,
  DEFAULTS,
  formatTime,
  historian,
  hmi,
  llmAgent,
  LLMS,
  MODELS,
  modelUpdate,
  predictiveMaintenance,
  type ScenarioJson,
  telemetry,
  visionInspection,
} from '../../sim/api/index.ts';

export type ParamKind = 'number' | 'integer' | 'time' | 'size' | 'rate' | 'select' | 'boolean';

export interface ParamSpec {
  key: string;
  label: string;
  kind: ParamKind;
  /** the prefilled value; undefined for an optional parameter left unset */
  default: string | number | boolean | undefined;
  source: string;
  optional?: boolean;
  /** placeholder of an optional field left empty */
  unset?: string;
  min?: number;
  max?: number;
  options?: { value: string; label: string; source: string }[];
}

export interface RoleSpec {
  key: string;
  label: string;
  multiple: boolean;
  /** device types offered first (and preselected) */
  prefer: readonly string[];
  /** only these types can fill the role; otherwise any end device can */
  only?: readonly string[];
  hint: string;
  /** said when the scenario has no device that can fill the role */
  missing: string;
}

export interface FixedDefault {
  label: string;
  value: string;
  source: string;
}

export type Params = Record<string, string | number | boolean | undefined>;
export type Roles = Record<string, string[]>;

export interface WorkloadTemplate {
  key: string;
  label: string;
  group: 'AI workloads' | 'Plant traffic';
  summary: string;
  /** flow ids start with the workload's name */
  idPrefix: string;
  roles: RoleSpec[];
  params: ParamSpec[];
  fixed: FixedDefault[];
  apply(doc: ScenarioJson, name: string, roles: Roles, params: Params): void;
}

const COMPUTE = ['compute', 'cloud'] as const;
const NO_COMPUTE =
  'needs a compute node to run the model — an edge server or a cloud — and this scenario has none. ' +
  'Add an Edge server from the palette (Compute), connect it to a switch, and open this dialog again.';
const BY_TEMPLATE = 'set by the template in sim/workloads/templates.ts (no separate source)';
const time = (s: number) => formatTime(s, { digits: 4 });
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const one = (r: Roles, k: string) => r[k]?.[0] ?? '';

const priority = (source: string): ParamSpec => ({
  key: 'priority',
  label: '802.1Q priority (PCP 0–7)',
  kind: 'integer',
  default: undefined,
  optional: true,
  unset: 'untagged',
  min: 0,
  max: 7,
  source,
});

const visionModels = Object.entries(MODELS).map(([k, m]) => ({ value: k, label: `${k} — ${time(m.value)} per image`, source: m.source }));
const llmModels = Object.entries(LLMS).map(([k, m]) => ({
  value: k,
  label: `${k} — TTFT ${time(m.value.ttft)}, ${time(m.value.itl)}/token`,
  source: m.source,
}));

const v = DEFAULTS.vision;
const cl = DEFAULTS.closedLoopAI;
const pm = DEFAULTS.predictiveMaintenance;
const llm = DEFAULTS.llm;
const cc = DEFAULTS.cyclicControl;
const plant = DEFAULTS.plant;

export const WORKLOAD_TEMPLATES: WorkloadTemplate[] = [
  {
    key: 'vision',
    label: 'Machine-vision inspection',
    group: 'AI workloads',
    summary: 'Cameras send every image to an inference node; the verdict goes to the PLC within a deadline (reject signal).',
    idPrefix: 'vision',
    roles: [
      {
        key: 'cameras',
        label: 'Cameras',
        multiple: true,
        prefer: ['camera'],
        hint: 'each sends its images',
        missing: 'needs devices that send images (cameras); this scenario has no end devices.',
      },
      {
        key: 'inference',
        label: 'Inference on',
        multiple: false,
        prefer: ['compute'],
        only: COMPUTE,
        hint: 'edge server or cloud that runs the model',
        missing: `Vision inspection ${NO_COMPUTE}`,
      },
      {
        key: 'plc',
        label: 'Reject signal to',
        multiple: false,
        prefer: ['plc'],
        hint: 'the PLC that acts on the verdict',
        missing: 'needs a PLC (or another device) to receive the verdict.',
      },
    ],
    params: [
      { key: 'fps', label: 'Frames per second', kind: 'number', default: v.camera.value.fps, min: 0.001, source: v.camera.source },
      { key: 'compression', label: 'Compression ratio', kind: 'number', default: v.compression.value, min: 1, source: v.compression.source },
      { key: 'model', label: 'Model and accelerator', kind: 'select', default: v.model.value, options: visionModels, source: v.model.source },
      { key: 'deadline', label: 'Deadline (p99)', kind: 'time', default: v.deadline.value, source: v.deadline.source },
      priority('optional: untagged (best effort) unless set; switches serve higher 802.1Q priorities first'),
    ],
    fixed: [
      { label: 'Image', value: `${v.camera.value.width} × ${v.camera.value.height}, ${v.camera.value.bytesPerPixel} B/pixel`, source: v.camera.source },
      { label: 'Verdict telegram', value: v.verdictSize.value, source: v.verdictSize.source },
      { label: 'Loss allowed', value: String(v.loss.value), source: v.loss.source },
    ],
    apply: (doc, name, r, p) =>
      visionInspection(doc, {
        id: name,
        cameras: r.cameras,
        inference: one(r, 'inference'),
        plc: one(r, 'plc'),
        fps: num(p.fps),
        compression: num(p.compression),
        model: str(p.model),
        deadline: str(p.deadline),
        priority: num(p.priority),
      }),
  },
  {
    key: 'closed-loop',
    label: 'Closed-loop AI control',
    group: 'AI workloads',
    summary: 'A sensor’s frame → inference → a command to the actuator, every cycle, within the cycle and a jitter bound.',
    idPrefix: 'ai-loop',
    roles: [
      {
        key: 'sensor',
        label: 'Sensor',
        multiple: false,
        prefer: ['camera', 'sensor'],
        hint: 'sends a frame each cycle',
        missing: 'needs a sensor or camera; this scenario has no end devices.',
      },
      {
        key: 'inference',
        label: 'Inference on',
        multiple: false,
        prefer: ['compute'],
        only: COMPUTE,
        hint: 'runs the model each cycle',
        missing: `Closed-loop AI control ${NO_COMPUTE}`,
      },
      {
        key: 'actuator',
        label: 'Actuator',
        multiple: false,
        prefer: ['robot', 'drive', 'io'],
        hint: 'receives the command',
        missing: 'needs an actuator (robot, drive or I/O).',
      },
    ],
    params: [
      { key: 'cycle', label: 'Cycle (and latency bound)', kind: 'time', default: cl.cycle.value, source: cl.cycle.source },
      { key: 'image', label: 'Frame size', kind: 'size', default: cl.image.value, source: cl.image.source },
      priority('optional: untagged unless set; a control loop usually gets a high priority'),
    ],
    fixed: [
      { label: 'Model', value: `${cl.model.value} (${time(MODELS[cl.model.value].value)})`, source: cl.model.source },
      { label: 'Jitter bound', value: cl.jitter.value, source: cl.jitter.source },
      { label: 'Command telegram', value: DEFAULTS.motionControl.size.value, source: DEFAULTS.motionControl.size.source },
      { label: 'Loss allowed', value: '0', source: BY_TEMPLATE },
    ],
    apply: (doc, name, r, p) =>
      closedLoopAI(doc, {
        id: name,
        sensor: one(r, 'sensor'),
        inference: one(r, 'inference'),
        actuator: one(r, 'actuator'),
        cycle: str(p.cycle),
        image: str(p.image),
        priority: num(p.priority),
      }),
  },
  {
    key: 'predictive-maintenance',
    label: 'Predictive maintenance',
    group: 'AI workloads',
    summary: 'Many sensors stream feature vectors at a low rate to batch inference, with a relaxed deadline.',
    idPrefix: 'pdm',
    roles: [
      {
        key: 'sensors',
        label: 'Sensors',
        multiple: true,
        prefer: ['sensor', 'drive', 'robot'],
        hint: 'each streams features',
        missing: 'needs sensors (or drives, robots); this scenario has no end devices.',
      },
      {
        key: 'inference',
        label: 'Inference on',
        multiple: false,
        prefer: ['compute', 'cloud'],
        only: COMPUTE,
        hint: 'runs the batched model',
        missing: `Predictive maintenance ${NO_COMPUTE}`,
      },
    ],
    params: [
      { key: 'interval', label: 'Interval per sensor', kind: 'time', default: pm.interval.value, source: pm.interval.source },
      { key: 'size', label: 'Feature vector size', kind: 'size', default: pm.size.value, source: pm.size.source },
    ],
    fixed: [
      { label: 'Deadline (p99)', value: pm.deadline.value, source: pm.deadline.source },
      { label: 'Batching', value: `up to ${pm.batch.value.max}, ${pm.batch.value.timeout} timeout`, source: pm.batch.source },
      { label: 'Service per batch', value: pm.service.value, source: pm.service.source },
      { label: 'Loss allowed', value: String(pm.loss.value), source: pm.loss.source },
    ],
    apply: (doc, name, r, p) =>
      predictiveMaintenance(doc, { id: name, sensors: r.sensors, inference: one(r, 'inference'), interval: str(p.interval), size: str(p.size) }),
  },
  {
    key: 'llm',
    label: 'LLM industrial agent',
    group: 'AI workloads',
    summary: 'Operators’ clients send prompts; the model answers within the interactive SLO (time to first token + time per token).',
    idPrefix: 'llm',
    roles: [
      {
        key: 'clients',
        label: 'Clients',
        multiple: true,
        prefer: ['hmi', 'host'],
        hint: 'operator panels or PCs that ask',
        missing: 'needs clients (HMIs or hosts); this scenario has no end devices.',
      },
      {
        key: 'inference',
        label: 'Model served on',
        multiple: false,
        prefer: ['compute', 'cloud'],
        only: COMPUTE,
        hint: `gets at least ${llm.concurrency.value} servers (concurrent sequences)`,
        missing: `An LLM agent ${NO_COMPUTE}`,
      },
    ],
    params: [
      {
        key: 'model',
        label: 'Model and accelerator',
        kind: 'select',
        default: 'llama-3.1-8b-nim',
        options: llmModels,
        source: LLMS['llama-3.1-8b-nim'].source,
      },
      {
        key: 'perMinute',
        label: 'Prompts per client per minute',
        kind: 'number',
        default: 6,
        min: 0.001,
        source: `template default (6 a minute): an assumption with no cited figure — ${BY_TEMPLATE}`,
      },
    ],
    fixed: [
      { label: 'Prompt', value: `${llm.promptTokens.value} tokens`, source: llm.promptTokens.source },
      { label: 'Answer', value: `${llm.outputTokens.value} tokens`, source: llm.outputTokens.source },
      { label: 'Concurrency', value: `${llm.concurrency.value} sequences`, source: llm.concurrency.source },
      { label: 'SLO', value: `TTFT ${time(llm.slo.value.ttft)} + ${time(llm.slo.value.tpot)} per token (p99)`, source: llm.slo.source },
      { label: 'Bytes per token', value: String(llm.bytesPerToken.value), source: llm.bytesPerToken.source },
    ],
    apply: (doc, name, r, p) =>
      llmAgent(doc, { id: name, clients: r.clients, inference: one(r, 'inference'), model: str(p.model), perMinute: num(p.perMinute) }),
  },
  {
    key: 'cyclic',
    label: 'Cyclic control',
    group: 'Plant traffic',
    summary: 'PROFINET-like cyclic data: the controller exchanges a telegram with each device every cycle; deadline one cycle, no loss.',
    idPrefix: 'cyclic',
    roles: [
      {
        key: 'plc',
        label: 'Controller',
        multiple: false,
        prefer: ['plc'],
        hint: 'runs the cycle',
        missing: 'needs a controller (PLC); this scenario has no end devices.',
      },
      {
        key: 'devices',
        label: 'Devices',
        multiple: true,
        prefer: ['io', 'drive', 'robot'],
        hint: 'exchange data every cycle',
        missing: 'needs field devices (I/O, drives, robots).',
      },
    ],
    params: [
      { key: 'cycle', label: 'Cycle time', kind: 'time', default: cc.cycle.value, source: cc.cycle.source },
      { key: 'size', label: 'Telegram size', kind: 'size', default: cc.size.value, source: cc.size.source },
      { key: 'priority', label: '802.1Q priority (PCP 0–7)', kind: 'integer', default: cc.priority.value, min: 0, max: 7, source: cc.priority.source },
      {
        key: 'both',
        label: 'Both directions (outputs and inputs)',
        kind: 'boolean',
        default: true,
        source: `controller → device and device → controller every cycle: ${BY_TEMPLATE}`,
      },
    ],
    fixed: [
      { label: 'Deadline', value: 'one cycle', source: cc.deadline.source },
      { label: 'Loss allowed', value: '0', source: cc.deadline.source },
    ],
    apply: (doc, name, r, p) =>
      cyclicControl(doc, {
        id: name,
        plc: one(r, 'plc'),
        devices: r.devices,
        cycle: str(p.cycle),
        size: str(p.size),
        priority: num(p.priority),
        both: p.both !== false,
      }),
  },
  {
    key: 'telemetry',
    label: 'Telemetry',
    group: 'Plant traffic',
    summary: 'Each device reports a small message periodically to a collector.',
    idPrefix: 'telemetry',
    roles: [
      {
        key: 'devices',
        label: 'Devices',
        multiple: true,
        prefer: ['sensor', 'drive', 'robot', 'io'],
        hint: 'each reports',
        missing: 'needs devices that report; this scenario has no end devices.',
      },
      {
        key: 'to',
        label: 'Collector',
        multiple: false,
        prefer: ['host', 'cloud', 'compute'],
        hint: 'historian, MES or cloud',
        missing: 'needs a collector (a host or a cloud).',
      },
    ],
    params: [],
    fixed: [
      {
        label: 'Message',
        value: `${plant.telemetry.value.size} every ${plant.telemetry.value.interval}, within ${plant.telemetry.value.latency}`,
        source: plant.telemetry.source,
      },
    ],
    apply: (doc, name, r) => telemetry(doc, { id: name, devices: r.devices, to: one(r, 'to') }),
  },
  {
    key: 'hmi',
    label: 'HMI',
    group: 'Plant traffic',
    summary: 'An operator panel refreshed by its controller.',
    idPrefix: 'hmi',
    roles: [
      { key: 'panel', label: 'Panel', multiple: false, prefer: ['hmi'], hint: 'shows the process', missing: 'needs an HMI panel (or another device).' },
      { key: 'controller', label: 'Controller', multiple: false, prefer: ['plc'], hint: 'sends the updates', missing: 'needs a controller (PLC).' },
    ],
    params: [],
    fixed: [
      { label: 'Update', value: `${plant.hmi.value.size} every ${plant.hmi.value.interval}, within ${plant.hmi.value.latency}`, source: plant.hmi.source },
    ],
    apply: (doc, name, r) => hmi(doc, { id: name, panel: one(r, 'panel'), controller: one(r, 'controller') }),
  },
  {
    key: 'historian',
    label: 'Historian / backup',
    group: 'Plant traffic',
    summary: 'Bulk transfer, on and off (300 ms on, 700 ms off on average): the traffic that fills queues.',
    idPrefix: 'backup',
    roles: [
      { key: 'from', label: 'From', multiple: false, prefer: ['plc', 'host', 'compute'], hint: 'the data source', missing: 'needs two end devices.' },
      { key: 'to', label: 'To', multiple: false, prefer: ['host', 'cloud'], hint: 'historian or backup server', missing: 'needs a historian or backup host.' },
    ],
    params: [{ key: 'rate', label: 'Rate while on', kind: 'rate', default: plant.historian.value.rate, source: plant.historian.source }],
    fixed: [{ label: 'On / off periods', value: 'exponential, mean 300 ms / 700 ms', source: BY_TEMPLATE }],
    apply: (doc, name, r, p) => historian(doc, { id: name, from: one(r, 'from'), to: one(r, 'to'), rate: str(p.rate) }),
  },
  {
    key: 'model-update',
    label: 'Model update',
    group: 'Plant traffic',
    summary: 'A model file pushed to an edge device now and then.',
    idPrefix: 'model-update',
    roles: [
      {
        key: 'from',
        label: 'From',
        multiple: false,
        prefer: ['cloud', 'host', 'compute'],
        hint: 'where models are trained or stored',
        missing: 'needs two end devices.',
      },
      {
        key: 'to',
        label: 'To',
        multiple: false,
        prefer: ['compute', 'camera'],
        hint: 'the device that runs the model',
        missing: 'needs the device that receives the model.',
      },
    ],
    params: [],
    fixed: [{ label: 'Model file', value: `${plant.modelUpdate.value.size} every ${plant.modelUpdate.value.period}`, source: plant.modelUpdate.source }],
    apply: (doc, name, r) => modelUpdate(doc, { id: name, from: one(r, 'from'), to: one(r, 'to') }),
  },
];

export const templateByKey = (key: string): WorkloadTemplate => WORKLOAD_TEMPLATES.find((t) => t.key === key) ?? WORKLOAD_TEMPLATES[0];
