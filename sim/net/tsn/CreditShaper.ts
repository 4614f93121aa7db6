/**
 * 802.1Qav credit-based shaper of one port. A shaped class may start a frame only while its
 * credit is ≥ 0. Credit rises at the idle slope while frames of the class wait (or while it is
 * negative and the queue is empty, up to 0), falls at the send slope (idle slope − port rate)
 * while the class transmits, and a positive credit is dropped to 0 when the queue empties.
 * Credit is kept in bits and advanced lazily to each event's instant.
 */
export type ClassState = 'idle' | 'waiting' | 'sending';

export class CreditShaper {
  /** idle slope per class in bits per picosecond (NaN: not shaped) */
  private readonly slope = new Float64Array(8).fill(NaN);
  private readonly credit = new Float64Array(8);
  private readonly since = new Float64Array(8);
  private readonly rateBitsPerPs: number;

  constructor(idleSlopes: readonly (number | undefined)[], portRateBps: number) {
    idleSlopes.forEach((s, c) => {
      if (s !== undefined) this.slope[c] = s / 1e12;
    });
    this.rateBitsPerPs = portRateBps / 1e12;
  }

  shaped(c: number): boolean {
    return !Number.isNaN(this.slope[c]);
  }

  /** Brings class c's credit to `now`, given what it was doing since the last update. */
  advance(c: number, now: number, state: ClassState): void {
    if (!this.shaped(c)) return;
    const dt = now - this.since[c];
    this.since[c] = now;
    if (dt <= 0) return;
    if (state === 'sending') this.credit[c] += (this.slope[c] - this.rateBitsPerPs) * dt;
    else if (state === 'waiting') this.credit[c] += this.slope[c] * dt;
    else if (this.credit[c] < 0) this.credit[c] = Math.min(0, this.credit[c] + this.slope[c] * dt);
  }

  /** The queue of class c emptied: a positive credit is lost. */
  emptied(c: number): void {
    if (this.credit[c] > 0) this.credit[c] = 0;
  }

  eligible(c: number): boolean {
    return !this.shaped(c) || this.credit[c] >= -1e-9;
  }

  /** When a waiting class c's credit reaches 0 (now if it already has). */
  eligibleAt(c: number, now: number): number {
    if (!this.shaped(c) || this.credit[c] >= -1e-9) return now;
    return now + Math.ceil(-this.credit[c] / this.slope[c]);
  }

  creditBits(c: number): number {
    return this.credit[c];
  }
}
