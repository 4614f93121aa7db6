/** Inspector for one link: rate, delay or length, medium, framing; derived delay; per-direction figures after a run. */
import { useMemo } from 'react';
import { METRIC_INFO } from '../results/metricInfo.ts';
import { useApp } from '../state/appStore.ts';
import { Field } from './Field.tsx';
import { LinkReliabilityFields } from './LinkReliabilityFields.tsx';
import { Stat } from './NodeForm.tsx';
import { SelectField } from './SelectField.tsx';
import { formatPercent, formatTime, linkId } from '../../sim/api/index.ts';

export function LinkForm({ index }: { index: number }) {
  const link = useApp((s) => s.doc!.scenario.links[index]);
  const key = link ? linkId(link) : '';
  const delay = useApp((s) => s.analysis?.delays.get(key));
  const report = useApp((s) => s.lastReport?.report);
  const dirs = useMemo(() => report?.links.filter((l) => l.id === key), [report, key]);
  if (!link) return null;
  const base = ['links', index] as const;
  const derived =
    link.delay === undefined && delay !== undefined
      ? `propagation ${formatTime(delay)} ${link.length ? 'from the length' : 'from the node positions'}`
      : undefined;
  return (
    <div className="form" data-testid="link-form">
      <header className="form-head">
        <span className="chip big link-chip">⟷</span>
        <div>
          <div className="form-title">{key}</div>
          <div className="form-sub">
            {link.from} ⟷ {link.to} · full duplex
          </div>
        </div>
      </header>
      <Field label="Rate" path={[...base, 'rate']} kind="quantity" testId="link-rate" info="Line rate in each direction, e.g. 100 Mb/s, 1 Gb/s." />
      <Field label="Delay" path={[...base, 'delay']} kind="quantity" optional placeholder="from length or positions" note={derived} info={METRIC_INFO.delay} />
      <Field
        label="Length"
        path={[...base, 'length']}
        kind="quantity"
        optional
        placeholder="e.g. 100 m"
        info="Cable length; the delay follows from the medium's speed."
      />
      <SelectField
        label="Medium"
        path={[...base, 'medium']}
        options={[
          ['copper', 'copper (0.66 c)'],
          ['fiber', 'fiber (0.68 c)'],
          ['wireless', 'wireless (c)'],
        ]}
        emptyLabel="copper (default)"
      />
      <SelectField
        label="Framing"
        path={[...base, 'framing']}
        options={[
          ['ethernet', 'Ethernet'],
          ['ppp', 'PPP (2 B)'],
        ]}
        emptyLabel="Ethernet (default)"
      />
      <Field label="MTU" path={[...base, 'mtu']} kind="quantity" optional placeholder="1500 B" />
      <Field label="Label" path={[...base, 'label']} optional placeholder="optional" />
      <LinkReliabilityFields index={index} />
      {dirs && dirs.length > 0 && (
        <fieldset className="stats">
          <legend>Last run</legend>
          {dirs.map((d) => (
            <div key={d.from} className="dir-stats">
              <div className="dir-name">
                {d.from} → {d.to}
              </div>
              <Stat label="Utilization" value={formatPercent(d.utilization)} info={METRIC_INFO.utilization} />
              <Stat label="Max queue" value={`${d.maxQueue} pkts`} info={METRIC_INFO.maxQueue} />
              <Stat label="Mean wait" value={formatTime(d.meanWait)} info={METRIC_INFO.meanWait} />
              <Stat label="Drops" value={String(d.drops)} info={METRIC_INFO.drops} />
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}
