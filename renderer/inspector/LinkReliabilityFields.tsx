/** What can go wrong on a link: frame loss, intervals when it is down (802.1CB's reason to be), and a mobile station's roaming outages. */
import type { ScenarioJson } from '../../sim/api/index.ts';
import { getIn, setIn, setInPruned } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { applyEdit } from '../state/editActions.ts';
import { FeatureToggle } from './FeatureToggle.tsx';
import { Field } from './Field.tsx';

type Interval = { from: string; to: string };

export function LinkReliabilityFields({ index }: { index: number }) {
  const failures = useApp((s) => s.doc!.scenario.links[index].failures) ?? [];
  const base = ['links', index] as const;
  const path = [...base, 'failures'] as const;
  const setFailures = (label: string, f: (list: Interval[]) => Interval[]) =>
    applyEdit(label, (s: ScenarioJson) => {
      const next = f((getIn(s, path) as Interval[] | undefined) ?? []);
      return next.length ? setIn(s, path, next) : setInPruned(s, path, undefined);
    });
  return (
    <fieldset data-testid="link-reliability">
      <legend>Reliability</legend>
      <Field
        label="Frame loss probability"
        path={[...base, 'loss']}
        kind="number"
        optional
        placeholder="0"
        info="Probability that a frame is lost on this link (bit errors, interference); on Wi-Fi, that a transmission fails and is retried."
      />
      <div className="field">
        <label
          title={
            'Intervals of simulated time during which the link is down: frames arriving ' +
            'then are lost (try 802.1CB replication on the flows that cross it).'
          }
        >
          Down during <span className="info-dot">?</span>
        </label>
        {failures.map((_, k) => (
          <div key={k} className="field-row interval-row" data-testid="failure-row">
            <Field label="from" path={[...path, k, 'from']} kind="quantity" />
            <Field label="to" path={[...path, k, 'to']} kind="quantity" />
            <button
              type="button"
              className="icon-mini"
              title="Remove this interval"
              onClick={() => setFailures('remove a link failure', (l) => l.filter((__, j) => j !== k))}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn small wrap"
          data-testid="add-failure"
          onClick={() => setFailures('add a link failure', (l) => [...l, { from: '1 s', to: '1.2 s' }])}
        >
          + Failure interval
        </button>
      </div>
      <FeatureToggle
        label="Roaming outages (mobile station)"
        path={[...base, 'roaming']}
        make={() => ({ every: '20 s', outage: '50 ms' })}
        info="An AGV roaming between access points: the link goes down for the outage at every hand-over."
      >
        <div className="field-row">
          <Field label="Hand-over every" path={[...base, 'roaming', 'every']} kind="quantity" />
          <Field label="Outage" path={[...base, 'roaming', 'outage']} kind="quantity" />
        </div>
      </FeatureToggle>
    </fieldset>
  );
}
