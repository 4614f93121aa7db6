/**
 * Inspector with nothing selected: the scenario itself (name, description, simulation settings) and its flows — the first
 * FLOWS_SHOWN of a large plant's, more on request (Ctrl+F and the requirements table find any flow).
 */
import { useDeferredValue, useState } from 'react';
import { addFlow } from '../model/edits.ts';
import { drawableScenario } from '../model/drawableScenario.ts';
import { asText } from '../format/asText.ts';
import { formatRoute, scenarioFlowEnds } from '../format/formatRoute.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { applyEdit, selectFlow } from '../state/editActions.ts';
import { flowVerdicts } from '../state/reportDerived.ts';
import { Field } from './Field.tsx';

const FLOWS_SHOWN = 100;

export function ScenarioForm() {
  const s = useApp((st) => st.doc!.scenario);
  const selected = useApp((st) => st.selection.nodes);
  // the dots follow a new report in a deferred render, from a map made once per report (issue 10: rebuilt in every
  // render that a report's arrival forced, 13–169 ms on the steel works' 14,600 flows)
  const report = useDeferredValue(useApp((st) => st.lastReport?.report));
  const canAddFlow = selected.length === 2;
  const [shown, setShown] = useState(FLOWS_SHOWN);
  const flows = drawableScenario(s).flows;
  const verdicts = report ? flowVerdicts(report) : null;
  return (
    <div className="form" data-testid="scenario-form">
      <header className="form-head">
        <span className="chip big">▦</span>
        <div>
          <div className="form-title">{asText(s.name)}</div>
          <div className="form-sub">
            {s.nodes.length} devices · {s.links.length} links · {s.flows.length} flows
          </div>
        </div>
      </header>
      <Field label="Name" path={['name']} />
      <Field label="Industry" path={['industry']} optional placeholder="e.g. steel" />
      <fieldset>
        <legend>Simulation</legend>
        <div className="field-row">
          <Field label="Duration" path={['simulation', 'duration']} kind="quantity" optional placeholder="1 s" info="Sources emit during [0, duration)." />
          <Field
            label="Warm-up"
            path={['simulation', 'warmup']}
            kind="quantity"
            optional
            placeholder="0 s"
            info="Statistics count packets emitted from here on."
          />
        </div>
        <div className="field-row">
          <Field
            label="Seed"
            path={['simulation', 'seed']}
            kind="integer"
            optional
            placeholder="1"
            info="Same scenario and seed give the same report, bit for bit."
          />
          <Field
            label="Replications"
            path={['simulation', 'replications']}
            kind="integer"
            optional
            placeholder="1"
            info="Independent runs, spread over workers and merged with 95 % confidence intervals."
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Flows</legend>
        <ul className="flow-list">
          {flows.slice(0, shown).map((f) => {
            return (
              <li key={f.id}>
                <button className="linklike" onClick={() => selectFlow(f.id)}>
                  <span className={`dot verdict-${verdicts?.get(f.id) ?? 'none'}`} />
                  {f.id}
                  <span className="muted"> {formatRoute(scenarioFlowEnds(f))}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {flows.length > shown && (
          <button className="btn small wrap" onClick={() => setShown((n) => n + FLOWS_SHOWN * 5)}>
            {flows.length - shown} more flows — show {Math.min(FLOWS_SHOWN * 5, flows.length - shown)} more
          </button>
        )}
        <button
          className="btn small wrap"
          disabled={!canAddFlow}
          title={canAddFlow ? `Add a flow from ${selected[0]} to ${selected[1]}` : 'Select two devices (Shift+click) to add a flow between them'}
          onClick={() => {
            let id = '';
            applyEdit('add flow', (sc) => {
              const r = addFlow(sc, selected[0], selected[1]);
              id = r.id;
              return r.scenario;
            });
            selectFlow(id);
          }}
        >
          + Flow between the two selected devices
        </button>
        <button
          className="btn small wrap"
          onClick={() => appStore.set({ workloadOpen: true })}
          title="Vision inspection, closed-loop AI control, predictive maintenance, LLM agent, or plant traffic, from a template (W)"
        >
          + Add AI workload…
        </button>
      </fieldset>
    </div>
  );
}
