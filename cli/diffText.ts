/**
 * `netloom diff` as text: what changed between the scenarios (when they are scenarios), then the
 * flows whose verdict or margin moved, failing first, in the run table's style; `all` lists every
 * change and every flow.
 */
import {
  type Comparison,
  describeChange,
  describeFields,
  type ElementChange,
  type FlowDelta,
  type FlowFigures,
  MOVE_LABEL,
  type ScenarioDiff,
} from '../sim/api/index.ts';
import { DIFF_ROWS } from './commandSpecs.ts';
import { percent, table, time } from './format.ts';
import { printable as p } from './printable.ts';

function changeLines(d: ScenarioDiff, all: boolean): string[] {
  const lines = [
    ...d.nodes.map((c) => ['node', c] as const),
    ...d.links.map((c) => [`link`, { ...c, id: `${c.id} (${c.from}→${c.to})` }] as const),
    ...d.flows.map((c) => ['flow', c] as const),
  ].map(([what, c]: readonly [string, ElementChange]) => `  ${what} ${p(c.id)} ${p(describeChange(c))}`);
  if (d.settings.length > 0) lines.unshift(`  settings: ${p(describeFields(d.settings))}`);
  const { added, removed, changed } = d.summary;
  const head = `changes${d.expanded ? ' (groups compared expanded, as simulated)' : ''}: ${added} added, ${removed} removed, ${changed} changed`;
  if (lines.length === 0) return ['no change between the scenarios'];
  const shown = all ? lines : lines.slice(0, DIFF_ROWS);
  return [head, ...shown, ...(shown.length < lines.length ? [`  … and ${lines.length - shown.length} more (--all lists them)`] : [])];
}

function pair(d: FlowDelta, f: (x: FlowFigures) => string): string {
  return `${d.before ? f(d.before) : '–'} → ${d.after ? f(d.after) : '–'}`;
}

export function diffText(c: Comparison, color: boolean, all = false): string {
  const paint = (text: string, code: number) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const verdict = (x: FlowFigures) => (x.verdict === 'pass' ? 'pass' : x.verdict === 'fail' ? `FAIL ${x.worst ?? ''}`.trim() : '–');
  const out: string[] = [];
  if (c.scenario) out.push(...changeLines(c.scenario, all), '');
  const d = c.flows;
  const moved = d.flows.filter((f) => f.move !== 'same');
  const shown = all ? d.flows : moved.slice(0, DIFF_ROWS);
  if (shown.length > 0)
    out.push(
      table(
        ['flow', 'change', 'verdict', 'margin', 'p99', 'max', 'loss'],
        shown.map((f) => [
          p(f.id),
          f.move === 'newly-failing' ? paint(MOVE_LABEL[f.move], 31) : f.move === 'fixed' ? paint(MOVE_LABEL[f.move], 32) : MOVE_LABEL[f.move],
          pair(f, verdict),
          pair(f, (x) => percent(x.margin)),
          pair(f, (x) => time(x.p99)),
          pair(f, (x) => time(x.max)),
          pair(f, (x) => percent(x.loss)),
        ]),
      ),
    );
  if (moved.length === 0 && !all) out.push("no flow's verdict or margin moved (by 1 point of its requirement or more)");
  if (shown.length < d.flows.length)
    out.push(
      `${d.flows.length - shown.length} of ${d.flows.length} flows not listed (` +
        `${shown.length < moved.length ? `${moved.length - shown.length} moved, past the first ${DIFF_ROWS}; ` : ''}` +
        'the rest the same within 1 point); --all lists every flow',
    );
  const s = d.summary;
  const failing = s['newly-failing'] > 0 ? paint(`${s['newly-failing']} newly failing`, 31) : '0 newly failing';
  out.push(
    '',
    `${s.flows} flows: ${failing}, ${s.fixed} fixed, ${s.worse} worse, ${s.better} better, ${s.same} same` +
      `${s.added > 0 ? `, ${s.added} only in B` : ''}${s.removed > 0 ? `, ${s.removed} only in A` : ''}; failing ${s.failingBefore} → ${s.failingAfter}`,
  );
  return out.join('\n');
}
