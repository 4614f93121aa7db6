/** The LLM part of `netloom run`'s tables: per LLM flow its TTFT, TPOT and waits for the KV cache; per engine how busy it was. */
import type { Report } from '../sim/api/index.ts';
import { count, percent, table, time } from './format.ts';
import { printable as p } from './printable.ts';

export function llmTable(r: Report): string[] {
  const flows = r.flows.filter((f) => f.llm);
  if (flows.length === 0) return [];
  const out = ['', 'LLM serving (at the client; TPOT between the packets of a streamed answer):'];
  out.push(
    table(
      ['flow', 'TTFT mean', 'TTFT p99', 'TPOT mean', 'TPOT p99', 'admitted', 'wait to join', 'max wait'],
      flows.map((f) => {
        const l = f.llm!;
        return [p(f.id), time(l.ttft?.mean), time(l.ttft?.p99), time(l.tpot?.mean), time(l.tpot?.p99), count(l.admitted), time(l.meanWait), time(l.maxWait)];
      }),
    ),
  );
  const engines = r.llmEngines ?? [];
  if (engines.length > 0)
    out.push(
      '',
      table(
        ['LLM engine', 'utilization', 'steps', 'mean batch'],
        engines.map((e) => [p(e.id), percent(e.utilization), count(e.steps), e.meanBatch.toFixed(2)]),
      ),
    );
  return out;
}
