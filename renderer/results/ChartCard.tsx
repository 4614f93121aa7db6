/** A titled chart with a one-sentence explanation as its tooltip. */
import type { ReactNode } from 'react';
import { type Draw, useChart } from './charts/useChart.ts';

export function ChartCard({
  title,
  info,
  draw,
  deps,
  testId,
  extra,
}: {
  title: string;
  info: string;
  draw: Draw;
  deps: unknown[];
  testId: string;
  extra?: ReactNode;
}) {
  const ref = useChart(draw, deps);
  return (
    <section className="chart-card" data-testid={testId}>
      <header>
        <h3 title={info}>
          {title} <span className="info-dot">?</span>
        </h3>
        {extra}
      </header>
      <svg ref={ref} className="chart" role="img" aria-label={title} />
    </section>
  );
}
