/**
 * Requirement verdicts. Each criterion's margin is (required − measured) / required for
 * upper bounds (latency, jitter, loss, deadline misses, a pipeline's escalated share) and (measured − required) / required
 * for the throughput floor: positive means headroom, negative means violated. A zero bound
 * (e.g. `loss: 0`) is all or nothing: met gives margin 1 (as any bound does when the measure
 * is 0), exceeded gives −1.
 * The flow's margin is its worst criterion's.
 */
export interface RequirementSI {
  latency?: number;
  percentile: number;
  jitter?: number;
  loss?: number;
  throughput?: number;
  deadlineMiss?: number;
  ttft?: number;
  tpot?: number;
  escalated?: number;
}

export interface Measured {
  /** latency at the requirement's percentile, seconds */
  latencyAtPercentile: number;
  pdv: number;
  loss: number;
  throughput: number;
  deadlineMiss: number;
  /** an LLM flow's time to first token and time per output token at the requirement's percentile, seconds (NaN: none measured) */
  ttft?: number;
  tpot?: number;
  /** a pipeline's share of items escalated (NaN: none delivered) */
  escalated?: number;
}

export type CriterionName = 'latency' | 'jitter' | 'loss' | 'throughput' | 'deadlineMiss' | 'ttft' | 'tpot' | 'escalated';

export interface Criterion {
  name: CriterionName;
  required: number;
  measured: number;
  margin: number;
  pass: boolean;
}

export interface Verdict {
  verdict: 'pass' | 'fail' | 'none';
  margin: number | null;
  worst: CriterionName | null;
  criteria: Criterion[];
}

function upper(name: CriterionName, required: number, measured: number): Criterion {
  const pass = measured <= required;
  const margin = required > 0 ? (required - measured) / required : pass ? 1 : -1;
  return { name, required, measured, margin, pass };
}

export function judge(req: RequirementSI | undefined, m: Measured): Verdict {
  if (!req) return { verdict: 'none', margin: null, worst: null, criteria: [] };
  const criteria: Criterion[] = [];
  const latency = Number.isNaN(m.latencyAtPercentile) ? Infinity : m.latencyAtPercentile;
  if (req.latency !== undefined && req.deadlineMiss === undefined) criteria.push(upper('latency', req.latency, latency));
  if (req.jitter !== undefined) criteria.push(upper('jitter', req.jitter, Number.isNaN(m.pdv) ? Infinity : m.pdv));
  if (req.loss !== undefined) criteria.push(upper('loss', req.loss, m.loss));
  if (req.deadlineMiss !== undefined) criteria.push(upper('deadlineMiss', req.deadlineMiss, m.deadlineMiss));
  const orWorst = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? Infinity : x);
  if (req.ttft !== undefined) criteria.push(upper('ttft', req.ttft, orWorst(m.ttft)));
  if (req.tpot !== undefined) criteria.push(upper('tpot', req.tpot, orWorst(m.tpot)));
  if (req.throughput !== undefined) {
    const pass = m.throughput >= req.throughput;
    criteria.push({ name: 'throughput', required: req.throughput, measured: m.throughput, margin: (m.throughput - req.throughput) / req.throughput, pass });
  }
  if (req.escalated !== undefined)
    criteria.push(upper('escalated', req.escalated, m.escalated === undefined || Number.isNaN(m.escalated) ? Infinity : m.escalated));
  if (criteria.length === 0) return { verdict: 'none', margin: null, worst: null, criteria };
  let worst = criteria[0];
  for (const c of criteria) if (c.margin < worst.margin) worst = c;
  const margin = Number.isFinite(worst.margin) ? worst.margin : -1;
  return { verdict: criteria.every((c) => c.pass) ? 'pass' : 'fail', margin, worst: worst.name, criteria };
}
