/** Inspector for one flow: ends, size, priority, traffic pattern, requirement; its verdict after a run. */
import { AC_OF_PCP, formatPercent, type ScenarioJson } from '../../sim/api/index.ts';
import { formatCriterion } from '../format/formatCriterion.ts';
import { asText } from '../format/asText.ts';
import { formatRoute, scenarioFlowEnds } from '../format/formatRoute.ts';
import { drawableScenario } from '../model/drawableScenario.ts';
import { setIn } from '../model/setIn.ts';
import { FlowBoundBox } from '../results/bounds/FlowBoundBox.tsx';
import { METRIC_INFO } from '../results/metricInfo.ts';
import { useApp } from '../state/appStore.ts';
import { deleteFlow } from '../state/editActions.ts';
import { Field } from './Field.tsx';
import { FrerFields } from './FrerFields.tsx';
import { SelectField } from './SelectField.tsx';
import { WaitBreakdown } from './WaitBreakdown.tsx';
import { PipelineBreakdown } from './PipelineBreakdown.tsx';

const PATTERN_DEFAULTS: Record<string, object> = {
  periodic: { type: 'periodic', period: '1 ms' },
  cbr: { type: 'cbr', rate: '10 Mb/s' },
  poisson: { type: 'poisson', rate: '10 Mb/s' },
  burst: { type: 'burst', fps: 30, frame: '500 kB' },
  onoff: { type: 'onoff', rate: '100 Mb/s', on: { dist: 'exponential', mean: '100 ms' }, off: { dist: 'exponential', mean: '400 ms' } },
};

const PATTERN_FIELDS: Record<string, [string, string, 'quantity' | 'number' | 'integer', string][]> = {
  periodic: [
    ['period', 'Period', 'quantity', 'Time between packets.'],
    ['offset', 'Offset', 'quantity', 'First send time.'],
  ],
  cbr: [
    ['rate', 'Rate', 'quantity', 'Constant bit rate of packets of this size.'],
    ['offset', 'Offset', 'quantity', 'First send time.'],
  ],
  poisson: [
    ['rate', 'Mean rate', 'quantity', 'Mean bit rate; gaps are exponential.'],
    ['interval', 'Mean interval', 'quantity', 'Or the mean time between packets.'],
  ],
  burst: [
    ['fps', 'Bursts per second', 'number', 'Video frames per second.'],
    ['period', 'Period', 'quantity', 'Or the time between bursts.'],
    ['frame', 'Burst size', 'quantity', 'Bytes per burst, split into packets.'],
    ['count', 'Packets per burst', 'integer', 'Or the number of packets.'],
    ['spacing', 'Spacing', 'quantity', 'Gap between the packets of a burst.'],
  ],
  onoff: [['rate', 'Rate while on', 'quantity', 'Bit rate during an on period.']],
  trace: [],
};

