/**
 * The house's rules (DESIGN.md, "The house"): src/lib is built by pipeline
 * stage, and imports flow one way, from `build` down the stages to `model`.
 * `npm test` runs `depcruise` with this file; a forbidden import fails it.
 */
const STAGES = ['model', 'read', 'parse', 'align', 'compare', 'render', 'site', 'emit', 'verify', 'build'];

/** A stage may import the stages before it, never one after it. */
const stageOrder = STAGES.slice(0, -1).map((stage, i) => ({
  name: `${stage}-imports-only-earlier-stages`,
  comment: `src/lib/${stage}/ may import ${STAGES.slice(0, i).join(', ') || 'no other stage'}; it may not import ${STAGES.slice(i + 1).join(', ')}.`,
  severity: 'error',
  from: { path: `^src/lib/${stage}/`, pathNot: '\\.test\\.ts$' },
  to: { path: `^src/lib/(${STAGES.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    // A circle of type imports alone (a layout module naming the registry's input type) vanishes at compile time.
    {
      name: 'no-circular',
      comment: 'Modules may not import each other in a circle.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...stageOrder,
    {
      name: 'verify-reads-no-parser',
      comment: 'The nothing-lost check reads what the site shows on its own; sharing the parser would let it miss what the parser drops.',
      severity: 'error',
      from: { path: '^src/lib/verify/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/lib/parse/' },
    },
    {
      name: 'lib-is-pure',
      comment: 'src/lib is plain TypeScript: no astro:* modules, no components, pages or integrations.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(astro:|src/(components|pages|layouts|integrations|scripts)/)' },
    },
    {
      name: 'lib-outside-testing-uses-no-test-support',
      comment: 'Test support (src/lib/testing/) is for tests and the benchmark.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '(\\.test\\.ts$|^src/lib/testing/|^src/lib/corpus/)' },
      to: { path: '^src/lib/testing/' },
    },
    {
      name: 'bench-imports-no-tests',
      comment: 'The benchmark never imports the browser tests, and the tests never import the benchmark.',
      severity: 'error',
      from: { path: '^src/bench/' },
      to: { path: '^e2e/' },
    },
    {
      name: 'tests-import-no-bench',
      comment: 'The browser tests never import the benchmark.',
      severity: 'error',
      from: { path: '^e2e/' },
      to: { path: '^src/bench/' },
    },
    {
      name: 'browser-code-stays-in-the-browser',
      comment:
        'src/scripts/ runs in the browser: it may import pure helpers of src/lib/site and src/lib/compare, nothing that reads files.',
      severity: 'error',
      from: { path: '^src/scripts/' },
      to: { path: '^src/lib/(read|parse|build|emit|verify|render)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(__fixtures__|node_modules|\\.astro/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
