/** Money as the CLI prints it: "$30,000" in USD, "30,000 EUR" otherwise; whole units. */
export function formatMoney(x: number, currency = 'USD'): string {
  if (!Number.isFinite(x)) return '—';
  const n = Math.round(x).toLocaleString('en-US');
  return currency === 'USD' ? `${x < 0 ? '−' : ''}$${n.replace('-', '')}` : `${n} ${currency}`;
}

/** A requirement margin as the planner shows it: far-off failures read "< −999 %" (as the CLI's). */
export function formatMargin(m: number | null | undefined): string {
  if (m === null || m === undefined || Number.isNaN(m)) return '—';
  if (m < -9.99) return '< −999 %';
  const p = m * 100;
  const t = Math.abs(p) >= 10 ? p.toFixed(0) : p.toFixed(1);
  return `${t.replace('-', '−')} %`;
}
