/**
 * Why something has no bound, as people read it: what happened here, and the root cause
 * (a Poisson source, an overloaded port, …) however many hops it travelled, not the chain.
 */
export interface Reason {
  text: string;
  root: string;
}

export function because(text: string): Reason {
  return { text, root: text };
}

/** A consequence of another reason: "<what> (<its root cause>)". */
export function via(what: string, cause: Reason): Reason {
  return { text: `${what} (${cause.root})`, root: cause.root };
}
