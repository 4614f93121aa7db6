/** For the unit tests (Node has no Web Workers): a Worker's events and terminate(), driven by the test. */
export class FakeWorker extends EventTarget {
  terminated = false;

  terminate(): void {
    this.terminated = true;
  }

  /** What the browser does when the worker's script fails to load or an error escapes it. */
  emitError(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }

  /** What the browser does when a message from the worker cannot be deserialized. */
  emitMessageError(): void {
    this.dispatchEvent(new Event('messageerror'));
  }

  /** A message from the worker (comlink's answers): it has started. */
  emitMessage(): void {
    this.dispatchEvent(new Event('message'));
  }

  asWorker(): Worker {
    return this as unknown as Worker;
  }
}
