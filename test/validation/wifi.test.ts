/**
 * Wi-Fi saturation throughput against Bianchi's model (G. Bianchi, "Performance analysis of
 * the IEEE 802.11 distributed coordination function", IEEE JSAC 18(3), 2000), in the form and
 * with the 802.11a parameters of ns-3's reference (src/wifi/examples/reference/Bianchi11a.m:
 * 1500 B payload, 54 Mb/s data, 24 Mb/s ACK, CWmin 15, CWmax 1023, slot 9 us, SIFS 16 us,
 * DIFS 34 us, 20 us PHY header, 4 us symbols, 28 B MAC + 6 B upper-layer headers; collisions
 * followed by EIFS or DIFS). ns-3 accepts its own model when within 1.5 %; so do we.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/api/index.ts';

function bianchi(n: number, dataRate: number, ackRate: number, difs: boolean): number {
  const CWmin = 15;
  const CWmax = 1023;
  const L = 1500 * 8;
  const W = CWmin + 1;
  const m = Math.log2((CWmax + 1) / W);
  const B = 1 / (CWmin + 1);
  const [Tsym, Tphy, SIFS, DIFS, SLOT, delta] = [4e-6, 20e-6, 16e-6, 34e-6, 9e-6, 1e-7];
  const Tdata = Tphy + Tsym * Math.ceil((16 + 28 * 8 + L + 6 * 8 + 6) / (dataRate * Tsym));
  const Tack = Tphy + Tsym * Math.ceil((16 + 14 * 8 + 6) / (ackRate * Tsym));
  const Ts = Tdata + SIFS + Tack + DIFS + (difs ? 0 : delta);
  const Tc = difs ? Tdata + DIFS : Tdata + DIFS + SIFS + Tack + delta;
  // the fixed point of τ = 2 / (1 + W + p W Σ_{i<m} (2p)^i), p = 1 − (1 − τ)^(n−1), by bisection
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 100; k++) {
    const tau = (lo + hi) / 2;
    const p = 1 - (1 - tau) ** (n - 1);
    let ps = 0;
    for (let i = 0; i < m; i++) ps += (2 * p) ** i;
    if (2 / (1 + W + p * W * ps) > tau) lo = tau;
    else hi = tau;
  }
  const tau = (lo + hi) / 2;
  const Ptr = 1 - (1 - tau) ** n;
  const Ps = (n * tau * (1 - tau) ** (n - 1)) / Ptr;
  return (Ps * Ptr * (L / (1 - B))) / ((1 - Ptr) * SLOT + Ptr * Ps * (Ts / (1 - B) + SLOT) + Ptr * (1 - Ps) * Tc);
}

/** n saturated stations sending 1500 B to the access point. A 2-frame queue keeps what is measured (frames emitted in the window) close to what is sent. */
function saturated(n: number, afterCollision: 'eifs' | 'difs') {
  return {
    format: 'netloom.scenario/v1',
    name: `Bianchi, ${n} stations`,
    nodes: [
      { id: 'AP', type: 'wifi-ap', wifi: { standard: '802.11a', edca: false, retryLimit: 64, afterCollision, ackRate: '24 Mb/s' } },
      ...Array.from({ length: n }, (_, i) => ({ id: `STA${i}`, type: 'sensor', nic: { queueLimit: 2 } })),
    ],
    links: Array.from({ length: n }, (_, i) => ({
      from: `STA${i}`,
      to: 'AP',
      rate: '54 Mb/s',
      medium: 'wireless',
      delay: '0 s',
      framing: { overhead: '34 B' },
    })),
    flows: Array.from({ length: n }, (_, i) => ({
      id: `f${i}`,
      from: `STA${i}`,
      to: 'AP',
      size: '1500 B',
      pattern: { type: 'cbr', rate: '20 Mb/s', offset: `${i * 13} us` },
    })),
    simulation: { duration: '20 s', warmup: '1 s', seed: 5, drain: '0 s' },
  };
}

describe('Wi-Fi DCF saturation throughput (802.11a, 54 Mb/s) against Bianchi', () => {
  it.each([
    [5, 'eifs'],
    [10, 'eifs'],
    [20, 'eifs'],
    [50, 'eifs'],
    [10, 'difs'],
    [50, 'difs'],
  ] as const)('%i stations, %s after a collision: within 1.5 percent', (n, after) => {
    const r = runScenario({ scenario: saturated(n, after) });
    const throughput = r.flows.reduce((a, f) => a + f.throughput, 0);
    expect(Math.abs(throughput / bianchi(n, 54e6, 24e6, after === 'difs') - 1)).toBeLessThan(0.015);
  });

  it('EDCA: voice (AIFSN 2, CW 3–7) gets far more of a saturated channel than best effort (AIFSN 3, CW 15–1023)', () => {
    const s = saturated(10, 'eifs');
    (s.nodes[0] as { wifi: Record<string, unknown> }).wifi.edca = true;
    s.flows.forEach((f, i) => Object.assign(f, { priority: i < 5 ? 6 : 0 }));
    const r = runScenario({ scenario: s });
    const voice = r.flows.slice(0, 5).reduce((a, f) => a + f.throughput, 0);
    const best = r.flows.slice(5).reduce((a, f) => a + f.throughput, 0);
    expect(voice / best).toBeGreaterThan(5);
  });
});
