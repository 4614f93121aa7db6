/**
 * "Add AI workload": pick a template (vision inspection, closed-loop AI control, predictive
 * maintenance, LLM agent, or the plant's own traffic), the devices it attaches to, adjust its
 * parameters (prefilled from the sourced defaults), see the flows it adds and what they ask
 * of the plant, and add them as one undoable edit. The flows stay editable afterwards.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';
import { toast } from '../state/toast.ts';
import { ParamField } from './ParamField.tsx';
import { defaultName, defaultParamText, defaultRoles, parseParams, previewWorkload } from './previewWorkload.ts';
import { RolePicker } from './RolePicker.tsx';
import { templateByKey, WORKLOAD_TEMPLATES, type WorkloadTemplate } from './workloadTemplates.ts';
import { WorkloadPreview } from './WorkloadPreview.tsx';

function initial(s: ScenarioJson, t: WorkloadTemplate) {
  return { key: t.key, name: defaultName(s, t), roles: defaultRoles(s, t), params: defaultParamText(t) };
}

const close = () => appStore.set({ workloadOpen: false });

export function AddWorkloadDialog() {
  const open = useApp((s) => s.workloadOpen && s.doc !== null);
  return open ? <WorkloadForm /> : null;
}

function WorkloadForm() {
  const scenario = useApp((s) => s.doc!.scenario);
  const files = useApp((s) => s.doc!.files);
  const [form, setForm] = useState(() => initial(scenario, WORKLOAD_TEMPLATES[0]));
  const t = templateByKey(form.key);
  const { errors } = useMemo(() => parseParams(t, form.params), [t, form.params]);
  const deferred = useDeferredValue(form);
  const preview = useMemo(() => {
    const dt = templateByKey(deferred.key);
    return previewWorkload(scenario, dt, deferred.name.trim(), deferred.roles, parseParams(dt, deferred.params).params, files);
  }, [scenario, files, deferred]);
  const fresh = deferred === form;
  const ready = fresh && preview.ok && preview.issues.length === 0 && Object.keys(errors).length === 0;

  const add = () => {
    if (!ready || !preview.ok) return;
    const ids = preview.flows.map((f) => f.id);
    applyEdit(`add ${t.label.toLowerCase()} (${ids.length} flow${ids.length === 1 ? '' : 's'})`, (s) => (s === scenario ? preview.scenario : s));
    appStore.set({ workloadOpen: false, selection: { nodes: [], links: [], flow: ids[0] } });
    toast(
      `Added ${t.label.toLowerCase()}: ${ids.length} flow${ids.length === 1 ? '' : 's'} (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}). ` +
        `Run to check them; edit any in the inspector.`,
      'success',
      5000,
    );
  };

  const groups = [...new Set(WORKLOAD_TEMPLATES.map((x) => x.group))];
  return (
    <div className="modal-back" onClick={close}>
      <div className="workload-dialog" role="dialog" aria-label="Add AI workload" data-testid="workload-dialog" onClick={(e) => e.stopPropagation()}>
        <header className="workload-head">
          <div>
            <h2>Add a workload</h2>
            <p className="muted">Flows, compute demand and requirements from a template. Every default names its source; the flows stay editable afterwards.</p>
          </div>
          <button className="icon-btn" onClick={close} aria-label="Close">
            ✕
          </button>
        </header>
        <div className="workload-body">
          <nav className="template-list" aria-label="Templates">
            {groups.map((g) => (
              <section key={g}>
                <div className="palette-group">{g}</div>
                {WORKLOAD_TEMPLATES.filter((x) => x.group === g).map((x) => (
                  <button
                    key={x.key}
                    className={`template-item ${x.key === t.key ? 'on' : ''}`}
                    data-testid={`workload-template-${x.key}`}
                    onClick={() => setForm(initial(scenario, x))}
                    title={x.summary}
                  >
                    {x.label}
                  </button>
                ))}
              </section>
            ))}
          </nav>
          <div className="workload-form">
            <p className="template-summary">{t.summary}</p>
            <div className="field name-field">
              <label htmlFor="workload-name">Name (its flows are called {form.name || '…'}-…)</label>
              <input
                id="workload-name"
                data-testid="workload-name"
                value={form.name}
                spellCheck={false}
                onChange={(e) => setForm({ ...form, name: e.target.value })}
              />
            </div>
            <fieldset>
              <legend>Attach to</legend>
              {t.roles.map((r) => (
                <RolePicker
                  key={`${t.key}-${r.key}`}
                  scenario={scenario}
                  role={r}
                  value={form.roles[r.key] ?? []}
                  onChange={(ids) => setForm({ ...form, roles: { ...form.roles, [r.key]: ids } })}
                />
              ))}
            </fieldset>
            {t.params.length > 0 && (
              <fieldset>
                <legend>Parameters</legend>
                <div className="param-grid">
                  {t.params.map((p) => (
                    <ParamField
                      key={`${t.key}-${p.key}`}
                      spec={p}
                      value={form.params[p.key] ?? ''}
                      error={errors[p.key]}
                      onChange={(v) => setForm({ ...form, params: { ...form.params, [p.key]: v } })}
                    />
                  ))}
                </div>
              </fieldset>
            )}
            <details className="fixed-defaults">
              <summary>Also applied: {t.fixed.map((f) => f.label.toLowerCase()).join(', ')}</summary>
              <ul>
                {t.fixed.map((f) => (
                  <li key={f.label}>
                    <b>{f.label}</b> {f.value} <span className="muted">— {f.source}</span>
                  </li>
                ))}
              </ul>
            </details>
            <h3 className="preview-title">Preview</h3>
            <WorkloadPreview preview={preview} />
          </div>
        </div>
        <footer className="workload-foot">
          <span className="muted">One edit: Ctrl+Z removes the whole workload.</span>
          <div className="spacer" />
          <button className="btn" onClick={close}>
            Cancel
          </button>
          <button className="btn primary" data-testid="workload-add" disabled={!ready} onClick={add}>
            {preview.ok ? `Add ${preview.flows.length} flow${preview.flows.length === 1 ? '' : 's'}` : 'Add'}
          </button>
        </footer>
      </div>
    </div>
  );
}
