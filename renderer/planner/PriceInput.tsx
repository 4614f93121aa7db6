/** One figure of the catalog: a draft while typing, committed when valid (Enter or leaving the field), its default beside it. */
import { useState } from 'react';
import { parsePrice, type PriceField } from './priceFields.ts';
import { formatMoney } from '../../sim/api/index.ts';

const show = (v: number, unit: PriceField['unit'], currency: string) =>
  unit === 'm' ? `${v} m` : unit === 'money/m' ? `${formatMoney(v, currency)}/m` : formatMoney(v, currency);

export function PriceInput({
  field,
  value,
  currency,
  onCommit,
  testId,
}: {
  field: PriceField;
  value: number;
  currency: string;
  onCommit: (v: number) => void;
  testId: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parsePrice(draft);
  const error = parsed && 'error' in parsed ? parsed.error : null;
  const commit = () => {
    if (!parsed || 'error' in parsed) return;
    if (parsed.value !== value) onCommit(parsed.value);
    setDraft(null);
  };
  const edited = field.default !== undefined && value !== field.default;
  return (
    <div className={`price-row ${error ? 'invalid' : ''} ${edited ? 'edited' : ''}`}>
      <label htmlFor={testId}>{field.label}</label>
      <div className="price-input">
        {field.unit !== 'm' && currency === 'USD' && <span className="price-prefix">$</span>}
        <input
          id={testId}
          data-testid={testId}
          inputMode="decimal"
          value={draft ?? String(value)}
          aria-invalid={!!error}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              e.stopPropagation();
            }
          }}
        />
        {field.unit === 'money/m' && <span className="price-suffix">/m</span>}
        {field.unit === 'm' && <span className="price-suffix">m</span>}
      </div>
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : field.default === undefined ? (
        <div className="price-default">no default for this entry</div>
      ) : edited ? (
        <div className="price-default">
          edited · default {show(field.default, field.unit, currency)}{' '}
          <button className="linklike" onClick={() => onCommit(field.default!)} title="Back to the default">
            ↺ reset
          </button>
        </div>
      ) : (
        <div className="price-default">default</div>
      )}
    </div>
  );
}
