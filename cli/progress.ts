/** A progress bar on stderr, drawn only when stderr is a terminal. */
export class ProgressBar {
  private last = -1;
  private readonly started = performance.now();

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true && process.env.CI !== 'true';
  }

  update(done: number, total: number): void {
    if (!this.enabled) return;
    const frac = total > 0 ? Math.min(1, done / total) : 1;
    const pct = Math.floor(frac * 100);
    if (pct === this.last) return;
    this.last = pct;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 40));
    const full = Math.round(frac * width);
    const elapsed = (performance.now() - this.started) / 1000;
    const eta = frac > 0.02 ? ` ${Math.max(0, elapsed / frac - elapsed).toFixed(0)} s left` : '';
    this.stream.write(`\r${this.label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(pct).padStart(3)} %${eta}   `);
  }

  done(): void {
    if (this.enabled && this.last >= 0) this.stream.write('\r\x1b[K');
  }
}
