/** How compile's messages write times, rates and counts: four significant digits and a unit. */
export const fmtTime = (s: number) =>
  s >= 1
    ? `${+s.toPrecision(4)} s`
    : s >= 1e-3
      ? `${+(s * 1e3).toPrecision(4)} ms`
      : s >= 1e-6
        ? `${+(s * 1e6).toPrecision(4)} us`
        : `${+(s * 1e9).toPrecision(4)} ns`;
export const fmtRate = (r: number) =>
  r >= 1e12
    ? `${+(r / 1e12).toPrecision(4)} Tb/s`
    : r >= 1e9
      ? `${+(r / 1e9).toPrecision(4)} Gb/s`
      : r >= 1e6
        ? `${+(r / 1e6).toPrecision(4)} Mb/s`
        : `${+(r / 1e3).toPrecision(4)} kb/s`;
export const fmtCount = (n: number) =>
  n >= 1e9
    ? `${+(n / 1e9).toPrecision(3)} G`
    : n >= 1e6
      ? `${+(n / 1e6).toPrecision(3)} M`
      : n >= 1e3
        ? `${+(n / 1e3).toPrecision(3)} k`
        : `${+n.toPrecision(3)}`;
