/** The report's flows as CSV (one row per flow), for spreadsheets. */
import type { Report } from '../../sim/api/index.ts';

const q = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function reportCsv(r: Report): string {
  const head = [
    'flow',
    'from',
    'to',
    'sent',
    'delivered',
    'lost',
    'loss',
    'latency_mean_s',
    'latency_p99_s',
    'latency_max_s',
    'jitter_pdv_s',
    'throughput_bps',
    'verdict',
    'margin',
    'worst',
  ];
  const rows = r.flows.map((f) =>
    [
      f.id,
      f.from,
      f.to,
      f.sent,
      f.delivered,
      f.lost,
      f.loss,
      f.latency?.mean,
      f.latency?.p99,
      f.latency?.max,
      f.jitter?.pdv,
      f.throughput,
      f.verdict,
      f.margin,
      f.worst,
    ]
      .map(q)
      .join(','),
  );
  return [head.join(','), ...rows].join('\n') + '\n';
}
