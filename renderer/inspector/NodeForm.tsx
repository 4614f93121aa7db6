/** Inspector for one device: id, type, position, switch or compute settings (a switch's ports and their links), and its figures after a run. */
import { COMPUTE_TYPES, formatCount, formatPercent, formatTime, FORWARDING_TYPES, NODE_TYPES } from '../../sim/api/index.ts';
import { DEVICES } from '../model/deviceTypes.ts';
import { renameNode } from '../model/edits.ts';
import { METRIC_INFO } from '../results/metricInfo.ts';
import { useApp } from '../state/appStore.ts';
import { CutThroughField } from './CutThroughField.tsx';
import { Field } from './Field.tsx';
import { PortsList } from './PortsList.tsx';
import { SelectField } from './SelectField.tsx';
import { TsnFieldset } from './tsn/TsnFieldset.tsx';
import { CellFields, WifiFields } from './WirelessFields.tsx';

export function NodeForm({ index }: { index: number }) {
  const node = useApp((s) => s.doc!.scenario.nodes[index]);
  const compute = useApp((s) => s.lastReport?.report.compute.find((c) => c.id === node?.id));
  const links = useApp((s) => s.doc!.scenario.links.filter((l) => l.from === node?.id || l.to === node?.id).length);
  if (!node) return null;
  const base = ['nodes', index] as const;
  const info = DEVICES[node.type] ?? DEVICES.host;
  return (
    <div className="form" data-testid="node-form">
      <header className="form-head">
        <span className="chip big" style={{ background: info.color }}>
          {info.glyph}
        </span>
        <div>
          <div className="form-title">{node.id}</div>
          <div className="form-sub">
            {info.label} · {links} link{links === 1 ? '' : 's'}
          </div>
        </div>
      </header>
      <p className="form-hint">{info.hint}</p>
      <Field
        label="Id"
        path={[...base, 'id']}
        commit={(s, v) => renameNode(s, node.id, String(v ?? ''))}
        info="Unique name; links and flows that use it are renamed too."
      />
      <SelectField label="Type" path={[...base, 'type']} options={NODE_TYPES.map((t) => [t, DEVICES[t]?.label ?? t] as [string, string])} />
      <Field label="Label" path={[...base, 'label']} optional placeholder="optional" />
      <div className="field-row">
        <Field label="x (m)" path={[...base, 'position', 0]} kind="number" info={METRIC_INFO.delay} />
        <Field label="y (m)" path={[...base, 'position', 1]} kind="number" />
        <Field label="z (m)" path={[...base, 'position', 2]} kind="number" />
      </div>
      {FORWARDING_TYPES.has(node.type) && (
        <fieldset>
          <legend>Switching</legend>
          <Field
            label="Forwarding latency"
            path={[...base, 'switch', 'latency']}
            kind="quantity"
            optional
            placeholder="0 s"
            info="Time from the last bit in to the egress queue."
          />
          <Field
            label="Queue limit"
            path={[...base, 'switch', 'queueLimit']}
            kind="number"
            optional
            placeholder="1000 packets"
            info="Egress queue capacity per port, in packets; beyond it packets are dropped."
          />
          <SelectField
            label="Scheduler"
            path={[...base, 'switch', 'scheduler']}
            options={[
              ['strict', 'strict priority (8 queues)'],
              ['fifo', 'FIFO (one queue)'],
            ]}
            emptyLabel="default (strict priority)"
          />
          <CutThroughField index={index} />
        </fieldset>
      )}
      {FORWARDING_TYPES.has(node.type) && <PortsList node={node.id} />}
      {node.type === 'wifi-ap' && <WifiFields index={index} />}
      {node.type === '5g-cell' && <CellFields index={index} />}
      {links > 0 && <TsnFieldset key={node.id} index={index} />}
      {COMPUTE_TYPES.has(node.type) && (
        <fieldset>
          <legend>Compute</legend>
          <Field
            label="Servers"
            path={[...base, 'compute', 'servers']}
            kind="integer"
            optional
            placeholder="1"
            info="Parallel servers (GPUs or accelerators)."
          />
          <Field label="Service time" path={[...base, 'compute', 'service']} kind="quantity" optional info="Time to serve one request (a batch of one)." />
          <Field label="Batch max" path={[...base, 'compute', 'batch', 'max']} kind="integer" optional placeholder="no batching" />
          <Field label="Batch timeout" path={[...base, 'compute', 'batch', 'timeout']} kind="quantity" optional />
        </fieldset>
      )}
      {compute && (
        <fieldset className="stats">
          <legend>Last run</legend>
          <Stat label="Utilization" value={formatPercent(compute.utilization)} info={METRIC_INFO.computeUtil} />
          <Stat label="Mean wait" value={formatTime(compute.meanWait)} info={METRIC_INFO.computeWait} />
          <Stat label="Jobs" value={formatCount(compute.jobs)} />
          <Stat label="Mean batch" value={compute.meanBatch.toFixed(2)} />
        </fieldset>
      )}
    </div>
  );
}

export function Stat({ label, value, info }: { label: string; value: string; info?: string }) {
  return (
    <div className="stat" title={info}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
    </div>
  );
}
