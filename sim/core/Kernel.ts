/**
 * The discrete-event kernel: the event queue, the table of event kinds and their handlers, and
 * the loop that runs them. Components register the kinds they schedule when they are built and
 * get each its number from the kernel; no kind is numbered by hand, and a name registered twice
 * is an error then and there (two components claiming one kind, or one built twice on a kernel).
 *
 * An event is (time, kind, a, b): two integers of payload, held in the heap itself, so that
 * scheduling and running one allocates nothing. Components schedule with the queue's `push`
 * (or reserve a sequence number now and `pushWithSeq` later). A handler reads the time of its
 * event from `now` and its sequence number from `seq`.
 *
 * Times are read from the kernel, not passed from call to call: a picosecond count past 2^30
 * does not fit V8's small integers, and crossing a call the JIT does not inline, as an argument
 * or a return value, it is boxed in a fresh heap number: garbage per event.
 */
import { EventQueue } from './EventQueue.ts';
import type { Ps } from './SimTime.ts';

/** An event kind, handed out by Kernel.register. */
export type EventKind = number & { readonly __kind: 'event' };
/** Runs one event of a kind, given its two integers of payload (its time is the kernel's `now`). */
export type EventHandler = (a: number, b: number) => void;

/** kinds fit the heap's byte per event */
const MAX_KINDS = 256;
const none: EventHandler = () => {};

export class Kernel extends EventQueue {
  private readonly handlers: EventHandler[] = [];
  private readonly names: string[] = [];

  /** A new event kind whose events `handler` runs. `name` says whose it is ("tsn:wake"); each is registered once. */
  register(name: string, handler: EventHandler): EventKind {
    if (this.names.includes(name)) throw new Error(`event kind "${name}" is registered twice: two components claim it, or one was built twice on one kernel`);
    if (this.names.length === MAX_KINDS) throw new Error(`event kind "${name}": a kernel holds at most ${MAX_KINDS} kinds`);
    this.names.push(name);
    this.handlers.push(handler);
    return (this.handlers.length - 1) as EventKind;
  }

  /** Names of the registered kinds, by number. */
  get kinds(): readonly string[] {
    return this.names;
  }

  /** Time of the event being run (of the last one after a run; 0 before the first). */
  get now(): Ps {
    return this.time as Ps;
  }

  /**
   * Runs events in order until none is left at or before `end`. Every `every` events it calls
   * `tick` (which may stop the run by throwing). Returns the number of events run.
   *
   * The first kinds registered (the engine's hottest) each get a call site of their own: one
   * shared call site would see every handler and be megamorphic, and the JIT could inline none.
   */
  run(end: Ps, every: number, tick: (events: number, now: Ps) => void): number {
    const handlers = this.handlers;
    const [h0 = none, h1 = none, h2 = none, h3 = none] = handlers;
    let events = 0;
    let next = every;
    while (this.length > 0 && this.peekTime() <= end) {
      this.pop();
      switch (this.kind) {
        case 0:
          h0(this.a, this.b);
          break;
        case 1:
          h1(this.a, this.b);
          break;
        case 2:
          h2(this.a, this.b);
          break;
        case 3:
          h3(this.a, this.b);
          break;
        default:
          handlers[this.kind](this.a, this.b);
      }
      if (++events === next) {
        next += every;
        tick(events, this.time as Ps);
      }
    }
    return events;
  }
}
