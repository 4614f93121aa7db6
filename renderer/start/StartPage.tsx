/** The start page: the scenario library (every file in scenarios/, with its description), new/open, and recovery of unsaved work. */
import { useEffect, useMemo, useState } from 'react';
import { entries } from 'virtual:scenario-library';
import { appStore, useApp } from '../state/appStore.ts';
import { getPlatform } from '../platform/getPlatform.ts';
import { openImport } from '../importer/importActions.ts';
import { discardRecovery, newDocument, openFromDisk, openLibraryScenario, openRecent, recoverWorkingCopy } from '../state/docActions.ts';

export function StartPage() {
  const recovery = useApp((s) => s.recovery);
  const [q, setQ] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    void getPlatform()
      .recentFiles()
      .then(setRecent, () => setRecent([]));
  }, []);
  const shown = useMemo(() => {
    const t = q.trim().toLowerCase();
    return entries.filter((e) => !t || `${e.name} ${e.description} ${e.industry} ${e.path}`.toLowerCase().includes(t));
  }, [q]);
  return (
    <main className="start" data-testid="start-page">
      <section className="hero">
        <div className="hero-mark">
          <Logo size={56} />
        </div>
        <div>
          <h1>NetLoom</h1>
          <p className="tagline">
            Simulate a factory network packet by packet and see whether every control loop, camera and AI workload gets the latency, jitter and bandwidth it
            needs.
          </p>
          <div className="hero-actions">
            <button className="btn primary" onClick={newDocument}>
              + New plant
            </button>
            <button className="btn" onClick={() => void openFromDisk()} data-testid="open-file">
              Open file…
            </button>
            <button className="btn" onClick={() => openImport()} data-testid="import-open">
              Import…
            </button>
            <button className="btn ghost" onClick={() => appStore.set({ helpOpen: true })}>
              Keyboard shortcuts
            </button>
          </div>
        </div>
      </section>
      {recovery.length > 0 && (
        <section className="recovery" data-testid="recovery">
          <strong>Unsaved work found.</strong>
          <ul>
            {recovery.map((r) => (
              <li key={r.id} data-testid="recovery-item">
                <div>
                  {r.name}
                  {r.path ? <span className="muted"> ({r.path})</span> : null}, last autosaved {new Date(r.savedAt).toLocaleString()}.
                </div>
                <div className="recovery-actions">
                  <button className="btn primary small" onClick={() => void recoverWorkingCopy(r.id)}>
                    Recover
                  </button>
                  <button className="btn ghost small" onClick={() => void discardRecovery(r.id)}>
                    Discard
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {recent.length > 0 && (
        <section className="recent">
          <h2>Recent files</h2>
          <ul>
            {recent.map((p) => (
              <li key={p}>
                <button className="linklike" onClick={() => void openRecent(p)}>
                  {p}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="library">
        <div className="library-head">
          <h2>Scenario library</h2>
          <input className="search" placeholder="Search scenarios…" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Search scenarios" />
        </div>
        <div className="cards">
          {shown.map((e) => (
            <button key={e.path} className="card" data-testid="library-card" data-path={e.path} onClick={() => void openLibraryScenario(e.path)}>
              <div className="card-top">
                <span className="card-tag">{e.industry || e.path.split('/')[0]}</span>
                <span className="card-path">{e.path}</span>
              </div>
              <h3>{e.name}</h3>
              <p>{e.description || 'No description.'}</p>
              <div className="card-stats">
                <span>{e.nodes} devices</span>
                <span>{e.links} links</span>
                <span>{e.flows} flows</span>
              </div>
            </button>
          ))}
          {shown.length === 0 && <p className="muted">No scenario matches “{q}”.</p>}
        </div>
      </section>
    </main>
  );
}

export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <defs>
        <linearGradient id="nl-logo" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="#3d8bfd" />
          <stop offset="1" stopColor="#20c997" />
        </linearGradient>
      </defs>
      <rect x="1" y="1" width="30" height="30" rx="8" fill="url(#nl-logo)" />
      <path d="M7 22 L12 10 L16 18 L20 10 L25 22" stroke="white" strokeWidth="2.4" fill="none" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx="7" cy="22" r="2.2" fill="white" />
      <circle cx="16" cy="18" r="2.2" fill="white" />
      <circle cx="25" cy="22" r="2.2" fill="white" />
    </svg>
  );
}
