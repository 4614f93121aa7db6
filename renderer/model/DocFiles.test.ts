import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { readScenarioFiles } from '../../node/readScenarioFiles.ts';
import { ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';
import { analyzeScenario } from './analyzeScenario.ts';
import { docFiles, ELSEWHERE, explainFileIssues, loadWithFiles, noFiles } from './DocFiles.ts';

const url = new URL('../../scenarios/examples/udp-replay.json', import.meta.url);
const replay = JSON.parse(readFileSync(url, 'utf8')) as ScenarioJson;
const NAME = 'captures/udp-sizes.csv.gz';

/** The files of `s` as the CLI reads them in `dir`, held as the document holds them. */
function readIn(s: ScenarioJson, dir: string, elsewhere: string = ELSEWHERE.library) {
  const r = readScenarioFiles(s, dir);
  return docFiles(
    s,
    Object.entries(r.files).map(([name, text]) => ({ name, text })),
    r.issues,
    elsewhere,
  );
}

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  return [];
};

const empty = mkdtempSync(join(tmpdir(), 'netloom-docfiles-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('the files a document holds', () => {
  test('with the capture read beside it, the replay loads: 32 packets at the capture’s sizes', () => {
    const files = readIn(replay, fileURLToPath(new URL('.', url)));
    const m = loadWithFiles(replay, files);
    const pattern = m.flows.find((f) => f.id === 'replay')!.pattern;
    // captures/udp-sizes.csv: 32 rows, ip.len 100, 500, 1000, 1400 in turn
    expect(pattern.type === 'trace' && pattern.sizes && [...pattern.sizes]).toEqual(Array.from({ length: 32 }, (_, i) => [100, 500, 1000, 1400][i % 4]));
    expect(analyzeScenario(replay, files).issues).toEqual([]);
  });

  test('a file the host could not read is the reader’s issue, at the path of the flow naming it as the scenario is now', () => {
    const files = readIn(replay, empty);
    const [readerIssue] = readScenarioFiles(replay, empty).issues;
    expect(readerIssue).toEqual({ path: 'flows[0].pattern.file', message: `"${NAME}" cannot be found in ${empty}` });
    expect(issuesOf(() => loadWithFiles(replay, files))).toEqual([readerIssue]);
    // a flow added before it: the issue follows the flow
    const moved = { ...replay, flows: [{ ...replay.flows[1], id: 'ctrl2' }, ...replay.flows] } as ScenarioJson;
    expect(issuesOf(() => loadWithFiles(moved, files))).toEqual([{ path: 'flows[1].pattern.file', message: readerIssue.message }]);
  });

  test('a file the host never read says why and what to do, where the loader alone says only that it cannot read it', () => {
    expect(issuesOf(() => loadWithFiles(replay, noFiles(ELSEWHERE.browser)))).toEqual([
      { path: 'flows[0].pattern.file', message: `"${NAME}" ${ELSEWHERE.browser}` },
    ]);
    expect(ELSEWHERE.browser).toMatch(/desktop app.*inline as "times"/);
    const core = issuesOf(() => loadWithFiles(replay, { read: {}, unread: new Map(), elsewhere: 'X' }));
    expect(core).toEqual([{ path: 'flows[0].pattern.file', message: `"${NAME}" X` }]);
    // a name the opened scenario did not have (typed since): the host's situation, not a stale reason
    const renamed = { ...replay, flows: [{ ...replay.flows[0], pattern: { type: 'trace', file: 'other.csv' } }, replay.flows[1]] } as ScenarioJson;
    expect(analyzeScenario(renamed, readIn(replay, empty, ELSEWHERE.opened('udp-replay.json'))).issues).toEqual([
      { path: 'flows[0].pattern.file', message: `"other.csv" ${ELSEWHERE.opened('udp-replay.json')}` },
    ]);
  });

  test('names are own keys only: a trace named "constructor" or "__proto__" is missing like any other', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const s = { ...replay, flows: [{ ...replay.flows[0], pattern: { type: 'trace', file: name } }, replay.flows[1]] } as ScenarioJson;
      expect(issuesOf(() => loadWithFiles(s, noFiles(ELSEWHERE.newDocument)))).toEqual([
        { path: 'flows[0].pattern.file', message: `${JSON.stringify(name)} ${ELSEWHERE.newDocument}` },
      ]);
    }
  });

  test('other issues pass as the loader says them', () => {
    const issues = [
      { path: 'flows[1].pattern.period', message: 'expected a time' },
      { path: 'flows[0].pattern.file', message: 'captures/udp-sizes.csv.gz line 3: expected a number' },
    ];
    const files = readIn(replay, fileURLToPath(new URL('.', url)));
    expect(explainFileIssues(issues, replay, files)).toEqual(issues); // the file is held: its own parse error stands
  });
});
