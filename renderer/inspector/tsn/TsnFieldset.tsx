/**
 * TSN settings of a node's egress ports: for every port at once, or for the port towards one
 * neighbour (whose settings replace the node-wide ones, feature by feature, as the core reads
 * them). Time-aware shaper with its gate control list, credit-based shaper, frame preemption —
 * combinable on one port — and the gate schedule synthesizer for the whole network.
 */
import { useState } from 'react';
import { defaultGates } from '../../model/gateList.ts';
import type { JsonPath } from '../../model/setIn.ts';
import { useApp } from '../../state/appStore.ts';
import { startSchedule } from '../../state/scheduleActions.ts';
import { FeatureToggle } from '../FeatureToggle.tsx';
import { GateControlEditor } from './GateControlEditor.tsx';
import { CbsFields, PreemptionFields } from './ShaperFields.tsx';

type TsnJson = { gates?: unknown; cbs?: unknown; preemption?: unknown; ports?: Record<string, TsnJson> };

const FEATURES = ['gates', 'cbs', 'preemption'] as const;

export function TsnFieldset({ index }: { index: number }) {
  const node = useApp((s) => s.doc!.scenario.nodes[index]);
  const links = useApp((s) => s.doc!.scenario.links);
  const tsn = (node as { tsn?: TsnJson }).tsn;
  const neighbours = [...new Set(links.flatMap((l) => (l.from === node.id ? [l.to] : l.to === node.id ? [l.from] : [])))];
  const initial = Object.keys(tsn?.ports ?? {}).find((n) => neighbours.includes(n)) ?? '';
  const [scope, setScope] = useState(initial);
  const base: JsonPath = scope ? ['nodes', index, 'tsn', 'ports', scope] : ['nodes', index, 'tsn'];
  const here = (scope ? tsn?.ports?.[scope] : tsn) ?? {};
  const inherited = (f: (typeof FEATURES)[number]) => scope !== '' && here[f] === undefined && tsn?.[f] !== undefined;
  const configured = (n: string) => (tsn?.ports?.[n] ? ' •' : '');
  return (
    <fieldset className="tsn" data-testid="tsn-fieldset">
      <legend>TSN egress ports</legend>
      <div className="field">
        <label
          htmlFor={`tsn-scope-${index}`}
          title="Settings for every egress port of this device, or for the port towards one neighbour (they replace the device-wide ones feature by feature)."
        >
          Port <span className="info-dot">?</span>
        </label>
        <select id={`tsn-scope-${index}`} data-testid="tsn-scope" value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">every port{tsn && FEATURES.some((f) => tsn[f] !== undefined) ? ' •' : ''}</option>
          {neighbours.map((n) => (
            <option key={n} value={n}>
              towards {n}
              {configured(n)}
            </option>
          ))}
        </select>
      </div>
      <FeatureToggle
        label="Time-aware shaper (802.1Qbv)"
        path={[...base, 'gates']}
        make={defaultGates}
        info="Gates open and close each traffic class on a cyclic schedule; a frame only starts if it ends before its gate closes."
      >
        <GateControlEditor key={scope} path={[...base, 'gates']} />
      </FeatureToggle>
      {inherited('gates') && <p className="form-hint">Uses the gate control list of every port.</p>}
      <FeatureToggle
        label="Credit-based shaper (802.1Qav)"
        path={[...base, 'cbs']}
        make={() => ({})}
        info="Each shaped class sends only while it has credit, which grows at its idle slope: a reserved share of the port, and bursts spread out."
      >
        <CbsFields path={[...base, 'cbs']} />
      </FeatureToggle>
      {inherited('cbs') && <p className="form-hint">Uses the credit-based shaper of every port.</p>}
      <FeatureToggle
        label="Frame preemption (802.1Qbu / 802.3br)"
        path={[...base, 'preemption']}
        make={() => ({ express: [7] })}
        info="Express classes interrupt preemptable frames on the wire instead of waiting for them to end."
      >
        <PreemptionFields path={[...base, 'preemption']} />
      </FeatureToggle>
      {inherited('preemption') && <p className="form-hint">Uses the frame preemption of every port.</p>}
      <button
        className="btn small wrap"
        data-testid="inspector-synthesize"
        onClick={() => void startSchedule()}
        title="Compute gate control lists for the time-critical flows of the whole network so each meets its deadline (802.1Qbv, no-wait)"
      >
        Synthesize gate schedules…
      </button>
    </fieldset>
  );
}
