import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, migrateScenario, ScenarioFileError } from './loadScenario.ts';

const tmp = mkdtempSync(join(tmpdir(), 'netloom-lib-'));
const R1 = new URL('../scenarios/reference/r1-line-cell.json', import.meta.url).pathname;

describe('loadScenario', () => {
  it('reads a scenario and the trace files it names, beside it', async () => {
    writeFileSync(join(tmp, 'sends.csv'), 'time_us\n0\n100\n');
    const doc = {
      format: 'netloom.scenario/v1',
      name: 'trace',
      nodes: [
        { id: 'A', type: 'sensor' },
        { id: 'B', type: 'plc' },
      ],
      links: [{ from: 'A', to: 'B', rate: '100 Mb/s', delay: '0 s' }],
      flows: [{ id: 'replay', from: 'A', to: 'B', size: '100 B', pattern: { type: 'trace', file: 'sends.csv', unit: 'us' } }],
    };
    writeFileSync(join(tmp, 'trace.json'), JSON.stringify(doc));
    const s = await loadScenario(join(tmp, 'trace.json'));
    expect(s).toEqual({ json: doc, files: { 'sends.csv': 'time_us\n0\n100\n' }, file: join(tmp, 'trace.json') });
  });

  it('lists every problem with its JSON path, naming the file', async () => {
    writeFileSync(
      join(tmp, 'bad.json'),
      JSON.stringify({ format: 'netloom.scenario/v1', name: 'x', nodes: [{ id: 'A', type: 'toaster' }], links: [], flows: [] }),
    );
    const e = await loadScenario(join(tmp, 'bad.json')).catch((x) => x);
    expect(e).toBeInstanceOf(ScenarioFileError);
    expect(e.issues.map((i: { path: string }) => i.path)).toEqual(['nodes[0].type']);
    expect(e.message).toMatch(new RegExp(`^${join(tmp, 'bad.json')} has 1 problem:\nnodes\\[0\\]\\.type: `));
  });

  it('says when the file cannot be read, and why', async () => {
    await expect(loadScenario(join(tmp, 'nope.json'))).rejects.toThrow(`cannot find the scenario file ${join(tmp, 'nope.json')}`);
    await expect(loadScenario(tmp)).rejects.toThrow(`${tmp} is a folder, not a regular file`);
  });

  it('gives the document in the current format version', async () => {
    const s = await loadScenario(R1);
    expect(migrateScenario(s.json).scenario).toBe(s.json);
    expect(() => migrateScenario({ ...s.json, format: 'netloom.scenario/v9' })).toThrow(/made by a newer NetLoom/);
  });
});
