// `npm run analyze -w packages/elements` writes custom-elements.json from the elements' sources and JSDoc
// (@tagname, @slot, @csspart, @cssprop, @fires). Lit-aware: decorators become attributes and properties.
// eslint-disable-next-line no-restricted-exports -- the analyzer reads its configuration as the default export
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
