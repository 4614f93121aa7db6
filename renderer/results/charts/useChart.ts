/** Runs a d3 draw function into an <svg> whenever its data or size changes. */
import { select, type Selection } from 'd3-selection';
import { useEffect, useRef, useState } from 'react';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Draw = (svg: Svg, width: number, height: number) => void;

export function useChart(draw: Draw, deps: unknown[]) {
  const ref = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = ref.current!;
    const ro = new ResizeObserver(() => {
      const r = el.getBoundingClientRect();
      setSize((s) => (Math.abs(s.w - r.width) > 1 || Math.abs(s.h - r.height) > 1 ? { w: r.width, h: r.height } : s));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's `deps` stand for `draw`, a new closure at each render
  useEffect(() => {
    if (size.w < 20 || size.h < 20) return;
    const svg = select(ref.current!);
    svg.selectAll('*').remove();
    draw(svg, size.w, size.h);
  }, [...deps, size]);
  return ref;
}
