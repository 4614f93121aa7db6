/** A flow in a few words for the preview table: how it sends, what it must meet, what serves it. */
import type { FlowJson } from '../../sim/api/index.ts';

const show = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v);
  const d = v as Record<string, unknown>;
  if (d.dist === 'uniform') return `${show(d.min)}–${show(d.max)}`;
  if ('mean' in d) return `~${show(d.mean)}`;
  return JSON.stringify(v);
};

export function describePattern(f: FlowJson): string {
  const p = f.pattern as Record<string, unknown>;
  switch (p.type) {
    case 'periodic':
      return `every ${show(p.period)}`;
    case 'cbr':
      return `${show(p.rate)} constant`;
    case 'poisson':
      return p.interval !== undefined ? `random, every ${show(p.interval)} on average` : `random, ${show(p.rate)} on average`;
    case 'burst':
      return `${show(p.frame ?? `${show(p.count)} packets`)} ${p.fps !== undefined ? `${show(p.fps)} times a second` : `every ${show(p.period)}`}`;
    case 'onoff':
      return `${show(p.rate)} while on`;
    default:
      return String(p.type);
  }
}

export function describeRequirement(f: FlowJson): string {
  const r = f.requirement as Record<string, unknown> | undefined;
  if (!r) return 'none';
  const parts: string[] = [];
  if (r.latency !== undefined)
    parts.push(`latency ≤ ${show(r.latency)}${r.percentile !== undefined && r.percentile !== 100 ? ` (p${String(r.percentile)})` : ''}`);
  if (r.jitter !== undefined) parts.push(`jitter ≤ ${show(r.jitter)}`);
  if (r.loss !== undefined) parts.push(`loss ≤ ${Number(r.loss) * 100} %`);
  if (r.throughput !== undefined) parts.push(`≥ ${show(r.throughput)}`);
  return parts.join(', ') || 'none';
}

export function describeService(f: FlowJson): string {
  const g = f as FlowJson & { service?: unknown; model?: string; batch?: { max: number } };
  if (!f.response) return '';
  return [g.model, g.service !== undefined ? `${show(g.service)} per request` : 'the node’s service time', g.batch ? `batches of up to ${g.batch.max}` : '']
    .filter(Boolean)
    .join(' · ');
}
