/**
 * Layer rules from DESIGN.md ("Dependencies point one way, down this list").
 * Each layer may import only layers ranked below it. Tests (*.test.ts) and src/testing
 * may import anything. The broker and registry are imported only by the server's supervisor.
 */
const RANKS = [
  ['common'],
  ['kafka', 'schema-wire', 'types'],
  ['registry'],
  ['broker'],
  ['connectors'],
  ['engine/runtime'],
  ['engine/sql'],
  ['catalog'],
  ['server'],
  ['cli', 'web'],
  ['testing'],
];
const esc = (s) => s.replace(/[/-]/g, (c) => '\\' + c);
const TEST = '\\.(test|bench)\\.ts$';
const rules = [];
RANKS.forEach((layers, rank) => {
  const higher = RANKS.slice(rank + 1).flat();
  const peers = layers;
  for (const layer of layers) {
    const forbidden = [...higher, ...peers.filter((p) => p !== layer)];
    if (forbidden.length === 0) continue;
    rules.push({
      name: `layer-${layer.replace('/', '-')}`,
      comment: `src/${layer} is below ${forbidden.join(', ')} and must not import them (DESIGN.md, Layers)`,
      severity: 'error',
      from: { path: `^src/${esc(layer)}/`, pathNot: TEST },
      to: { path: `^src/(${forbidden.map(esc).join('|')})/` },
    });
  }
});
rules.push({
  name: 'embedded-services-only-via-supervisor',
  comment: 'broker and registry are started by the server supervisor and imported by nothing else',
  severity: 'error',
  from: { path: '^src/', pathNot: `^src/(broker|registry|server|testing)/|${TEST}` },
  to: { path: '^src/(broker|registry)/' },
});
rules.push({
  name: 'no-circular',
  comment: 'runtime import cycles; type-only cycles (recursive AST types) are fine',
  severity: 'error',
  from: {},
  to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
});

module.exports = {
  forbidden: rules,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