export function FlowForm({ index }: { index: number }) {
  const flow = useApp((s) => s.doc!.scenario.flows[index]);
  const nodeIds = drawableScenario(useApp((s) => s.doc!.scenario)).nodes.map((n) => n.id);
  const result = useApp((s) => s.lastReport?.report.flows.find((f) => f.id === flow?.id));
  const wifi = useApp((s) => s.doc!.scenario.nodes.some((n) => n.type === 'wifi-ap'));
  if (!flow) return null;
  const base = ['flows', index] as const;
  const type = flow.pattern?.type;
  return (
    <div className="form" data-testid="flow-form">
      <header className="form-head">
        <span className={`chip big verdict-${result?.verdict ?? 'none'}`}>⇢</span>
        <div>
          <div className="form-title">{flow.id}</div>
          <div className="form-sub">
            {formatRoute(scenarioFlowEnds(flow))} · {asText(flow.application ?? 'flow')}
            {flow.protocol && ` · ${flow.protocol}`}
          </div>
        </div>
      </header>
      {result && result.verdict !== 'none' && (
        <div className={`verdict-box ${result.verdict}`} title={METRIC_INFO.margin}>
          <strong>{result.verdict === 'pass' ? 'Meets its requirement' : 'Violates its requirement'}</strong>
          <span>
            margin {formatPercent(result.margin)} · worst: {result.worst}
          </span>
          <ul>
            {result.criteria.map((c) => (
              <li key={c.name} className={c.pass ? 'ok' : 'bad'} title={METRIC_INFO[c.name]}>
                {c.name}: {formatCriterion(c.name, c.measured)} {c.name === 'throughput' ? '≥' : '≤'} {formatCriterion(c.name, c.required)} {c.pass ? '✓' : '✗'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FlowBoundBox flow={flow.id} />
      {result?.attribution && <WaitBreakdown attribution={result.attribution} />}
      {flow.pipeline && <PipelineBreakdown stages={flow.pipeline} result={result?.pipeline} />}
      <Field label="Id" path={[...base, 'id']} />
      <div className="field-row">
        <SelectField label="From" path={[...base, 'from']} options={nodeIds} />
        <SelectField label="To" path={[...base, 'to']} options={nodeIds} />
      </div>
      <Field label="Packet size" path={[...base, 'size']} kind="quantity" info="The IP packet handed to the link layer, headers included." />
      <Field
        label="Priority (PCP 0–7)"
        path={[...base, 'priority']}
        kind="integer"
        optional
        placeholder="untagged"
        info="802.1Q priority; switches serve higher priorities first."
        note={wifi ? accessCategory(flow.priority) : undefined}
      />
      <Field label="Application" path={[...base, 'application']} optional placeholder="what it carries" />
      <fieldset>
        <legend>Traffic</legend>
        <SelectField
          label="Pattern"
          path={[...base, 'pattern', 'type']}
          options={[
            ['periodic', 'periodic'],
            ['cbr', 'constant bit rate'],
            ['poisson', 'Poisson'],
            ['burst', 'bursts (video frames)'],
            ['onoff', 'on/off'],
            ['trace', 'trace'],
          ]}
          commit={(s: ScenarioJson, v) => (v && PATTERN_DEFAULTS[v] ? setIn(s, [...base, 'pattern'], PATTERN_DEFAULTS[v]) : s)}
        />
        {(PATTERN_FIELDS[type] ?? []).map(([k, label, kind, info]) => (
          <Field key={`${type}-${k}`} label={label} path={[...base, 'pattern', k]} kind={kind} optional info={info} />
        ))}
      </fieldset>
      <fieldset>
        <legend>Redundancy</legend>
        <FrerFields index={index} />
      </fieldset>
      <fieldset>
        <legend>Requirement</legend>
        <Field
          label="Latency bound"
          path={[...base, 'requirement', 'latency']}
          kind="quantity"
          optional
          placeholder="none"
          info={METRIC_INFO.latency}
          testId="req-latency"
        />
        <Field
          label="at percentile"
          path={[...base, 'requirement', 'percentile']}
          kind="number"
          optional
          placeholder="100 (the maximum)"
          info="Which percentile the latency bound applies to."
        />
        <Field label="Jitter bound" path={[...base, 'requirement', 'jitter']} kind="quantity" optional placeholder="none" info={METRIC_INFO.jitter} />
        <Field label="Max loss (fraction)" path={[...base, 'requirement', 'loss']} kind="number" optional placeholder="none" info={METRIC_INFO.loss} />
        <Field label="Min throughput" path={[...base, 'requirement', 'throughput']} kind="quantity" optional placeholder="none" info={METRIC_INFO.throughput} />
      </fieldset>
      <button className="btn danger ghost" onClick={() => deleteFlow(flow.id)}>
        Delete flow
      </button>
    </div>
  );
}

const AC_NAMES = ['background (AC_BK)', 'best effort (AC_BE)', 'video (AC_VI)', 'voice (AC_VO)'];

/** The Wi-Fi access category EDCA gives the flow's frames (802.11-2020 Table 10-1). */
function accessCategory(priority: number | undefined): string {
  return `on Wi-Fi: ${AC_NAMES[AC_OF_PCP[priority ?? 0]]}${priority === undefined ? ', untagged' : ''}`;
}
