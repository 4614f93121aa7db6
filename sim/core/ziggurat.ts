/**
 * Standard exponential variates by the ziggurat method (Marsaglia & Tsang, "The Ziggurat
 * Method for Generating Random Variables", J. Stat. Software 5(8), 2000), 256 layers.
 * One 32-bit draw gives the layer (low 8 bits) and the abscissa (high 24 bits, so the two
 * are independent); about 98.9 % of draws return after one multiply, the rest fall back to
 * exact rejection with Math.log / Math.exp. Deterministic: tables are built once from
 * constants of the paper.
 */
const LAYERS = 256;
const M = 2 ** 24;
const k = new Float64Array(LAYERS);
const w = new Float64Array(LAYERS);
const f = new Float64Array(LAYERS);
const R = 7.697117470131487; // right edge of the base layer
{
  const v = 3.949659822581572e-3; // area of each layer
  let de = R;
  let tde = de;
  const q = v / Math.exp(-de);
  k[0] = Math.floor((de / q) * M);
  k[1] = 0;
  w[0] = q / M;
  w[LAYERS - 1] = de / M;
  f[0] = 1;
  f[LAYERS - 1] = Math.exp(-de);
  for (let i = LAYERS - 2; i >= 1; i--) {
    de = -Math.log(v / de + Math.exp(-de));
    k[i + 1] = Math.floor((de / tde) * M);
    tde = de;
    f[i] = Math.exp(-de);
    w[i] = de / M;
  }
}

/** Exp(1) from a source of 32-bit integers and of uniforms on [0, 1). */
export function ziggurat(u32: () => number, uniform: () => number): number {
  let u = u32();
  let i = u & 0xff;
  let j = u >>> 8;
  if (j < k[i]) return j * w[i];
  for (;;) {
    if (i === 0) return R - Math.log(1 - uniform()); // the tail beyond R, by memorylessness
    const x = j * w[i];
    if (f[i] + uniform() * (f[i - 1] - f[i]) < Math.exp(-x)) return x;
    u = u32();
    i = u & 0xff;
    j = u >>> 8;
    if (j < k[i]) return j * w[i];
  }
}
