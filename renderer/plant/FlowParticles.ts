/**
 * Packets in flight, drawn as round points moving along each flow's route (request, then
 * response): one vertex per packet in one draw call. Speed is for the eye, not the simulation:
 * every packet crosses its route in about two seconds. At most MAX packets: past MAX / 3 flows,
 * the flows with the least margin show theirs (on software WebGL each point costs about a
 * microsecond a frame: 20,000 of them were a third of a 10,000-device plant's frame).
 */
import * as THREE from 'three';
import type { PlantData } from './PlantData.ts';
import { toWorld } from './toWorld.ts';

export const MAX = 4000;
const PER_FLOW = 3;
const HEIGHT = 0.6;

interface Track {
  /** cumulative lengths at each point */
  cum: Float32Array;
  pts: Float32Array;
  length: number;
  phase: number;
}

export class FlowParticles {
  readonly mesh: THREE.Points;
  private tracks: Track[] = [];
  private trackOf: Int32Array = new Int32Array(0);
  private positions = new Float32Array(MAX * 3);
  private colors = new Float32Array(MAX * 3);
  count = 0;

  constructor() {
    const geo = new THREE.BufferGeometry();
    geo.setAttribute('position', new THREE.BufferAttribute(this.positions, 3).setUsage(THREE.DynamicDrawUsage));
    geo.setAttribute('color', new THREE.BufferAttribute(this.colors, 3));
    geo.setDrawRange(0, 0);
    const mat = new THREE.PointsMaterial({ size: 0.65, sizeAttenuation: true, vertexColors: true, map: discTexture(), alphaTest: 0.5, toneMapped: false });
    this.mesh = new THREE.Points(geo, mat);
    this.mesh.frustumCulled = false;
  }

  build(d: PlantData, colorOf: (flowId: string) => string): void {
    this.tracks = [];
    const trackOf: number[] = [];
    const c = new THREE.Color();
    const focus = d.selection.flow;
    let i = 0;
    for (const f of focus ? d.scenario.flows.filter((x) => x.id === focus) : shown(d)) {
      const route = d.routes.get(f.id);
      if (!route || route.hops.length === 0) continue;
      const pts: number[] = [];
      const cum: number[] = [];
      let len = 0;
      for (const [a, b] of route.hops) {
        const pa = d.positions.get(a);
        const pb = d.positions.get(b);
        if (!pa || !pb) continue;
        const wa = toWorld(pa);
        const wb = toWorld(pb);
        if (pts.length === 0) {
          pts.push(wa.x, HEIGHT, wa.z);
          cum.push(0);
        }
        len += Math.hypot(wb.x - wa.x, wb.z - wa.z);
        pts.push(wb.x, HEIGHT, wb.z);
        cum.push(len);
      }
      if (len === 0) continue;
      const perFlow = focus ? 8 : PER_FLOW;
      const t = this.tracks.length;
      this.tracks.push({ cum: Float32Array.from(cum), pts: Float32Array.from(pts), length: len, phase: (hash(f.id) % 1000) / 1000 });
      c.set(colorOf(f.id));
      for (let k = 0; k < perFlow && i < MAX; k++, i++) {
        trackOf.push(t * 16 + k * (16 / perFlow));
        this.colors.set([c.r, c.g, c.b], i * 3);
      }
    }
    this.trackOf = Int32Array.from(trackOf);
    this.count = i;
    this.mesh.geometry.setDrawRange(0, i);
    this.mesh.geometry.getAttribute('color').needsUpdate = true;
    this.step(performance.now() / 1000);
  }

  step(seconds: number): void {
    const out = this.positions;
    for (let i = 0; i < this.count; i++) {
      const code = this.trackOf[i];
      const tr = this.tracks[code >> 4];
      const frac = (seconds / 2 + tr.phase + (code & 15) / 16) % 1;
      const s = frac * tr.length;
      let k = 1;
      while (k < tr.cum.length - 1 && tr.cum[k] < s) k++;
      const seg = tr.cum[k] - tr.cum[k - 1] || 1;
      const u = (s - tr.cum[k - 1]) / seg;
      const p = tr.pts;
      const x = p[(k - 1) * 3] + (p[k * 3] - p[(k - 1) * 3]) * u;
      const z = p[(k - 1) * 3 + 2] + (p[k * 3 + 2] - p[(k - 1) * 3 + 2]) * u;
      out[i * 3] = x;
      out[i * 3 + 1] = HEIGHT;
      out[i * 3 + 2] = z;
    }
    const attr = this.mesh.geometry.getAttribute('position') as THREE.BufferAttribute;
    attr.clearUpdateRanges();
    attr.addUpdateRange(0, this.count * 3);
    attr.needsUpdate = true;
  }
}

/** The flows whose packets show: all, or past MAX / PER_FLOW of them the least margin first (no margin: last). */
export function shown(d: Pick<PlantData, 'scenario' | 'routes' | 'margins'>): { id: string }[] {
  const routed = d.scenario.flows.filter((f) => (d.routes.get(f.id)?.hops.length ?? 0) > 0);
  const most = Math.floor(MAX / PER_FLOW);
  if (routed.length <= most) return routed;
  const m = (id: string) => d.margins?.get(id) ?? Number.POSITIVE_INFINITY;
  return [...routed].sort((a, b) => m(a.id) - m(b.id)).slice(0, most);
}

/** A round sprite for the points (white disc; the vertex colour tints it). */
function discTexture(): THREE.Texture {
  const c = document.createElement('canvas');
  c.width = c.height = 64;
  const g = c.getContext('2d')!;
  g.fillStyle = '#fff';
  g.beginPath();
  g.arc(32, 32, 30, 0, Math.PI * 2);
  g.fill();
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = THREE.SRGBColorSpace;
  return t;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
