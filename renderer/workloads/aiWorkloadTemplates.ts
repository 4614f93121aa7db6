/** The AI workloads of the dialog: vision inspection, closed-loop AI, predictive maintenance, LLM agents. */
import { DEFAULTS, closedLoopAI, LLMS, llmAgent, MODELS, predictiveMaintenance, visionInspection } from '../../sim/api/index.ts';
import { COMPUTE, NO_COMPUTE, BY_TEMPLATE, time, num, str, one, priority, visionModels, llmModels } from './templateParams.ts';
import type { WorkloadTemplate } from './workloadTemplateTypes.ts';

const v = DEFAULTS.vision;
const cl = DEFAULTS.closedLoopAI;
const pm = DEFAULTS.predictiveMaintenance;
const llm = DEFAULTS.llm;

export const AI_TEMPLATES: WorkloadTemplate[] = [
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
];
