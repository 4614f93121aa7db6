/** README's example of the library: sweep a link rate, print each flow's p99 (test/package runs it from the packed package). */
export const SWEEP = `import { loadScenario, simulate } from 'netloom';

// Sweep the backbone rate of the R1 line cell and print each flow's 99th-percentile latency.
const base = await loadScenario('r1-line-cell.json');
for (const rate of ['1 Gb/s', '2.5 Gb/s', '10 Gb/s']) {
  const s = structuredClone(base);
  for (const link of s.json.links) {
    if (link.from.startsWith('S') && link.to.startsWith('S')) link.rate = rate;
  }
  const report = await simulate(s, { durationS: 1 });
  for (const flow of report.flows) {
    const p99 = flow.latency ? \`\${(flow.latency.p99 * 1e6).toFixed(1)} us\` : '–';
    console.log(\`\${rate.padEnd(9)} \${flow.id.padEnd(11)} p99 \${p99}\`);
  }
}
`;
