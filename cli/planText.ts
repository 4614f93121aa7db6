/** The plan as `netloom plan` prints it. */
import { formatMoney, type Plan } from '../sim/api/index.ts';
import { percent, table } from './format.ts';

export function planText(p: Plan, color: boolean): string {
  const paint = (t: string, code: number) => (color ? `\x1b[${code}m${t}\x1b[0m` : t);
  const money = (x: number) => formatMoney(x, p.currency);
  const out: string[] = [];
  out.push(`${p.scenario}: as-is, ${p.asIs.failed.length} of ${p.asIs.flows} flows fail (worst margin ${percent(p.asIs.worstMargin)})`);
  if (p.asIs.failed.length === 0) return [...out, paint('every requirement already holds: nothing to buy', 32)].join('\n');
  if (!p.found) return [...out, paint(`no plan found: ${p.reason}`, 31)].join('\n');
  out.push('');
  out.push(
    table(
      ['#', 'action', 'cost', 'fixes'],
      p.actions.map((a, i) => [String(i + 1), a.label, money(a.cost), a.fixes.length > 0 ? a.fixes.join(', ') : '(margin only)']),
    ),
  );
  const v = p.verification!;
  out.push(
    '',
    `total ${paint(money(p.totalCost), 1)} — verified: ${v.replications} × ${v.durationS} s, ` +
      `${paint(`${v.passed} pass`, 32)}, ` +
      `${v.failed} fail${v.unchecked > 0 ? `, ${v.unchecked} without requirement` : ''}, worst margin ${percent(v.worstMargin)}`,
  );
  out.push(
    `naive plan (everything on the violating paths to the top tier): ${money(p.naive.cost)}, ` +
      `${p.naive.actions} actions, ${p.naive.passes ? 'passes' : 'does not pass'}`,
  );
  out.push('', 'roadmap:');
  out.push(
    table(
      ['year', 'budget', 'spend', 'actions', 'flows failing after', 'worst margin'],
      p.roadmap.map((r) => [
        String(r.year),
        money(r.budget),
        money(r.cost),
        r.actions.length === 0 ? '–' : r.actions.join('; '),
        String(r.failed),
        percent(r.worstMargin),
      ]),
    ),
  );
  out.push('', `cost vs. worst margin (Pareto front of ${p.stats.evaluations + p.stats.verifications} simulated plans):`);
  out.push(
    p.pareto
      .map((x) => `  ${money(x.cost).padStart(10)}  ${percent(x.worstMargin).padStart(6)}  ${x.failed} failing${x.verified ? ', verified' : ' (short run)'}`)
      .join('\n'),
  );
  out.push(
    '',
    `${p.stats.evaluations} quick evaluations + ${p.stats.verifications} verifications ` +
      `in ${p.stats.wallSeconds.toFixed(1)} s (${p.stats.evaluationsPerSecond.toFixed(1)}/s), ` +
      `${percent(p.stats.verificationShare)} of simulation time verifying`,
  );
  const phases = Object.entries(p.stats.phases ?? {}).filter(([, n]) => n.evaluations + n.verifications > 0);
  if (phases.length > 0) out.push(`by phase (quick + verifications): ${phases.map(([k, n]) => `${k} ${n.evaluations} + ${n.verifications}`).join(', ')}`);
  if (p.stats.quickRun) out.push(`quick runs: ${p.stats.quickRun.durationS} s at the end (at the start: ${p.stats.quickRun.why})`);
  return out.join('\n');
}
