/** A topology node's glyph, in the view's pixels (appendNodeGlyph.ts draws it; the layout makes room for it, with no DOM). */
export const NW = 38;
export const NH = 26;
