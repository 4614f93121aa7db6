/**
 * Two of the document's last runs side by side (runHistory.ts): the scenario changes between them,
 * then each flow's verdict and margin in A and in B, sorted by how it moved (newly failing first).
 * By default the flows that moved; "every flow" lists them all.
 */
import { useMemo, useState } from 'react';
import { describeChange, diffReports, diffScenarios, describeFields, formatTime, type FlowDelta, MOVE_LABEL } from '../../sim/api/index.ts';
import { VerdictCell } from '../planner/VerdictCell.tsx';
import { useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { MAX_RUNS, type RunRecord } from '../state/runHistory.ts';

const ROWS = 200;

const label = (r: RunRecord) =>
  `#${r.n} · ${new Date(r.at).toLocaleTimeString()} · ${r.report.summary.failed} of ${r.report.summary.flows} failing (edit ${r.revision})`;

function RunPicker({ runs, value, onPick, testId }: { runs: RunRecord[]; value: number; onPick: (n: number) => void; testId: string }) {
  return (
    <select data-testid={testId} value={value} onChange={(e) => onPick(Number(e.target.value))}>
      {runs.map((r) => (
        <option key={r.n} value={r.n}>
          {label(r)}
        </option>
      ))}
    </select>
  );
}

function Changes({ a, b }: { a: RunRecord; b: RunRecord }) {
  const diff = useMemo(() => {
    try {
      return diffScenarios(a.scenario, b.scenario);
    } catch {
      return null; // a scenario whose groups do not expand did not run either
    }
  }, [a, b]);
  if (!diff) return null;
  const lines = [
    ...(diff.settings.length > 0 ? [['settings', '', describeFields(diff.settings)]] : []),
    ...diff.nodes.map((c) => ['node', c.id, describeChange(c)]),
    ...diff.links.map((c) => ['link', `${c.id} (${c.from}→${c.to})`, describeChange(c)]),
    ...diff.flows.map((c) => ['flow', c.id, describeChange(c)]),
  ];
  return (
    <div className="compare-changes" data-testid="compare-changes">
      <b>Scenario changes</b> {lines.length === 0 ? <span className="muted">none: the same scenario ran twice</span> : null}
      {diff.expanded && <span className="muted"> (groups compared expanded)</span>}
      <ul>
        {lines.slice(0, 50).map(([what, id, text], i) => (
          <li key={i}>
            <span className="muted">{what}</span> <b>{id}</b> {text}
          </li>
        ))}
        {lines.length > 50 && <li className="muted">… and {lines.length - 50} more</li>}
      </ul>
    </div>
  );
}

const p99 = (d: FlowDelta) => `${formatTime(d.before?.p99)} → ${formatTime(d.after?.p99)}`;

export function CompareRuns() {
  const runs = useApp((s) => s.runs);
  const focus = useApp((s) => s.selection.flow);
  const [picked, setPicked] = useState<{ a: number; b: number } | null>(null);
  const [all, setAll] = useState(false);
  const has = (n: number | undefined) => runs.some((r) => r.n === n);
  const a = runs.find((r) => r.n === (picked && has(picked.a) ? picked.a : runs.at(-2)?.n));
  const b = runs.find((r) => r.n === (picked && has(picked.b) ? picked.b : runs.at(-1)?.n));
  const flows = useMemo(() => (a && b ? diffReports(a.report, b.report) : null), [a, b]);
  const head = (
    <header className="planner-card-head">
      <h3>Compare runs</h3>
      <span className="muted">the last {MAX_RUNS} runs of this document are kept (each flow's figures, not the charts)</span>
    </header>
  );
  if (!a || !b || !flows)
    return (
      <section className="planner-card compare-runs" data-testid="compare-runs">
        {head}
        <p className="muted">Run again after an edit to compare two runs side by side.</p>
      </section>
    );
  const s = flows.summary;
  const rows = all ? flows.flows : flows.flows.filter((d) => d.move !== 'same');
  return (
    <section className="planner-card compare-runs" data-testid="compare-runs">
      {head}
      <div className="compare-pick">
        <label>
          A <RunPicker runs={runs} value={a.n} onPick={(n) => setPicked({ a: n, b: b.n })} testId="compare-a" />
        </label>
        <label>
          B <RunPicker runs={runs} value={b.n} onPick={(n) => setPicked({ a: a.n, b: n })} testId="compare-b" />
        </label>
        <span className="summary-pills" data-testid="compare-summary">
          <span className="pill fail small">{s['newly-failing']} newly failing</span>
          <span className="pill pass small">{s.fixed} fixed</span>
          <span className="pill none small">
            {s.worse} worse · {s.better} better · {s.same} same
          </span>
        </span>
      </div>
      <Changes a={a} b={b} />
      <div className="table-scroll">
        <table className="plan-table compare" data-testid="compare-table">
          <thead>
            <tr>
              <th>flow</th>
              <th>change</th>
              <th>A #{a.n}</th>
              <th>B #{b.n}</th>
              <th>p99 A → B</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROWS).map((d) => (
              <tr
                key={d.id}
                data-flow={d.id}
                data-move={d.move}
                className={`${d.move === 'fixed' ? 'fixed' : d.move === 'newly-failing' ? 'broken' : 'same'} ${focus === d.id ? 'focused' : ''}`}
                onClick={() => selectFlow(d.id)}
              >
                <td>{d.id}</td>
                <td>{MOVE_LABEL[d.move]}</td>
                <td>
                  <VerdictCell v={d.before} />
                </td>
                <td>
                  <VerdictCell v={d.after} />
                </td>
                <td className="num">{p99(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        {rows.length === 0 ? "No flow's verdict or margin moved by a point or more. " : ''}
        {rows.length > ROWS ? `The first ${ROWS} of ${rows.length} rows. ` : ''}
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="compare-all" /> every flow
        </label>
      </p>
    </section>
  );
}
