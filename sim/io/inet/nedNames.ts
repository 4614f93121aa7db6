/**
 * NED identifiers for a scenario's ids: `[A-Za-z_][A-Za-z0-9_]*`, none a NED keyword or a
 * submodule INET's network bases declare, all distinct. `PLC-1` → `PLC_1`, `3cam` → `n_3cam`.
 */

// the keywords of OMNeT++'s NED lexer (src/nedxml/ned2.lex) and the submodules of INET's WiredNetworkBase/TsnNetworkBase
const RESERVED = new Set([
  'allowunconnected',
  'bool',
  'channel',
  'channelinterface',
  'connections',
  'const',
  'default',
  'double',
  'exists',
  'extends',
  'false',
  'for',
  'gates',
  'if',
  'import',
  'index',
  'inf',
  'inout',
  'input',
  'int',
  'like',
  'module',
  'moduleinterface',
  'nan',
  'network',
  'null',
  'nullptr',
  'object',
  'output',
  'package',
  'parameters',
  'property',
  'simple',
  'sizeof',
  'string',
  'submodules',
  'this',
  'true',
  'typename',
  'types',
  'undefined',
  'volatile',
  'xml',
  'xmldoc',
  'configurator',
  'visualizer',
  'macForwardingTableConfigurator',
  'gateSchedulingConfigurator',
  'streamRedundancyConfigurator',
  'failureProtectionConfigurator',
]);

/** A distinct NED identifier for each id, in order. */
export function nedNames(ids: readonly string[]): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let base = id.replace(/[^A-Za-z0-9_]/g, '_');
    if (!/^[A-Za-z_]/.test(base)) base = `n_${base}`;
    if (RESERVED.has(base)) base = `${base}_`;
    let name = base;
    for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
    taken.add(name);
    return name;
  });
}

/** The network's type name from the scenario's name: "R1 line cell" → "R1LineCell". */
export function networkName(scenarioName: string): string {
  const words = scenarioName.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  if (name === '' || RESERVED.has(name)) return 'NetLoomPlant';
  return /^[A-Za-z_]/.test(name) ? name : `Plant${name}`;
}
