/** The upgrade catalog's prices: defaults labelled as such, each editable, remembered for the next plan. */
import { getIn, pathString, setIn } from '../model/setIn.ts';
import { useApp } from '../state/appStore.ts';
import { setPlanSettings } from '../state/planActions.ts';
import { copyCatalog } from '../state/planSettings.ts';
import { PriceInput } from './PriceInput.tsx';
import { editedPrices, priceGroups } from './priceFields.ts';
import { DEFAULT_CATALOG } from '../../sim/api/index.ts';

export function CatalogEditor() {
  const catalog = useApp((s) => s.planSettings.catalog);
  const edited = editedPrices(catalog).length;
  return (
    <section className="planner-card catalog-editor" data-testid="catalog-editor">
      <header className="planner-card-head">
        <h3>Prices</h3>
        <button
          className="linklike muted"
          disabled={edited === 0}
          onClick={() => setPlanSettings({ catalog: copyCatalog(DEFAULT_CATALOG) })}
          title="Every price back to its default"
        >
          Reset all
        </button>
      </header>
      <p className="form-hint">
        {edited === 0 ? 'Every price is a default: ' : `${edited} price${edited === 1 ? '' : 's'} edited; the rest are defaults: `}
        round list-price estimates ({catalog.currency}, 2026) for budgeting, not quotes. Type your plant’s own.
      </p>
      {priceGroups(catalog).map((g) => (
        <details key={g.title} className="price-group" open={g.title === 'Link speed' || g.title === 'Compute'}>
          <summary title={g.hint}>{g.title}</summary>
          <p className="form-hint">{g.hint}</p>
          {g.fields.map((f) => (
            <PriceInput
              key={pathString(f.path)}
              field={f}
              value={getIn(catalog, f.path) as number}
              currency={catalog.currency}
              testId={`price-${pathString(f.path)}`}
              onCommit={(v) => setPlanSettings({ catalog: setIn(catalog, f.path, v) })}
            />
          ))}
        </details>
      ))}
    </section>
  );
}
