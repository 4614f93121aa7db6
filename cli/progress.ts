/** A progress bar on stderr with an estimate of the time left, drawn only when stderr is a terminal. */
export class ProgressBar {
  private lastPct = -1;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  get enabled(): boolean {
    return this.stream.isTTY === true && process.env.CI !== 'true';
  }

  /** `done` of `total` units; `note` is shown after the bar (e.g. the events so far). Redraws once per percent or second. */
  update(done: number, total: number, note = ''): void {
    if (!this.enabled) return;
    const frac = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
    const pct = Math.floor(frac * 100);
    const t = this.now();
    if (pct === this.lastPct && t - this.lastDraw < 1000) return;
    this.lastPct = pct;
    this.lastDraw = t;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const full = Math.round(frac * width);
    const elapsed = (t - this.started) / 1000;
    const eta = frac > 0 && elapsed >= 1 ? `ETA ${duration((elapsed * (1 - frac)) / frac)}` : 'ETA …';
    this.stream.write(`\r${this.label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(pct).padStart(3)} %  ${eta}${note ? `  ${note}` : ''}\x1b[K`);
  }

  done(): void {
    if (this.enabled && this.lastPct >= 0) this.stream.write('\r\x1b[K');
  }
}

/** Seconds as "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h". */
export function duration(s: number): string {
  if (s < 60) return `${Math.ceil(s)} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86400)} d ${Math.round((s % 86400) / 3600)} h`;
}
