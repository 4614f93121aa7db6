/**
 * The LLM part of a report: per LLM flow, time to first token and time per output token at the
 * client (LlmClients), and the waits to join the engine, pooled over replications in replication order.
 */
import type { LlmResult } from '../engine/LlmClients.ts';
import type { Model } from '../scenario/model.ts';
import { Histogram } from '../stats/Histogram.ts';

const PS = 1e12;

/** A summary of per-request times, seconds. */
export interface TokenTimes {
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

/** What an LLM flow's report adds (FlowReport.llm). */
export interface LlmFlowReport {
  /** time to first token at the client: the first packet of the answer (null: none arrived) */
  ttft: TokenTimes | null;
  /** per request, (last packet − first packet) ÷ tokens after the first packet (null: none streamed) */
  tpot: TokenTimes | null;
  /** requests admitted to the engine in the measured window, and their waits to join it (the step under way, then room in the KV cache), seconds */
  admitted: number;
  meanWait: number;
  maxWait: number;
}

/** An LLM engine (Report.llmEngines): how busy its accelerators were and how many requests a step carried. */
export interface LlmEngineReport {
  id: string;
  /** share of the measured window spent in steps */
  utilization: number;
  steps: number;
  /** requests per step (prefilling or decoding), mean */
  meanBatch: number;
}

interface Pooled {
  ttft: Histogram;
  tpot: Histogram;
  ttftSum: number;
  tpotSum: number;
  waitSum: number;
  waitMax: number;
  admitted: number;
}

export class LlmAccumulator {
  private readonly slot = new Map<number, Pooled>();
  private readonly engines = new Map<number, { busyPs: number; steps: number; batchSum: number }>();

  constructor(model: Model) {
    for (const f of model.flows)
      if (f.llm) this.slot.set(f.index, { ttft: new Histogram(), tpot: new Histogram(), ttftSum: 0, tpotSum: 0, waitSum: 0, waitMax: 0, admitted: 0 });
  }

  add(r: LlmResult): void {
    r.engines.node.forEach((n, k) => {
      const e = this.engines.get(n) ?? { busyPs: 0, steps: 0, batchSum: 0 };
      e.busyPs += r.engines.busyPs[k];
      e.steps += r.engines.steps[k];
      e.batchSum += r.engines.batchSum[k];
      this.engines.set(n, e);
    });
    r.flows.forEach((f, k) => {
      const p = this.slot.get(f)!;
      p.ttft.merge(r.ttft[k]);
      p.tpot.merge(r.tpot[k]);
      p.ttftSum += r.ttftSum[k];
      p.tpotSum += r.tpotSum[k];
      p.waitSum += r.waitSum[k];
      p.waitMax = Math.max(p.waitMax, r.waitMax[k]);
      p.admitted += r.admitted[k];
    });
  }

  /** Flow f's LLM figures (undefined when it is no LLM flow). */
  report(f: number): LlmFlowReport | undefined {
    const p = this.slot.get(f);
    if (!p) return undefined;
    return {
      ttft: times(p.ttft, p.ttftSum),
      tpot: times(p.tpot, p.tpotSum),
      admitted: p.admitted,
      meanWait: p.admitted > 0 ? p.waitSum / p.admitted / PS : 0,
      maxWait: p.waitMax / PS,
    };
  }

  /** The engines, over `windowS` seconds of `reps` replications. */
  engineReports(model: Model, windowS: number, reps: number): LlmEngineReport[] {
    return [...this.engines].map(([n, e]) => ({
      id: model.nodes[n].id,
      utilization: e.busyPs / PS / (windowS * reps),
      steps: e.steps,
      meanBatch: e.steps > 0 ? e.batchSum / e.steps : 0,
    }));
  }

  /** Flow f's TTFT and TPOT at percentile `pct`, seconds (NaN when none was measured). */
  at(f: number, pct: number): { ttft: number; tpot: number } {
    const p = this.slot.get(f)!;
    const at = (h: Histogram) => (h.count > 0 ? h.percentile(pct) / PS : Number.NaN);
    return { ttft: at(p.ttft), tpot: at(p.tpot) };
  }
}

function times(h: Histogram, sum: number): TokenTimes | null {
  const n = h.count;
  if (n === 0) return null;
  const [p50, p99, max] = h.percentiles([50, 99, 100]).map((x) => x / PS);
  return { mean: sum / n / PS, p50, p99, max };
}
