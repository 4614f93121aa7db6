/** A choice among fixed values (device type, medium, pattern type…), committed at once. */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { getIn, type JsonPath, pathString, setIn } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';

export function SelectField({
  label,
  path,
  options,
  info,
  commit,
  emptyLabel,
}: {
  label: string;
  path: JsonPath;
  options: readonly (string | [string, string])[];
  info?: string;
  emptyLabel?: string;
  commit?: (s: ScenarioJson, v: string | undefined) => ScenarioJson;
}) {
  const scenario = useApp((s) => s.doc!.scenario);
  const value = getIn(scenario, path);
  const id = `f-${pathString(path)}`;
  return (
    <div className="field">
      <label htmlFor={id} title={info}>
        {label}
        {info && <span className="info-dot">?</span>}
      </label>
      <select
        id={id}
        data-testid={`field-${pathString(path)}`}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => {
          const v = e.target.value === '' ? undefined : e.target.value;
          applyEdit(`${label.toLowerCase()} = ${v ?? 'default'}`, (s) => (commit ? commit(s, v) : setIn(s, path, v)));
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => {
          const [v, l] = typeof o === 'string' ? [o, o] : o;
          return (
            <option key={v} value={v}>
              {l}
            </option>
          );
        })}
      </select>
    </div>
  );
}
