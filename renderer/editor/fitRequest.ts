/** A request that the topology fit the whole plant in view at its next update (Auto layout moved everything). */
let wanted = false;

export function requestFit(): void {
  wanted = true;
}

export function takeFitRequest(): boolean {
  const was = wanted;
  wanted = false;
  return was;
}
