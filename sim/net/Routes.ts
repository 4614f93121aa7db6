/** Routes as one flat array of port indices: route r is ports[start[r] .. start[r] + length[r]). */
import { minOf } from '../core/extrema.ts';
export class Routes {
  readonly ports: Int32Array;
  readonly start: Int32Array;
  readonly length: Int32Array;
  /** smallest MTU along each route (packets above it are fragmented at the source) */
  readonly mtu: Float64Array;

  constructor(routes: readonly (readonly number[])[], portMtu: (port: number) => number) {
    const total = routes.reduce((a, r) => a + r.length, 0);
    this.ports = new Int32Array(total);
    this.start = new Int32Array(routes.length);
    this.length = new Int32Array(routes.length);
    this.mtu = new Float64Array(routes.length);
    let k = 0;
    routes.forEach((r, i) => {
      this.start[i] = k;
      this.length[i] = r.length;
      this.mtu[i] = r.length > 0 ? minOf(r.map(portMtu)) : Infinity;
      for (const p of r) this.ports[k++] = p;
    });
  }
}
