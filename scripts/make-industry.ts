/**
 * Writes the industry scenarios of scenarios/industry/ from their builders in scripts/industry/.
 *   npx tsx scripts/make-industry.ts [name …]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { automotive } from './industry/automotive.ts';
import { aviation } from './industry/aviation.ts';
import { electronics } from './industry/electronics.ts';
import { packaging } from './industry/packaging.ts';
import { petrochem } from './industry/petrochem.ts';
import { pharma } from './industry/pharma.ts';
import { power } from './industry/power.ts';
import { steel } from './industry/steel.ts';

const all: Record<string, () => object> = {
  'steel-hot-rolling': steel,
  'aviation-wing-assembly': aviation,
  'power-substation': power,
  'petrochem-refinery-unit': petrochem,
  'pharma-fill-finish': pharma,
  'electronics-smt-line': electronics,
  'automotive-body-shop': automotive,
  'packaging-line': packaging,
};
const dir = new URL('../scenarios/industry/', import.meta.url);
mkdirSync(dir, { recursive: true });
const names = process.argv.slice(2);
for (const [name, build] of Object.entries(all)) {
  if (names.length > 0 && !names.includes(name)) continue;
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify(build(), null, 2) + '\n');
  console.log(`scenarios/industry/${name}.json`);
}
