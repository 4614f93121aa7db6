/** Series colours for charts (distinct in light and dark themes). */
export const SERIES = ['#3d8bfd', '#e8590c', '#2fb344', '#ae3ec9', '#f59f00', '#0ca678', '#d6336c', '#1098ad', '#7950f2', '#74b816'];
export const seriesColor = (i: number) => SERIES[i % SERIES.length];
