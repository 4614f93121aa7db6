/**
 * One piece of work at a time; a request made meanwhile replaces any other waiting one, which is
 * answered `superseded` at once. A burst of edits costs at most two runs and the last always wins.
 */
export class LatestWins<I, O> {
  private busy = false;
  private waiting: { input: I; resolve: (o: O) => void } | null = null;

  constructor(
    private readonly once: (input: I) => Promise<O>,
    private readonly superseded: O,
  ) {}

  request(input: I): Promise<O> {
    return new Promise((resolve) => {
      this.waiting?.resolve(this.superseded);
      this.waiting = { input, resolve };
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.waiting) {
        const { input, resolve } = this.waiting;
        this.waiting = null;
        resolve(await this.once(input));
      }
    } finally {
      this.busy = false;
    }
  }
}
