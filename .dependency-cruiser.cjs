/**
 * The layers of Tilannehuone and the one direction of imports between them (docs/architecture.md).
 * `npm run lint` fails on any import that goes against it, on cycles, and on product code importing
 * tests, benchmarks, notebooks or scripts.
 */
const LAYERS = {
  core: [],
  domain: ['core'],
  i18n: ['core', 'domain'],
  store: ['core', 'domain'],
  pipelines: ['core', 'domain'],
  models: ['core', 'domain'],
  workflows: ['core', 'domain', 'i18n', 'store', 'pipelines', 'models'],
  server: ['core', 'domain', 'i18n', 'store', 'workflows'],
  ui: ['core', 'domain', 'i18n'],
  app: ['core', 'domain', 'i18n', 'server', 'ui'],
};
const PRODUCT = Object.keys(LAYERS);
const TOOLING = ['tests', 'bench', 'notebooks', 'scripts'];

const layerRules = Object.entries(LAYERS).flatMap(([layer, allowed]) => [
  {
    name: `${layer}-imports-only-${allowed.length ? allowed.join('-') : 'packages'}`,
    comment: `${layer}/ may import ${allowed.length ? allowed.map((l) => `${l}/`).join(', ') : 'no other layer'} (and npm packages)`,
    severity: 'error',
    from: { path: `^${layer}/` },
    to: { path: `^(${PRODUCT.filter((l) => l !== layer && !allowed.includes(l)).join('|')})/` },
  },
  {
    name: `${layer}-never-imports-tooling`,
    comment:
      'Product code does not depend on tests, benchmarks, notebooks or scripts; tests beside it may use tests/builders.',
    severity: 'error',
    from: { path: `^${layer}/`, pathNot: '\\.test\\.tsx?$' },
    to: { path: `^(${TOOLING.join('|')})/` },
  },
  {
    name: `${layer}-tests-use-only-builders`,
    comment: 'A unit test beside the code may use the shared builders, nothing else of the tooling.',
    severity: 'error',
    from: { path: `^${layer}/.*\\.test\\.tsx?$` },
    to: { path: `^(${TOOLING.join('|')})/`, pathNot: '^tests/builders/' },
  },
]);

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'Modules that import each other (types included) cannot be read or moved one at a time.',
      severity: 'error',
      from: { path: `^(${PRODUCT.join('|')})/` },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (a typo or a moved file fails here, not at run time).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|data|test-results|playwright-report)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
