/** Device types dropped from the palette onto the topology: `onDrop` gets the type and the point under the cursor, in plan coordinates. */
import type { ZoomTransform } from 'd3-zoom';

export function installDrop(
  container: HTMLElement,
  svg: () => SVGSVGElement,
  transform: () => ZoomTransform,
  onDrop: (type: string, x: number, y: number) => void,
  signal: AbortSignal,
): void {
  container.addEventListener(
    'dragover',
    (e) => {
      if (e.dataTransfer?.types.includes('application/x-netloom-type')) e.preventDefault();
    },
    { signal },
  );
  container.addEventListener(
    'drop',
    (e) => {
      const type = e.dataTransfer?.getData('application/x-netloom-type');
      if (!type) return;
      e.preventDefault();
      const r = svg().getBoundingClientRect();
      const [x, y] = transform().invert([e.clientX - r.left, e.clientY - r.top]);
      onDrop(type, x, y);
    },
    { signal },
  );
}
