/** The right-hand panel: edits whatever is selected (a device, a link, a flow) or the scenario itself. */
import { useApp } from '../state/appStore.ts';
import { FlowForm } from './FlowForm.tsx';
import { IssuesList } from './IssuesList.tsx';
import { LinkForm } from './LinkForm.tsx';
import { NodeForm } from './NodeForm.tsx';
import { ScenarioForm } from './ScenarioForm.tsx';
import { isPortSelection } from './selectPort.ts';
import { linkId } from '../../sim/api/index.ts';

export function Inspector() {
  const sel = useApp((s) => s.selection);
  const scenario = useApp((s) => s.doc!.scenario);
  let body;
  // one node alone, or one of its ports (the node and one of its links): the node, its port's row marked
  if ((sel.nodes.length === 1 && sel.links.length === 0) || isPortSelection(sel, scenario)) {
    const i = scenario.nodes.findIndex((n) => n.id === sel.nodes[0]);
    body = i >= 0 ? <NodeForm key={`n${i}`} index={i} /> : null;
  } else if (sel.links.length === 1 && sel.nodes.length === 0) {
    const i = scenario.links.findIndex((l) => linkId(l) === sel.links[0]);
    body = i >= 0 ? <LinkForm key={`l${i}`} index={i} /> : null;
  } else if (sel.nodes.length + sel.links.length > 1) {
    body = (
      <div className="form">
        <div className="form-title">
          {sel.nodes.length} devices, {sel.links.length} links selected
        </div>
        <p className="form-hint">
          Drag any of them to move them together, press Delete to remove them. With exactly two devices selected you can add a flow between them (Esc, then the
          scenario panel).
        </p>
        {sel.nodes.length === 2 && <ScenarioForm />}
      </div>
    );
  } else if (sel.flow) {
    const i = scenario.flows.findIndex((f) => f.id === sel.flow);
    body = i >= 0 ? <FlowForm key={`f${i}`} index={i} /> : <ScenarioForm />;
  } else body = <ScenarioForm />;
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      <div className="panel-title">Inspector</div>
      <IssuesList />
      {body}
    </aside>
  );
}
