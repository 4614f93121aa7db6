/** The legend of the plan's highlights in the topology and 3D views, with the flows it changes (click one to see its path). */
import { appStore, useApp } from '../state/appStore.ts';
import { selectFlow } from '../state/editActions.ts';
import { planRelation, showPlanChanges } from '../state/planActions.ts';
import { variantLabel } from '../state/planVariants.ts';
import type { PlanOverlay } from './planOverlay.ts';

const MAX_CHIPS = 8;

/** `place`: below the editor's floating toolbar, or at the bottom (the 3D view has its margin legend on top). */
export function PlanLegend({ overlay, place }: { overlay: PlanOverlay; place: 'below-toolbar' | 'at-bottom' }) {
  const relation = useApp((s) => planRelation(s.doc, s.plan));
  const title = useApp((s) => (s.planPreview && s.plan.status === 'done' ? `Preview: ${variantLabel(s.plan.result.plan, s.planPreview)}` : 'Planned upgrade'));
  const focus = useApp((s) => s.selection.flow);
  const count = (kind: 'changed' | 'added') => [...overlay.nodes.values(), ...overlay.links.values()].filter((c) => c.kind === kind).length;
  const ghosts = overlay.ghosts.nodes.length + overlay.ghosts.links.length;
  const flows = [...overlay.flows.values()];
  return (
    <div className={`legend plan ${place}`} data-testid="plan-legend">
      <header>
        <span className="legend-title" data-testid="plan-legend-title">
          {title}
        </span>
        <button className="linklike muted" onClick={() => showPlanChanges(false)} title="Hide the plan's highlights">
          Hide
        </button>
      </header>
      <span className="legend-item" title="Devices and links the plan upgrades">
        <span className="swatch" />
        <span className="swatch link" />
        changed by the plan ({count('changed')})
      </span>
      {count('added') > 0 && (
        <span className="legend-item">
          <span className="swatch added" />
          <span className="swatch link added" />
          added by the plan ({count('added')})
        </span>
      )}
      {ghosts > 0 && (
        <span className="legend-item" title="Drawn dashed until you accept the plan">
          <span className="swatch added" />
          <span className="swatch link added" />
          to be added when you accept ({ghosts})
        </span>
      )}
      {flows.length > 0 && (
        <>
          <span className="muted">Flows it changes (click to see the path):</span>
          <div className="plan-flow-chips">
            {flows.slice(0, MAX_CHIPS).map((f) => (
              <button
                key={f.id}
                className="plan-chip"
                style={focus === f.id ? { borderColor: 'var(--plan)' } : undefined}
                title={f.note}
                onClick={() => selectFlow(f.id)}
              >
                {f.id}
              </button>
            ))}
            {flows.length > MAX_CHIPS && <span className="plan-chip more">+{flows.length - MAX_CHIPS} more</span>}
          </div>
        </>
      )}
      <span className="muted">
        {relation === 'as-is' ? (
          <>
            As-is scenario.{' '}
            <button className="linklike" style={{ color: 'var(--plan)' }} onClick={() => appStore.set({ view: 'planner' })}>
              Open the plan
            </button>
          </>
        ) : relation === 'accepted' ? (
          'Plan accepted: Ctrl+Z restores the as-is.'
        ) : (
          'The scenario was edited since the plan.'
        )}
      </span>
    </div>
  );
}
