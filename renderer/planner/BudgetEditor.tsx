/** The roadmap's yearly budget and years (as `netloom plan --budget N --years 2026-2028`). */
import { useState } from 'react';
import { useApp } from '../state/appStore.ts';
import { setPlanSettings } from '../state/planActions.ts';
import { budgetProblem, DEFAULT_BUDGET } from '../state/planSettings.ts';
import { PriceInput } from './PriceInput.tsx';

function YearInput({ value, onCommit, testId, label }: { value: number; onCommit: (y: number) => void; testId: string; label: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const y = Number(draft.trim());
    if (Number.isInteger(y) && y >= 1900 && y <= 2200) onCommit(y);
    setDraft(null);
  };
  return (
    <input
      className="year-input"
      aria-label={label}
      data-testid={testId}
      inputMode="numeric"
      value={draft ?? String(value)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

export function BudgetEditor() {
  const s = useApp((st) => st.planSettings);
  const problem = budgetProblem(s);
  return (
    <section className="planner-card" data-testid="budget-editor">
      <header className="planner-card-head">
        <h3>Roadmap budget</h3>
      </header>
      <PriceInput
        field={{ path: ['perYear'], label: 'per year', unit: 'money', default: DEFAULT_BUDGET }}
        value={s.perYear}
        currency={s.catalog.currency}
        testId="budget-per-year"
        onCommit={(perYear) => setPlanSettings({ perYear })}
      />
      <div className="price-row">
        <label>years</label>
        <div className="year-range">
          <YearInput
            label="First year"
            testId="budget-from"
            value={s.fromYear}
            onCommit={(fromYear) => setPlanSettings({ fromYear, toYear: Math.max(fromYear, s.toYear) })}
          />
          <span>–</span>
          <YearInput label="Last year" testId="budget-to" value={s.toYear} onCommit={(toYear) => setPlanSettings({ toYear })} />
        </div>
      </div>
      {problem ? (
        <div className="field-error" role="alert">
          {problem}
        </div>
      ) : (
        <p className="form-hint">
          The plan’s actions are phased into these years, free changes first; unspent budget carries over, an action larger than what is left waits a year.
        </p>
      )}
    </section>
  );
}
