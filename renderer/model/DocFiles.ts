/**
 * The files a document's scenario names (trace files, `flows[i].pattern.file`) as the app holds
 * them: the text of those its host read beside the scenario (node/readScenarioFiles.ts: the
 * library's at build time, Electron's main when a file is opened), why each other one it tried
 * could not be read, and what to say of a name it never read — the browser cannot read beside a
 * file it opened, recovered work comes without them, a new document has no folder. The core's
 * loader gets `read`; its issue for a missing file ("cannot read … next to the scenario") gives
 * way to the reason here, at the same JSON path.
 */
import { type Issue, loadScenario, type Model, ScenarioError, type ScenarioJson } from '../../sim/api/index.ts';

export interface DocFiles {
  /** text by the name the scenario uses; no prototype, so "constructor" is a name like others */
  read: Readonly<Record<string, string>>;
  /** why a file could not be read, by its name: the reader's message (it starts with the quoted name) */
  unread: ReadonlyMap<string, string>;
  /** for a name the host never read: why, and what to do (a phrase after the quoted name) */
  elsewhere: string;
}

/** What to say of a name the host never read, by situation (each a phrase after the quoted name). */
export const ELSEWHERE = {
  browser:
    'cannot be read here: a browser page cannot read the files beside a scenario opened with Open ' +
    'file. Open the scenario in the desktop app (it reads them), or give the trace inline as "times"',
  recovered:
    'was not kept with the unsaved work (only the scenario is): save the scenario ' +
    'beside it and open it again in the desktop app, or give the trace inline as "times"',
  newDocument:
    'cannot be read: a new scenario has no folder yet. Save it beside the file and open it again in the desktop app, or give the trace inline as "times"',
  library: 'is not among the files bundled with this library scenario (only the files it named are)',
  opened: (name: string) => `was not read when ${name} was opened (only the files it named then were): save it and open it again to read it`,
} as const;

/** The files as read (`files`, `issues` at the paths of `scenario` as read), and what to say of any other name. */
export function docFiles(scenario: ScenarioJson, files: readonly { name: string; text: string }[], issues: readonly Issue[], elsewhere: string): DocFiles {
  const read: Record<string, string> = Object.create(null);
  for (const f of files) read[f.name] = f.text;
  const unread = new Map<string, string>();
  for (const i of issues) {
    const name = traceFileAt(scenario, i.path);
    if (name !== undefined && !Object.hasOwn(read, name)) unread.set(name, i.message);
  }
  return { read, unread, elsewhere };
}

/** No files, and why none can be: a document with no folder to read from. */
export function noFiles(elsewhere: string): DocFiles {
  return { read: Object.create(null), unread: new Map(), elsewhere };
}

const FILE_PATH = /^flows\[(\d+)\]\.pattern\.file$/;

/** The trace file the flow at `path` (`flows[i].pattern.file`) names, if it names one. */
function traceFileAt(s: ScenarioJson, path: string): string | undefined {
  const m = FILE_PATH.exec(path);
  const pattern = m ? (s.flows?.[Number(m[1])]?.pattern as { type?: unknown; file?: unknown } | undefined) : undefined;
  return pattern?.type === 'trace' && typeof pattern.file === 'string' && pattern.file !== '' ? pattern.file : undefined;
}

/** The core's issues, each about a file the document does not hold said with the reason it does not. */
export function explainFileIssues(issues: readonly Issue[], s: ScenarioJson, files: DocFiles): Issue[] {
  return issues.map((i) => {
    const name = traceFileAt(s, i.path);
    if (name === undefined || Object.hasOwn(files.read, name)) return i;
    const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
    return { path: i.path, message: files.unread.get(name) ?? `${shown} ${files.elsewhere}` };
  });
}

/** loadScenario with the document's files; a ScenarioError's issues about missing files say why they are missing. */
export function loadWithFiles(s: ScenarioJson, files: DocFiles): Model {
  try {
    return loadScenario(s, files.read);
  } catch (e) {
    if (e instanceof ScenarioError) throw new ScenarioError(explainFileIssues(e.issues, s, files));
    throw e;
  }
}
