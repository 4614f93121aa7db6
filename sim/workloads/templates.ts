/**
 * AI workload templates and the plant's own traffic. Each adds flows (and compute settings)
 * to a scenario, with requirements from DEFAULTS, so "machine-vision inspection on line 2"
 * becomes concrete flows that stay editable afterwards. Every flow says which template made
 * it (`application`) and every default names its source (defaults.ts).
 */
import type { FlowJson, NodeJson, ScenarioJson } from '../scenario/schema.ts';
import { parseQuantity } from '../scenario/units.ts';
import { DEFAULTS, LLMS, MODELS } from './defaults.ts';
import { idIndex } from './idIndex.ts';

const ms = (s: number) => `${+(s * 1e3).toPrecision(6)} ms`;

function node(doc: ScenarioJson, id: string): NodeJson {
  const n = idIndex(doc.nodes).get(id);
  if (!n) throw new Error(`template: unknown node "${id}"`);
  return n;
}

function addFlow(doc: ScenarioJson, f: FlowJson): void {
  const flows = idIndex(doc.flows);
  if (flows.get(f.id) !== undefined) throw new Error(`template: a flow "${f.id}" exists already`);
  doc.flows.push(f);
  flows.added(f);
}

/** Cyclic control (PROFINET-like): the controller exchanges a telegram with each device every cycle. */
export function cyclicControl(
  doc: ScenarioJson,
  o: { id: string; plc: string; devices: string[]; cycle?: string; size?: string; priority?: number; both?: boolean },
): void {
  const cycle = o.cycle ?? DEFAULTS.cyclicControl.cycle.value;
  o.devices.forEach((d, i) => {
    const offset = `${+((parseQuantity(cycle, 'time') * 1e6 * i) / o.devices.length).toFixed(3)} us`;
    const common = {
      size: o.size ?? DEFAULTS.cyclicControl.size.value,
      priority: o.priority ?? DEFAULTS.cyclicControl.priority.value,
      requirement: { latency: cycle, loss: 0 },
      application: 'cyclic control',
    };
    addFlow(doc, { id: `${o.id}-${d}-out`, from: o.plc, to: d, pattern: { type: 'periodic', period: cycle, offset }, ...common });
    if (o.both ?? true) addFlow(doc, { id: `${o.id}-${d}-in`, from: d, to: o.plc, pattern: { type: 'periodic', period: cycle, offset }, ...common });
  });
}

/**
 * Machine-vision inspection: each camera sends every image to an inference node, which sends
 * the verdict to the PLC within the deadline.
 */
export function visionInspection(
  doc: ScenarioJson,
  o: {
    id: string;
    cameras: string[];
    inference: string;
    plc: string;
    fps?: number;
    compression?: number;
    model?: keyof typeof MODELS;
    deadline?: string;
    priority?: number;
  },
): void {
  const cam = DEFAULTS.vision.camera.value;
  const fps = o.fps ?? cam.fps;
  const bytes = Math.round((cam.width * cam.height * cam.bytesPerPixel) / (o.compression ?? DEFAULTS.vision.compression.value));
  const model = MODELS[o.model ?? DEFAULTS.vision.model.value];
  node(doc, o.inference);
  o.cameras.forEach((c, i) => {
    node(doc, c);
    addFlow(doc, {
      id: `${o.id}-${c}`,
      from: c,
      to: o.inference,
      size: `${bytes} B`,
      ...(o.priority !== undefined ? { priority: o.priority } : {}),
      pattern: { type: 'periodic', period: ms(1 / fps), offset: ms(i / fps / o.cameras.length) },
      response: { size: DEFAULTS.vision.verdictSize.value, to: o.plc },
      service: ms(model.value),
      model: o.model ?? DEFAULTS.vision.model.value,
      requirement: { latency: o.deadline ?? DEFAULTS.vision.deadline.value, percentile: 99, loss: DEFAULTS.vision.loss.value },
      application: 'machine-vision inspection',
    });
  });
}

/** Closed-loop AI control: a sensor's frame → inference → command to the actuator, within one cycle. */
export function closedLoopAI(
  doc: ScenarioJson,
  o: { id: string; sensor: string; inference: string; actuator: string; cycle?: string; image?: string; priority?: number },
): void {
  const cycle = o.cycle ?? DEFAULTS.closedLoopAI.cycle.value;
  addFlow(doc, {
    id: o.id,
    from: o.sensor,
    to: o.inference,
    size: o.image ?? DEFAULTS.closedLoopAI.image.value,
    ...(o.priority !== undefined ? { priority: o.priority } : {}),
    pattern: { type: 'periodic', period: cycle },
    response: { size: DEFAULTS.motionControl.size.value, to: o.actuator },
    service: ms(MODELS[DEFAULTS.closedLoopAI.model.value].value),
    model: DEFAULTS.closedLoopAI.model.value,
    requirement: { latency: cycle, jitter: DEFAULTS.closedLoopAI.jitter.value, loss: 0 },
    application: 'closed-loop AI control',
  });
}

