/** Shift+drag on the topology's background draws a selection rectangle; on release, `onRect` gets it in plan coordinates. */
import type { Selection } from 'd3-selection';
import type { ZoomTransform } from 'd3-zoom';

export function installMarquee(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  marquee: Selection<SVGRectElement, unknown, null, undefined>,
  transform: () => ZoomTransform,
  onRect: (x0: number, x1: number, y0: number, y1: number) => void,
): void {
  let start: [number, number] | null = null;
  const at = (e: PointerEvent): [number, number] => {
    const r = svg.node()!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  svg.on('pointerdown.marquee', (e: PointerEvent) => {
    if (!e.shiftKey || (e.target as Element).closest('.node')) return;
    start = at(e);
    svg.node()!.setPointerCapture(e.pointerId);
  });
  svg.on('pointermove.marquee', (e: PointerEvent) => {
    if (!start) return;
    const [x, y] = at(e);
    marquee
      .style('display', null)
      .attr('x', Math.min(x, start[0]))
      .attr('y', Math.min(y, start[1]))
      .attr('width', Math.abs(x - start[0]))
      .attr('height', Math.abs(y - start[1]));
  });
  svg.on('pointerup.marquee', (e: PointerEvent) => {
    if (!start) return;
    const a = transform().invert(start);
    const b = transform().invert(at(e));
    start = null;
    marquee.style('display', 'none');
    onRect(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
  });
}
