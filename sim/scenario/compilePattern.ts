/** A flow's traffic pattern compiled, with the checks that it can be sent at all on its first link. */
import { psFromSeconds } from '../core/SimTime.ts';
import { distMax, distMean, type Dist } from './fields.ts';
import type { LinkModel, PatternModel } from './model.ts';
import type { ParsedFlow } from './schema.ts';
import { messagesPerSecond, messageWireBytes } from './wireLoad.ts';
import type { CompiledTrace } from './compileTrace.ts';
import { fmtCount, fmtRate, fmtTime } from './formatLimits.ts';

export function patternModel(
  f: ParsedFlow,
  size: Dist,
  trace: CompiledTrace | undefined,
  at: string,
  err: (p: string, m: string) => void,
  firstLink: LinkModel,
  mtu: number,
  tagged: boolean,
  [startS, stopS]: [number, number],
): PatternModel | undefined {
  const p = f.pattern;
  const meanSize = distMean(size);
  const maxSize = distMax(size);
  // a deterministic source's packets are checked one by one (largest size); others on average
  // (the mean size: framing is convex in the size, so this under-estimates, never refuses wrongly)
  const checkedSize = Number.isFinite(maxSize) ? maxSize : meanSize;
  const wire = (size: number) => messageWireBytes(size, mtu, firstLink.framing, tagged);
  const sendS = (size: number) => (wire(size) * 8) / firstLink.rateBps;
  const link = `${f.from}'s link`;
  const tooFast = (path: string, gapS: number, what: string) => {
    if (gapS < sendS(checkedSize))
      err(
        path,
        `${what} ${fmtTime(gapS)} is shorter than sending one ${Math.round(checkedSize)} B ` +
          `packet on ${link} (${fmtTime(sendS(checkedSize))} at ${fmtRate(firstLink.rateBps)})`,
      );
  };
  /** a rate-driven source: its payload rate, then its rate on the wire, against the link */
  const tooMuch = (path: string, payloadBps: number, messagesPerS: number, size: number) => {
    const onWire = messagesPerS * wire(size) * 8;
    if (payloadBps > firstLink.rateBps) err(path, `${fmtRate(payloadBps)} is more than ${link} carries (${fmtRate(firstLink.rateBps)})`);
    else if (onWire > firstLink.rateBps)
      err(
        path,
        `${fmtRate(payloadBps)} of ${Math.round(size)} B packets is ${fmtRate(onWire)} on ` +
          `the wire with its framing, more than ${link} carries (${fmtRate(firstLink.rateBps)})`,
      );
  };
  /** a gap between messages that rounds to 0 ps would stop simulated time */
  const tooShort = (path: string, gapPs: number, what: string) => {
    if (!(gapPs >= 0.5)) err(path, `${what} gives one packet every ${+gapPs.toPrecision(3)} ps: shorter than 1 ps, the simulation's time step`);
    return !(gapPs >= 0.5);
  };
  switch (p.type) {
    case 'periodic':
      tooFast(`${at}.period`, p.period, 'the period');
      return { type: 'periodic', periodPs: psFromSeconds(p.period), offsetPs: psFromSeconds(p.offset ?? 0) };
    case 'cbr': {
      const intervalPs = (meanSize * 8 * 1e12) / p.rate;
      if (!tooShort(`${at}.rate`, intervalPs, `${fmtRate(p.rate)} of ${Math.round(meanSize)} B packets`))
        tooMuch(`${at}.rate`, p.rate, p.rate / (meanSize * 8), meanSize);
      return { type: 'cbr', intervalPs, offsetPs: psFromSeconds(p.offset ?? 0) };
    }
    case 'poisson': {
      if ((p.rate === undefined) === (p.interval === undefined)) return void err(at, 'give the Poisson source either "rate" or "interval"');
      const meanPs = p.interval !== undefined ? p.interval * 1e12 : (meanSize * 8 * 1e12) / p.rate!;
      let reproduce: { seed: number; resolutionPs: number; meanSteps: number } | undefined;
      if (p.reproduce) {
        const resolutionPs = psFromSeconds(p.reproduce.resolution ?? 1e-12);
        if (resolutionPs < 1) err(`${at}.reproduce.resolution`, 'expected a resolution of at least 1 ps');
        // the mean gap in resolution steps, as one correctly rounded division (as a C++ source computes it)
        const meanSteps = p.rate !== undefined ? (meanSize * 8 * (1e12 / resolutionPs)) / p.rate : psFromSeconds(p.interval!) / resolutionPs;
        reproduce = { seed: p.reproduce.seed, resolutionPs, meanSteps };
      }
      const path = p.rate !== undefined ? `${at}.rate` : `${at}.interval`;
      const gapPs = reproduce ? reproduce.meanSteps * reproduce.resolutionPs : meanPs;
      if (!tooShort(path, gapPs, 'this Poisson source')) tooMuch(path, (meanSize * 8e12) / gapPs, 1e12 / gapPs, meanSize);
      return { type: 'poisson', meanIntervalPs: meanPs, reproduce };
    }
    case 'burst': {
      if ((p.period === undefined) === (p.fps === undefined)) return void err(at, 'give the burst source either "period" or "fps"');
      if ((p.count === undefined) === (p.frame === undefined)) return void err(at, 'give the burst source either "count" (packets) or "frame" (bytes)');
      const period = p.period ?? 1 / p.fps!;
      const count = p.count ?? Math.ceil(p.frame! / meanSize);
      const lastSize = p.frame !== undefined ? p.frame - (count - 1) * meanSize : meanSize;
      const periodPs = psFromSeconds(period);
      if (periodPs < 1)
        return void err(
          p.fps !== undefined ? `${at}.fps` : `${at}.period`,
          `a burst every ${+(period * 1e12).toPrecision(3)} ps is more often than the simulation's 1 ps time step`,
        );
      if ((count - 1) * (p.spacing ?? 0) >= period)
        err(`${at}.spacing`, `a burst of ${count} packets ${fmtTime(p.spacing ?? 0)} apart does not fit in the ${fmtTime(period)} period`);
      const burstS = (count - 1) * sendS(checkedSize) + sendS(lastSize);
      if (burstS > period)
        err(
          p.frame !== undefined ? `${at}.frame` : `${at}.count`,
          `a burst of ${count} packets takes ${fmtTime(burstS)} to send on ${link} (at ` +
            `${fmtRate(firstLink.rateBps)}), longer than its period ${fmtTime(period)}`,
        );
      return {
        type: 'burst',
        periodPs: psFromSeconds(period),
        offsetPs: psFromSeconds(p.offset ?? 0),
        count,
        lastSize,
        spacingPs: psFromSeconds(p.spacing ?? 0),
      };
    }
    case 'onoff': {
      const model: PatternModel = { type: 'onoff', intervalPs: (meanSize * 8 * 1e12) / p.rate, on: p.on, off: p.off };
      if (tooShort(`${at}.rate`, model.intervalPs, `${fmtRate(p.rate)} of ${Math.round(meanSize)} B packets`)) return model;
      tooMuch(`${at}.rate`, p.rate, p.rate / (meanSize * 8), meanSize);
      // every on period starts with a packet, however short it is
      const perS = messagesPerSecond(model);
      if (perS * wire(meanSize) * 8 > firstLink.rateBps)
        err(
          `${at}.on`,
          `on periods of ${fmtTime(distMean(p.on))} and off periods of ${fmtTime(distMean(p.off))} start ` +
            `${fmtCount(perS)} packets/s (each on period starts with one): ` +
            `${fmtRate(perS * wire(meanSize) * 8)} on the wire, more than ${link} carries (${fmtRate(firstLink.rateBps)})`,
        );
      return model;
    }
    case 'trace': {
      if (!trace) return undefined;
      // the packets sent in [start, stop) must fit on the link between the first of them and stop
      let busyS = 0;
      let firstS = Infinity;
      trace.timesPs.forEach((t, k) => {
        if (t < startS * 1e12 || t >= stopS * 1e12) return;
        firstS = Math.min(firstS, t / 1e12);
        busyS += sendS(trace.sizes ? trace.sizes[k] : checkedSize);
      });
      if (firstS < Infinity && busyS > stopS - firstS + sendS(checkedSize))
        err(
          p.file !== undefined ? `${at}.file` : `${at}.times`,
          `the trace's packets take ${fmtTime(busyS)} to send on ${link} (at ${fmtRate(firstLink.rateBps)}), ` +
            `more than the ${fmtTime(stopS - firstS)} from the first of them to the end of the run`,
        );
      return trace.sizes ? { type: 'trace', timesPs: trace.timesPs, sizes: trace.sizes } : { type: 'trace', timesPs: trace.timesPs };
    }
  }
}
