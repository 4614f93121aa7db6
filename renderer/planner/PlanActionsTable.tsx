/** The plan's actions, each explained: its cost, the flows that fail without it, how every affected flow's margin moves. */
import { useState } from 'react';
import { selectFlow } from '../state/editActions.ts';
import { marginOrder } from './marginOrder.ts';
import { formatMargin, formatMoney, type PlannedAction } from '../../sim/api/index.ts';

const SHOWN = 4;
const tone = (m: number | null) => (m === null ? '' : m < 0 ? 'bad' : m < 0.2 ? 'low' : 'good');

function Margins({ action }: { action: PlannedAction }) {
  const [all, setAll] = useState(false);
  const ordered = marginOrder(action);
  const rows = all ? ordered : ordered.slice(0, SHOWN);
  return (
    <table className="margin-moves">
      <thead>
        <tr>
          <th>flow</th>
          <th title="Margin as-is">before</th>
          <th />
          <th title="Margin with the whole plan">after</th>
          <th title="Margin with the plan minus this action: what this action is needed for">without it</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.flow} data-flow={m.flow} className={action.fixes.includes(m.flow) ? 'fixed-here' : ''}>
            <td>
              <button className="linklike" onClick={() => selectFlow(m.flow)}>
                {m.flow}
              </button>
            </td>
            <td className={`num ${tone(m.before)}`}>{formatMargin(m.before)}</td>
            <td className="muted">→</td>
            <td className={`num ${tone(m.after)}`}>{formatMargin(m.after)}</td>
            <td className={`num ${tone(m.without)}`}>{formatMargin(m.without)}</td>
          </tr>
        ))}
        {action.margins.length > SHOWN && (
          <tr>
            <td colSpan={5}>
              <button className="linklike muted" onClick={() => setAll((a) => !a)}>
                {all ? 'show fewer' : `show all ${action.margins.length} flows`}
              </button>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function PlanActionsTable({ actions, currency, total }: { actions: PlannedAction[]; currency: string; total: number }) {
  return (
    <section className="planner-card" data-testid="plan-actions">
      <header className="planner-card-head">
        <h3>Actions</h3>
        <span className="muted">free changes first; each is needed: without it, the flows under “fixes” fail</span>
      </header>
      <table className="plan-table">
        <thead>
          <tr>
            <th>#</th>
            <th>action</th>
            <th className="num">cost</th>
            <th>fixes</th>
            <th>how the margins move</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a, i) => (
            <tr key={i} className="plan-action" data-testid="plan-action" data-kind={a.action.kind}>
              <td className="muted">{i + 1}</td>
              <td className="action-label">{a.label}</td>
              <td className="num">{a.cost === 0 ? 'free' : formatMoney(a.cost, currency)}</td>
              <td className="fixes">
                {a.fixes.length === 0 ? (
                  <span className="muted" title="Every flow passes without it too; it adds headroom">
                    (margin only)
                  </span>
                ) : (
                  a.fixes.map((f) => (
                    <button key={f} className="flow-chip pass" onClick={() => selectFlow(f)} title={`${f} fails without this action`}>
                      {f}
                    </button>
                  ))
                )}
              </td>
              <td>
                <Margins action={a} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td>total</td>
            <td className="num strong">{formatMoney(total, currency)}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
