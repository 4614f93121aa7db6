/** Which devices a workload attaches to: a list to tick for cameras, sensors, clients; one choice for the rest. Says so when the plant has none. */
import { useMemo, useState } from 'react';
import type { ScenarioJson } from '../../sim/api/index.ts';
import { deviceInfo } from '../model/deviceTypes.ts';
import { roleCandidates } from './previewWorkload.ts';
import type { RoleSpec } from './workloadTemplates.ts';

const FILTER_FROM = 10;
const typesText = (types: readonly string[]) => types.map((t) => deviceInfo(t).label.toLowerCase() + 's').join(' or ');

export function RolePicker({
  scenario,
  role,
  value,
  onChange,
}: {
  scenario: ScenarioJson;
  role: RoleSpec;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const candidates = useMemo(() => roleCandidates(scenario, role), [scenario, role]);
  const [filter, setFilter] = useState('');
  const [showOthers, setShowOthers] = useState(false);
  const id = `role-${role.key}`;
  if (candidates.length === 0) {
    return (
      <div className="role">
        <span className="role-label">{role.label}</span>
        <div className="role-missing" role="alert" data-testid={`workload-missing-${role.key}`}>
          {role.missing}
        </div>
      </div>
    );
  }
  const noPreferred = !candidates.some((c) => c.preferred);
  const note = noPreferred
    ? `No ${typesText(role.prefer)} in this scenario: ${role.only ? 'choose one of these' : 'any end device can play this part'}.`
    : role.hint;
  if (!role.multiple) {
    const preferred = candidates.filter((c) => c.preferred);
    const others = candidates.filter((c) => !c.preferred);
    const option = (c: (typeof candidates)[number]) => (
      <option key={c.id} value={c.id}>
        {c.id} · {deviceInfo(c.type).label}
      </option>
    );
    return (
      <div className="role">
        <label className="role-label" htmlFor={id}>
          {role.label}
        </label>
        <select id={id} data-testid={`workload-role-${role.key}`} value={value[0] ?? ''} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])}>
          <option value="">— choose —</option>
          {preferred.length > 0 && others.length > 0 ? (
            <>
              <optgroup label={typesText(role.prefer)}>{preferred.map(option)}</optgroup>
              <optgroup label="other devices">{others.map(option)}</optgroup>
            </>
          ) : (
            candidates.map(option)
          )}
        </select>
        <span className="role-note">{note}</span>
      </div>
    );
  }
  const q = filter.trim().toLowerCase();
  const chosen = new Set(value);
  // other device types only on request (or when one of them is chosen): a camera list lists cameras
  const others = candidates.filter((c) => !c.preferred).length;
  const withOthers = showOthers || noPreferred || candidates.some((c) => !c.preferred && chosen.has(c.id));
  const shown = candidates.filter((c) => (withOthers || c.preferred) && (!q || `${c.id} ${c.type}`.toLowerCase().includes(q)));
  const preferredIds = candidates.filter((c) => c.preferred).map((c) => c.id);
  return (
    <div className="role">
      <span className="role-label">
        {role.label} <span className="muted">({value.length} chosen)</span>
      </span>
      <div className="role-tools">
        {preferredIds.length > 0 && (
          <button className="linklike accent" onClick={() => onChange(preferredIds)}>
            all {preferredIds.length} {typesText([candidates[0].type])}
          </button>
        )}
        <button className="linklike accent" onClick={() => onChange([])}>
          none
        </button>
        {!withOthers && others > 0 && (
          <button className="linklike muted" onClick={() => setShowOthers(true)}>
            + {others} other device{others === 1 ? '' : 's'}
          </button>
        )}
        {candidates.length >= FILTER_FROM && (
          <input
            className="search small"
            placeholder="Filter devices…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-label={`Filter ${role.label}`}
          />
        )}
      </div>
      <div className="role-list" data-testid={`workload-role-${role.key}`}>
        {shown.map((c) => (
          <label key={c.id} className={`role-item ${c.preferred ? '' : 'other'}`}>
            <input
              type="checkbox"
              value={c.id}
              checked={chosen.has(c.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((x) => x !== c.id))}
            />
            <span className="chip" style={{ background: deviceInfo(c.type).color }}>
              {deviceInfo(c.type).glyph}
            </span>
            {c.id}
          </label>
        ))}
      </div>
      <span className="role-note">{note}</span>
    </div>
  );
}
