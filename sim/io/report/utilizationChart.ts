/** Link utilization: the busiest link directions as bars (with their queue and drops), and how many carry how much. */
import type { Report } from '../../api/Report.ts';
import { formatPercent, formatTime } from '../../scenario/format.ts';
import { esc, px, section, table } from './html.ts';

/** bars drawn: the busiest directions */
export const BUSIEST = 20;

export function utilizationChart(r: Report): string {
  const used = r.links.filter((l) => l.frames > 0 || l.drops > 0);
  const busiest = [...used].sort((a, b) => b.utilization - a.utilization || a.id.localeCompare(b.id)).slice(0, BUSIEST);
  if (busiest.length === 0) return section('utilization', 'Link utilization', '<p class="muted">No link carried a frame.</p>');
  const W = 1000;
  const row = 18;
  const label = 330;
  const bars = busiest.map((l, i) => {
    const y = i * row + 4;
    const w = Math.max(1, Math.min(1, l.utilization) * (W - label - 80));
    const fill = l.utilization >= 0.8 ? '#b3261e' : l.utilization >= 0.5 ? '#c77700' : '#1b7f3b';
    return (
      `<text x="${label - 6}" y="${y + 12}" text-anchor="end">${esc(`${l.from} → ${l.to}`)}</text>` +
      `<rect x="${label}" y="${y}" width="${px(w)}" height="${row - 5}" fill="${fill}"/>` +
      `<text x="${px(label + w + 6)}" y="${y + 12}">${esc(formatPercent(l.utilization))}</text>`
    );
  });
  const svg = `<svg viewBox="0 0 ${W} ${busiest.length * row + 8}" role="img" aria-label="link utilization">${bars.join('')}</svg>`;
  const bands = [0.8, 0.5, 0.2, 0].map((lo, i, a) => [lo, i === 0 ? Infinity : a[i - 1]] as const);
  const spread = table(
    ['utilization', 'link directions'],
    bands.map(([lo, hi]) => [
      hi === Infinity ? `≥ ${formatPercent(lo)}` : `${formatPercent(lo)} – ${formatPercent(hi)}`,
      used.filter((l) => l.utilization >= lo && l.utilization < hi).length.toLocaleString('en-US'),
    ]),
    [1],
  );
  const detail = table(
    ['link', 'direction', 'utilization', 'max queue', 'drops', 'mean wait'],
    busiest.map((l) => [
      esc(l.id),
      esc(`${l.from} → ${l.to}`),
      esc(formatPercent(l.utilization)),
      String(l.maxQueue),
      l.drops.toLocaleString('en-US'),
      esc(formatTime(l.meanWait)),
    ]),
    [2, 3, 4, 5],
  );
  const body = `<p class="muted">The ${busiest.length} busiest of ${used.length.toLocaleString('en-US')} link directions that carried traffic \
(each direction of a full-duplex link counts once).</p>
<figure>${svg}</figure>
${spread}
${detail}`;
  return section('utilization', 'Link utilization', body, true);
}
