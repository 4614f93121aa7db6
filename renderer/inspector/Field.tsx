/**
 * One editable scenario field. Keeps a draft while the user types, validates it against the
 * whole scenario as they type (core messages), commits on Enter or when focus leaves (one
 * undo entry), reverts on Escape. Empty clears an optional field.
 */
import { type ReactNode, useMemo, useState } from 'react';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { getIn, type JsonPath, pathString, setIn, setInPruned } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';
import { useFieldValidation } from './useFieldValidation.ts';

export type FieldKind = 'text' | 'quantity' | 'number' | 'integer';

export interface FieldProps {
  label: string;
  path: JsonPath;
  kind?: FieldKind;
  placeholder?: string;
  info?: string;
  /** shown under the field (e.g. a derived value) */
  note?: ReactNode;
  optional?: boolean;
  /** custom commit (e.g. renaming a node everywhere) */
  commit?: (s: ScenarioJson, value: unknown) => ScenarioJson;
  /** clearing the field also removes the settings blocks it leaves empty */
  prune?: boolean;
  /** show the issues at this path (and below) instead of the field's own: edits that keep several fields consistent */
  validateAt?: JsonPath;
  /** a value that is not plain text (a list of node ids…): how to show it and how to read it back */
  format?: (v: unknown) => string;
  parse?: (text: string) => unknown;
  testId?: string;
}

function toValue(kind: FieldKind, text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (kind === 'number' || kind === 'integer') {
    const n = Number(t);
    return Number.isFinite(n) ? n : t; // a non-number stays text so the core says what it expected
  }
  return kind === 'quantity' ? t : text;
}

function toText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v);
  const { dist, ...rest } = v as Record<string, unknown>;
  const parts = Object.entries(rest).map(([k, x]) => `${k} ${Array.isArray(x) ? x.join(' / ') : String(x)}`);
  return dist ? `${String(dist)}: ${parts.join(', ')}` : JSON.stringify(v);
}

export function Field({ label, path, kind = 'text', placeholder, info, note, optional, commit, prune, validateAt, format, parse, testId }: FieldProps) {
  const scenario = useApp((s) => s.doc!.scenario);
  const files = useApp((s) => s.doc!.files);
  const large = scenario.nodes.length > 300;
  const stored = getIn(scenario, path);
  const complex = !format && stored !== null && typeof stored === 'object';
  const show = format ?? toText;
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? show(stored);
  const candidate = useMemo(() => {
    if (draft === null) return null;
    const v = parse ? (draft.trim() === '' ? undefined : parse(draft)) : toValue(kind, draft);
    if (v === undefined && !optional) return setIn(scenario, path, '');
    return commit ? commit(scenario, v) : prune ? setInPruned(scenario, path, v) : setIn(scenario, path, v);
  }, [draft, scenario, kind, optional, commit, prune, parse, path]);
  const issues = useFieldValidation(candidate, validateAt ?? path, large, files);
  const error = draft !== null ? issues[0]?.message : undefined;

  const apply = () => {
    if (draft === null) return;
    if (draft === show(stored)) return setDraft(null);
    if (issues.length > 0 || !candidate) return; // keep the draft and its message on screen
    applyEdit(`${label.toLowerCase()} = ${draft.trim() || '(default)'}`, () => candidate);
    setDraft(null);
  };
  const id = `f-${pathString(path)}`;
  return (
    <div className={`field ${error ? 'invalid' : ''}`}>
      <label htmlFor={id} title={info}>
        {label}
        {info && <span className="info-dot">?</span>}
      </label>
      <input
        id={id}
        data-testid={testId ?? `field-${pathString(path)}`}
        value={text}
        disabled={complex}
        placeholder={placeholder ?? (optional ? 'default' : '')}
        spellCheck={false}
        aria-invalid={!!error}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') {
            setDraft(null);
            e.stopPropagation();
          }
        }}
      />
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : note ? (
        <div className="field-note">{note}</div>
      ) : null}
      {complex && <div className="field-note">a distribution: edit it in the file</div>}
    </div>
  );
}
