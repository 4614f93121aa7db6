/**
 * The layer rule of DESIGN.md as data, checked in `npm test` (test/style/layers.test.ts) and by
 * `npm run layers`. Each layer lists what it may import besides itself and npm packages; an
 * import that points up, or around the façade (sim/api), fails. Tests (*.test.ts) may reach
 * further: they look inside what they test.
 *
 *   sim/api, the façade ─ every capability a host needs; sim/worker runs it in a worker
 *   sim/plan ─ sim/analysis ─ sim/engine ─ sim/compute, sim/net, sim/traffic, sim/stats ─ sim/scenario ─ sim/core
 *   hosts: cli, lib (the package), renderer (the app), electron (main, preload) and node (file helpers)
 */
const LAYERS = {
  'sim/core': {},
  'sim/stats': { may: ['sim/core'] },
  'sim/traffic': { may: ['sim/core'], types: ['sim/scenario/model.ts'] },
  'sim/net': { may: ['sim/core'], types: ['sim/scenario/model.ts'] },
  // compile reads the 5G profiles' figures from sim/net/cell, checks a fieldbus segment's cycle against its frame
  // times (sim/net/fieldbus), and LLM flows against the accelerator catalog and its roofline
  'sim/scenario': { may: ['sim/core', 'sim/net/cell/profiles.ts', 'sim/net/fieldbus', 'sim/compute/catalog', 'sim/compute/roofline.ts'] },
  'sim/compute': { may: ['sim/core', 'sim/traffic'], types: ['sim/scenario/model.ts'] },
  'sim/engine': { may: ['sim/core', 'sim/stats', 'sim/traffic', 'sim/net', 'sim/compute', 'sim/scenario'] },
  'sim/analysis': { may: ['sim/core', 'sim/scenario'] },
  // the planner judges candidates by the reports its host's evaluate returns
  'sim/plan': { may: ['sim/core', 'sim/scenario', 'sim/analysis'], types: ['sim/api/Report.ts'] },
  'sim/workloads': { may: ['sim/core', 'sim/scenario'] },
  // files in and out: pure transforms (text in, scenario out; a scenario, a run's report, bounds or plan in, a document out), no file system
  'sim/io': { may: ['sim/scenario', 'sim/core', 'sim/plan'], types: ['sim/api/Report.ts', 'sim/analysis/BoundsReport.ts', 'sim/plan/Plan.ts'] },
  'sim/api': {
    may: [
      'sim/core',
      'sim/stats',
      'sim/traffic',
      'sim/net',
      'sim/scenario',
      'sim/compute',
      'sim/engine',
      'sim/analysis',
      'sim/plan',
      'sim/workloads',
      'sim/io',
    ],
  },
  'sim/worker': { may: ['sim/api'] },
  node: { may: ['sim/api'] },
  cli: { may: ['sim/api', 'sim/worker', 'node', 'package.json'] },
  lib: { may: ['sim/api', 'node', 'package.json'] }, // package.json: the version a capture names, as the CLI's
  'electron/common': {},
  'electron/preload': { may: ['electron/common'] },
  'electron/main': { may: ['electron/common', 'node'] },
  // the browser build's plugins run in Node, at build time
  'renderer/vite': { may: ['node', 'sim/api'] },
  renderer: { may: ['sim/api', 'sim/worker', 'electron/common', 'renderer/vite/scenarioLibrary.d.ts'] },
};

/** the project's own code (what a layer may or may not reach) */
const OWN = '^(sim|cli|lib|node|renderer|electron|scripts|bench|test)/|^package\\.json$';
const TEST = '\\.test\\.tsx?$|/test/|^test/';
const escaped = (s) => s.replace(/[.]/g, '\\.');
const under = (p) => (p.endsWith('.ts') || p.endsWith('.json') ? `^${escaped(p)}$` : `^${escaped(p)}/`);
/** the layers inside `layer` (renderer/vite in renderer) have rules of their own */
const inOther = (layer) =>
  Object.keys(LAYERS)
    .filter((l) => l !== layer && l.startsWith(`${layer}/`))
    .map(under);

module.exports = {
  forbidden: [
    ...Object.entries(LAYERS).map(([layer, { may = [], types = [] }]) => ({
      name: `layer:${layer}`,
      comment: `${layer} may import ${[...may, ...types.map((t) => `types of ${t}`)].join(', ') || 'only itself'} (and npm packages): DESIGN.md's layer rule`,
      severity: 'error',
      from: { path: under(layer), pathNot: [TEST, ...inOther(layer)] },
      to: { path: OWN, pathNot: [under(layer), ...may.map(under), ...types.map(under)] },
    })),
    ...Object.entries(LAYERS)
      .filter(([, { types }]) => types !== undefined)
      .map(([layer, { types }]) => ({
        name: `layer:${layer}:types-only`,
        comment: `${layer} may use ${types.join(', ')} for its types only`,
        severity: 'error',
        from: { path: under(layer), pathNot: [TEST, ...inOther(layer)] },
        to: { path: types.map(under), dependencyTypesNot: ['type-only'] },
      })),
    {
      name: 'sim-is-pure',
      comment: 'sim/ knows no Node API, no DOM library and no Electron (DESIGN.md): it runs unchanged in a Web Worker',
      severity: 'error',
      from: { path: '^sim/', pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sim-no-host-libraries',
      comment: 'sim/ draws nothing and opens no window',
      severity: 'error',
      from: { path: '^sim/', pathNot: TEST },
      to: { path: 'node_modules/(react|react-dom|d3[^/]*|three|electron)/' },
    },
    {
      name: 'no-circular',
      comment: 'modules that load each other (a cycle through type-only imports is harmless)',
      severity: 'error',
      from: { pathNot: TEST },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: 'node_modules|^dist' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
