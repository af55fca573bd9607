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
  plugins: [{
    // The analyzer lists modules in the order its file search returns them, which varies between runs; sorting
    // keeps the committed manifest stable.
    name: 'sort-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  }],
};