/** Predictive maintenance: many sensors stream features at a low rate to batch inference. */
export function predictiveMaintenance(doc: ScenarioJson, o: { id: string; sensors: string[]; inference: string; interval?: string; size?: string }): void {
  const d = DEFAULTS.predictiveMaintenance;
  node(doc, o.inference);
  o.sensors.forEach((s, i) =>
    addFlow(doc, {
      id: `${o.id}-${s}`,
      from: s,
      to: o.inference,
      size: o.size ?? d.size.value,
      pattern: { type: 'periodic', period: o.interval ?? d.interval.value, offset: `${(i * 0.731) % 97} ms` },
      response: { size: '100 B' },
      service: d.service.value,
      model: `${o.id}-model`,
      batch: { max: d.batch.value.max, timeout: d.batch.value.timeout },
      requirement: { latency: d.deadline.value, percentile: 99, loss: d.loss.value },
      application: 'predictive maintenance',
    }),
  );
}

/**
 * An LLM industrial agent: operators' clients send prompts, the model answers. The server
 * runs `concurrency` sequences at once (one "server" each); a response takes
 * TTFT + (N_out − 1) · ITL; the requirement is the interactive SLO's end-to-end budget.
 */
export function llmAgent(doc: ScenarioJson, o: { id: string; clients: string[]; inference: string; model?: keyof typeof LLMS; perMinute?: number }): void {
  const d = DEFAULTS.llm;
  const llm = LLMS[o.model ?? 'llama-3.1-8b-nim'].value;
  const inf = node(doc, o.inference);
  inf.compute = { ...(inf.compute ?? {}), servers: Math.max(Number(inf.compute?.servers ?? 1), d.concurrency.value) };
  const service = llm.ttft + (d.outputTokens.value - 1) * llm.itl;
  const budget = d.slo.value.ttft + (d.outputTokens.value - 1) * d.slo.value.tpot;
  for (const c of o.clients)
    addFlow(doc, {
      id: `${o.id}-${c}`,
      from: c,
      to: o.inference,
      size: `${d.promptTokens.value * d.bytesPerToken.value + 40} B`,
      pattern: { type: 'poisson', interval: `${60 / (o.perMinute ?? 6)} s` },
      response: { size: `${d.outputTokens.value * d.bytesPerToken.value + 40} B` },
      service: { dist: 'uniform', min: ms(service * 0.8), max: ms(service * 1.2) },
      model: o.model ?? 'llama-3.1-8b-nim',
      requirement: { latency: ms(budget), percentile: 99 },
      application: 'LLM industrial agent',
    });
}

/** Telemetry: each device reports a small message periodically. */
export function telemetry(doc: ScenarioJson, o: { id: string; devices: string[]; to: string }): void {
  const t = DEFAULTS.plant.telemetry.value;
  o.devices.forEach((d, i) =>
    addFlow(doc, {
      id: `${o.id}-${d}`,
      from: d,
      to: o.to,
      size: t.size,
      pattern: { type: 'periodic', period: t.interval, offset: `${(i * 37) % 1000} ms` },
      requirement: { latency: t.latency },
      application: 'telemetry',
    }),
  );
}

/** An HMI panel polling its controller. */
export function hmi(doc: ScenarioJson, o: { id: string; panel: string; controller: string }): void {
  const h = DEFAULTS.plant.hmi.value;
  addFlow(doc, {
    id: o.id,
    from: o.controller,
    to: o.panel,
    size: h.size,
    pattern: { type: 'periodic', period: h.interval },
    requirement: { latency: h.latency },
    application: 'HMI',
  });
}

/** Bulk historian/backup traffic, on and off. */
export function historian(doc: ScenarioJson, o: { id: string; from: string; to: string; rate?: string }): void {
  addFlow(doc, {
    id: o.id,
    from: o.from,
    to: o.to,
    size: '1500 B',
    pattern: {
      type: 'onoff',
      rate: o.rate ?? DEFAULTS.plant.historian.value.rate,
      on: { dist: 'exponential', mean: '300 ms' },
      off: { dist: 'exponential', mean: '700 ms' },
    },
    application: 'historian / backup',
  });
}

/** A model update pushed to an edge device now and then. */
export function modelUpdate(doc: ScenarioJson, o: { id: string; from: string; to: string }): void {
  const m = DEFAULTS.plant.modelUpdate.value;
  addFlow(doc, { id: o.id, from: o.from, to: o.to, size: '1500 B', pattern: { type: 'burst', period: m.period, frame: m.size }, application: 'model update' });
}
