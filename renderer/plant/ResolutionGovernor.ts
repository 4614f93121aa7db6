/**
 * Adaptive resolution, as 3D engines do it: while the camera moves and frames come slower than
 * `slowMs` apart, draw at a lower fraction of the full pixel ratio (down to `min`); when they come
 * faster than `fastMs`, go back up; once the camera has rested `restMs`, draw once more at full
 * resolution. Frame intervals are smoothed over a few frames, and each change waits `settle` frames
 * to see its effect. Pure: the caller passes the frame's time.
 */
export interface GovernorOptions {
  slowMs: number;
  fastMs: number;
  min: number;
  step: number;
  restMs: number;
  settle: number;
}

/** 30 fps wanted: below about 28 fps lower the scale, above 50 fps raise it. */
export const GOVERNOR: GovernorOptions = { slowMs: 36, fastMs: 20, min: 0.4, step: 0.8, restMs: 250, settle: 3 };

export class ResolutionGovernor {
  /** fraction of the full pixel ratio to draw at */
  scale = 1;
  private last = Number.NaN;
  private lastMove = Number.NEGATIVE_INFINITY;
  private avg = Number.NaN;
  private since = 0;

  constructor(private readonly o: GovernorOptions = GOVERNOR) {}

  /** A fixed scale while moving instead of the governed one (the benchmark's comparisons); null: governed. */
  fixed: number | null = null;

  /** A frame drawn at `now` (ms) while the camera moves: returns the scale for the next frame. */
  moved(now: number): number {
    if (this.fixed !== null) {
      this.lastMove = now;
      return (this.scale = this.fixed);
    }
    const dt = now - this.last;
    this.last = now;
    const resting = now - this.lastMove > this.o.restMs;
    this.lastMove = now;
    if (resting || !(dt > 0)) return this.scale; // the first frame of a move: no interval yet
    this.avg = Number.isNaN(this.avg) ? dt : 0.6 * this.avg + 0.4 * dt;
    if (++this.since < this.o.settle) return this.scale;
    if (this.avg > this.o.slowMs && this.scale > this.o.min) this.change(Math.max(this.o.min, this.scale * this.o.step));
    else if (this.avg < this.o.fastMs && this.scale < 1) this.change(Math.min(1, this.scale / this.o.step));
    return this.scale;
  }

  /** Called on frames without movement: true once, when the camera has rested long enough to draw at full resolution again. */
  rested(now: number): boolean {
    if (this.scale === 1 || now - this.lastMove < this.o.restMs) return false;
    this.scale = 1;
    this.avg = Number.NaN;
    this.since = 0;
    return true;
  }

  private change(scale: number): void {
    this.scale = scale;
    this.since = 0;
  }
}
