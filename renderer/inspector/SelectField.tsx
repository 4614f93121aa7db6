/** A choice among fixed values (device type, medium, pattern type…), committed at once. */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { getIn, type JsonPath, pathString, setIn, setInPruned } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';

export function SelectField({
  label,
  path,
  options,
  info,
  commit,
  emptyLabel,
  format,
  parse,
  prune,
}: {
  label: string;
  path: JsonPath;
  options: readonly (string | [string, string])[];
  info?: string;
  emptyLabel?: string;
  commit?: (s: ScenarioJson, v: string | undefined) => ScenarioJson;
  /** values that are not strings (numbers, booleans): how to show them as an option value and read one back */
  format?: (v: unknown) => string;
  parse?: (option: string) => unknown;
  /** choosing the empty option also removes the settings blocks it leaves empty */
  prune?: boolean;
}) {
  const scenario = useApp((s) => s.doc!.scenario);
  const value = getIn(scenario, path);
  const id = `f-${pathString(path)}`;
  const shown = format ? format(value) : typeof value === 'string' ? value : '';
  const choices = options.map((o) => (typeof o === 'string' ? [o, o] : o));
  // a value the file has that is not a choice (a node that does not exist): shown as it is, not as the first choice
  if (shown !== '' && !choices.some(([v]) => v === shown)) choices.unshift([shown, `${shown} (not valid)`]);
  return (
    <div className="field">
      <label htmlFor={id} title={info}>
        {label}
        {info && <span className="info-dot">?</span>}
      </label>
      <select
        id={id}
        data-testid={`field-${pathString(path)}`}
        value={shown}
        onChange={(e) => {
          const v = e.target.value === '' ? undefined : e.target.value;
          const stored = v !== undefined && parse ? parse(v) : v;
          applyEdit(`${label.toLowerCase()} = ${v ?? 'default'}`, (s) =>
            commit ? commit(s, v) : prune ? setInPruned(s, path, stored) : setIn(s, path, stored),
          );
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {choices.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
