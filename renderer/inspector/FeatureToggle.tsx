/**
 * An optional settings block (a shaper, roaming, redundancy…) switched on and off with a
 * checkbox: on writes a sensible default block, off removes it (and the settings objects it
 * leaves empty) — one undoable edit either way. Its fields show while it is on.
 */
import type { ReactNode } from 'react';
import { getIn, type JsonPath, pathString, setIn, setInPruned } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';

export function FeatureToggle({
  label,
  path,
  make,
  info,
  children,
}: {
  label: string;
  path: JsonPath;
  make: () => unknown;
  info?: string;
  children?: ReactNode;
}) {
  const on = useApp((s) => getIn(s.doc!.scenario, path) !== undefined);
  const id = `t-${pathString(path)}`;
  return (
    <div className={`feature ${on ? 'on' : ''}`}>
      <label className="feature-head" htmlFor={id} title={info}>
        <input
          id={id}
          type="checkbox"
          checked={on}
          data-testid={`toggle-${pathString(path)}`}
          onChange={(e) => {
            const enable = e.target.checked;
            applyEdit(`${enable ? 'enable' : 'disable'} ${label}`, (s) => (enable ? setIn(s, path, make()) : setInPruned(s, path, undefined)));
          }}
        />
        <span>{label}</span>
        {info && <span className="info-dot">?</span>}
      </label>
      {on && <div className="feature-body">{children}</div>}
    </div>
  );
}
