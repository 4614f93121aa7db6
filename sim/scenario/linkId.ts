/** The id the core gives a link, in reports, plans and edits: its `id`, or `from-to`. */
export function linkId(l: { readonly id?: string; readonly from: string; readonly to: string }): string {
  return l.id ?? `${l.from}-${l.to}`;
}
