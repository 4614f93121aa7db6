/**
 * A Wi-Fi access point's BSS (802.11 timing, EDCA or DCF, retries) with the stations that share
 * its channel, and a private 5G cell (profile, numerology, capacities, grant, BLER and HARQ,
 * core latency) with the profile's defaults as placeholders.
 */
import { useApp } from '../state/appStore.ts';
import { Field } from './Field.tsx';
import { SelectField } from './SelectField.tsx';
import { CELL_PROFILES, formatRate, formatTime } from '../../sim/api/index.ts';

const onOff = { format: (v: unknown) => (v === true ? 'on' : v === false ? 'off' : ''), parse: (o: string) => o === 'on' };

export function WifiFields({ index }: { index: number }) {
  const id = useApp((s) => s.doc!.scenario.nodes[index].id);
  const links = useApp((s) => s.doc!.scenario.links);
  const stations = links.filter((l) => l.medium === 'wireless' && (l.from === id || l.to === id)).map((l) => (l.from === id ? l.to : l.from));
  const base = ['nodes', index, 'wifi'] as const;
  return (
    <fieldset data-testid="wifi-fieldset">
      <legend>Wi-Fi BSS</legend>
      <p className="form-hint" data-testid="wifi-stations">
        {stations.length > 0
          ? `Stations sharing its channel: ${stations.join(', ')} (the devices on its wireless links).`
          : 'No stations yet: connect devices to it and set their links’ medium to wireless.'}
      </p>
      <SelectField
        label="Standard"
        path={[...base, 'standard']}
        options={[
          ['802.11ax', '802.11ax (Wi-Fi 6/7 timing)'],
          ['802.11a', '802.11a (Bianchi’s setting)'],
        ]}
        emptyLabel="802.11ax (default)"
        prune
        info="PHY timing: preamble and symbol length."
      />
      <SelectField
        label="Channel access"
        path={[...base, 'edca']}
        options={[
          ['on', 'EDCA: 4 access categories by PCP'],
          ['off', 'DCF: one queue'],
        ]}
        emptyLabel="EDCA (default)"
        prune
        {...onOff}
        info="EDCA maps PCP 1–2 to background, 0 and 3 to best effort, 4–5 to video, 6–7 to voice; each category contends with its own window and AIFS."
      />
      <div className="field-row">
        <Field
          label="Retry limit"
          path={[...base, 'retryLimit']}
          kind="integer"
          optional
          prune
          placeholder="7"
          info="Retransmissions before a frame is dropped."
        />
        <Field
          label="ACK rate"
          path={[...base, 'ackRate']}
          kind="quantity"
          optional
          prune
          placeholder="24 Mb/s"
          info="Rate of the acknowledgements (control frames)."
        />
      </div>
      <SelectField
        label="After a collision"
        path={[...base, 'afterCollision']}
        options={[
          ['eifs', 'wait EIFS'],
          ['difs', 'wait DIFS'],
        ]}
        emptyLabel="EIFS (default)"
        prune
      />
    </fieldset>
  );
}

export function CellFields({ index }: { index: number }) {
  const profile = useApp((s) => s.doc!.scenario.nodes[index].cell?.profile) ?? 'embb';
  const d = CELL_PROFILES[profile];
  const base = ['nodes', index, 'cell'] as const;
  const slot = (mu: number) => `μ = ${mu}: ${formatTime(1e-3 / 2 ** mu)} slots`;
  return (
    <fieldset data-testid="cell-fieldset">
      <legend>Private 5G cell</legend>
      <SelectField
        label="Profile"
        path={[...base, 'profile']}
        options={[
          ['urllc', 'URLLC (low latency, reliable)'],
          ['embb', 'eMBB (broadband)'],
        ]}
        emptyLabel="eMBB (default)"
        prune
        info="Defaults for the fields below (shown greyed)."
      />
      <SelectField
        label="Numerology"
        path={[...base, 'numerology']}
        options={[0, 1, 2, 3, 4].map((mu) => [String(mu), slot(mu)] as [string, string])}
        emptyLabel={`profile default (${slot(d.numerology)})`}
        prune
        format={(v) => (typeof v === 'number' ? String(v) : '')}
        parse={Number}
        info="3GPP numerology μ: slot = 1 ms / 2^μ; shorter slots, shorter scheduling delays."
      />
      <div className="field-row">
        <Field
          label="Uplink"
          path={[...base, 'uplink']}
          kind="quantity"
          optional
          prune
          placeholder={formatRate(d.uplinkBps)}
          info="Uplink capacity, shared by the cell's devices."
        />
        <Field
          label="Downlink"
          path={[...base, 'downlink']}
          kind="quantity"
          optional
          prune
          placeholder={formatRate(d.downlinkBps)}
          info="Downlink capacity, shared by the cell's devices."
        />
      </div>
      <SelectField
        label="Uplink grant"
        path={[...base, 'grant']}
        options={[
          ['configured', 'configured grant (every slot)'],
          ['dynamic', 'dynamic (request, then grant)'],
        ]}
        emptyLabel={`profile default (${d.grant})`}
        prune
      />
      <div className="field-row">
        <Field
          label="BLER"
          path={[...base, 'bler']}
          kind="number"
          optional
          prune
          placeholder={String(d.bler)}
          info="Block error rate of one transmission; HARQ retransmits failed blocks."
        />
        <Field
          label="HARQ transmissions"
          path={[...base, 'maxTransmissions']}
          kind="integer"
          optional
          prune
          placeholder={String(d.maxTransmissions)}
          info="Transmissions before a packet is lost (loss = BLER to this power)."
        />
      </div>
      <Field
        label="Core latency"
        path={[...base, 'core']}
        kind="quantity"
        optional
        prune
        placeholder={formatTime(d.corePs / 1e12)}
        info="User-plane core (UPF) latency added to every packet."
      />
    </fieldset>
  );
}
