/** A file that is not a scenario the app can show, opened as its list of problems (the messages of `netloom validate`). */
import { formatIssue } from '../../sim/api/index.ts';
import { appStore, useApp } from '../state/appStore.ts';
import { openFromDisk } from '../state/docActions.ts';

export function FileProblemsPage() {
  const problems = useApp((s) => s.fileProblems);
  const hasDoc = useApp((s) => s.doc !== null);
  if (!problems) return null;
  const n = problems.issues.length;
  const back = () => appStore.set({ fileProblems: null });
  return (
    <main className="start file-problems" data-testid="file-problems">
      <section className="issues file-problems-box" role="alert">
        <h1 className="issues-title">
          {problems.name} cannot be opened: {n} problem{n === 1 ? '' : 's'}
        </h1>
        {/* biome-ignore format: Biome lets a {' '} before an element run past the line width (as Prettier does); wrapped by hand */}
        <p>
          NetLoom opens a scenario with mistakes inside it and lists them for you to fix, but this file is not shaped like a
          scenario (an object with lists of <code>nodes</code>, <code>links</code> and <code>flows</code>). Fix it in a text
          editor and open it again; these are the messages <code>netloom validate</code> prints, each with its place in the file.
        </p>
        <ul>
          {problems.issues.map((i, k) => (
            <li key={k} data-testid="file-problem">
              {formatIssue(i)}
            </li>
          ))}
        </ul>
        <div className="hero-actions">
          <button className="btn primary" onClick={() => void openFromDisk()}>
            Open another file…
          </button>
          <button className="btn" onClick={back} data-testid="file-problems-back">
            {hasDoc ? 'Back to the open scenario' : 'Back to the start page'}
          </button>
        </div>
      </section>
    </main>
  );
}
