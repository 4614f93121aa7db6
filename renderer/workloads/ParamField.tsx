/** One template parameter, prefilled with its default; its source under it (in full on hover). */
import type { ParamSpec } from './workloadTemplates.ts';

export function ParamField({ spec, value, error, onChange }: { spec: ParamSpec; value: string; error?: string; onChange: (v: string) => void }) {
  const id = `param-${spec.key}`;
  const isDefault = value === (spec.default === undefined ? '' : String(spec.default));
  const source = spec.kind === 'select' ? (spec.options?.find((o) => o.value === value)?.source ?? spec.source) : spec.source;
  let input;
  if (spec.kind === 'select') {
    input = (
      <select id={id} data-testid={`workload-param-${spec.key}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {spec.options!.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === 'boolean') {
    input = (
      <input
        id={id}
        type="checkbox"
        data-testid={`workload-param-${spec.key}`}
        checked={value === 'true'}
        onChange={(e) => onChange(String(e.target.checked))}
      />
    );
  } else {
    input = (
      <input
        id={id}
        data-testid={`workload-param-${spec.key}`}
        value={value}
        placeholder={spec.unset}
        spellCheck={false}
        aria-invalid={!!error}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={`field param ${error ? 'invalid' : ''} ${spec.kind === 'boolean' ? 'inline' : ''}`}>
      <label htmlFor={id} title={source}>
        {spec.label}
        {!isDefault && spec.default !== undefined && (
          <button className="linklike reset" onClick={() => onChange(String(spec.default))} title={`Back to the default, ${String(spec.default)}`}>
            ↺ default
          </button>
        )}
      </label>
      {input}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : (
        <div className="param-source" title={source}>
          {isDefault && spec.default !== undefined ? 'default · ' : ''}
          {spec.kind === 'select' || isDefault || spec.default === undefined ? `source: ${source}` : `yours · default ${String(spec.default)} (${source})`}
        </div>
      )}
    </div>
  );
}
