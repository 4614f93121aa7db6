/**
 * Send times from a text file next to a scenario: one per line, the first number on the line
 * (comma, tab or space separated); blank lines, `#` comments and a header line are skipped.
 */
export function parseTraceFile(text: string, scaleToSeconds: number): { seconds: number[] } | { error: string } {
  const seconds: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const first = line.split(/[,\t ;]+/)[0];
    const v = Number(first);
    if (!Number.isFinite(v) || v < 0 || first === '') {
      if (seconds.length === 0 && i === lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'))) continue; // header
      return { error: `line ${i + 1}: expected a non-negative number, got ${JSON.stringify(first)}` };
    }
    seconds.push(v * scaleToSeconds);
  }
  return { seconds };
}
