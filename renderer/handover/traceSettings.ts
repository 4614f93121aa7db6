/**
 * Record per-packet trace: the dialog's fields (window, flows, pcapng ports) checked against the
 * compiled scenario by the façade's traceTargets, as `netloom run --trace-window/--trace-flows/
 * --pcap-ports` are, and what the worker pool is asked to trace. A bad field comes back as a
 * message naming it; the run does not start.
 */
import { type Model, type PcapTarget, parseTraceWindow, TraceAskError, type TraceTargets, traceTargets } from '../../sim/api/index.ts';

export interface TraceFields {
  /** record each packet's outcome (the .csv.gz) */
  packets: boolean;
  /** "FROM..TO" such as "2 ms..6 ms"; empty: the whole run */
  window: string;
  /** flow ids, comma-separated; empty: every flow */
  flows: string;
  /** capture frames (pcapng) on these ports */
  capture: boolean;
  /** "all-switch-egress", or NODE:k and FROM>TO, comma-separated */
  ports: string;
}

export const DEFAULT_TRACE_FIELDS: TraceFields = { packets: true, window: '', flows: '', capture: false, ports: 'all-switch-egress' };

export type { PcapTarget };

export interface TracePlan extends TraceTargets {
  packets: boolean;
}

export type TraceField = 'window' | 'flows' | 'ports' | 'what';
export type Planned = { ok: true; plan: TracePlan } | { ok: false; field: TraceField; message: string };

/** "A..B" → [A, B] in seconds, or the reason it is not one. */
export function parseWindow(text: string): [number, number] | string {
  try {
    return parseTraceWindow(text);
  } catch (e) {
    if (e instanceof TraceAskError) return e.message;
    throw e;
  }
}

export function traceRequest(model: Model, fields: TraceFields, application: string): Planned {
  if (!fields.packets && !fields.capture) return { ok: false, field: 'what', message: 'choose the per-packet outcomes, the pcapng capture, or both' };
  try {
    const targets = traceTargets(model, {
      packets: fields.packets,
      window: fields.window.trim() === '' ? undefined : parseTraceWindow(fields.window.trim()),
      flows: fields.flows.trim() === '' ? undefined : fields.flows.split(',').map((s) => s.trim()),
      ports: fields.capture ? fields.ports : undefined,
      application,
    });
    return { ok: true, plan: { packets: fields.packets, ...targets } };
  } catch (e) {
    if (e instanceof TraceAskError) return { ok: false, field: e.field, message: e.message };
    throw e;
  }
}
