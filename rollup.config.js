// Builds every workspace package that has a `src/index.ts` to ES modules with type declarations,
// and the demo pages' scripts to self-contained bundles under demo/dist.
import { existsSync, readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { embedInput, embedOutputPlugins, embedPlugins } from './packages/elements/embed.rollup.mjs';

const packages = readdirSync('packages').filter((name) => existsSync(`packages/${name}/src/index.ts`));

// A package's entry points: its index, and its command-line program when it has one.
const entries = (name) => ['index', 'cli']
  .map((entry) => `packages/${name}/src/${entry}.ts`)
  .filter((file) => existsSync(file));

const packageBuilds = packages.map((name) => ({
  input: entries(name),
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    sourcemap: true,
  },
  // Dependencies stay imports; consumers' bundlers resolve and dedupe them.
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  plugins: [
    typescript({
      tsconfig: `packages/${name}/tsconfig.json`,
      outDir: `packages/${name}/dist`,
      declarationDir: `packages/${name}/dist`,
      sourceMap: true,
    }),
  ],
}));

const demoPages = existsSync('demo/src')
  ? readdirSync('demo/src').filter((file) => file.endsWith('.page.ts'))
  : [];

const demoBuilds = demoPages.map((file) => ({
  input: `demo/src/${file}`,
  output: { dir: 'demo/dist', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['browser', 'import'] }),
    typescript({
      tsconfig: 'tsconfig.json',
      compilerOptions: { noEmit: false, declaration: false, outDir: 'demo/dist', sourceMap: true },
      include: ['demo/src/**/*.ts'],
    }),
  ],
}));

// --- @satupintu/elements: the self-contained embed file a portal loads with one <script type="module">.
// Everything (Lit, @lit/task, @lit/localize, the parts of core it uses) is bundled and minified by the plugins
// of packages/elements/embed.rollup.mjs, which bench/size measures with. Built after the packages so that core's dist
// is fresh.
const elementsEmbed = existsSync('packages/elements/src/index.ts')
  ? [{
      input: embedInput,
      output: {
        file: 'packages/elements/dist/satupintu-elements.js',
        format: 'es',
        sourcemap: true,
        plugins: embedOutputPlugins(),
      },
      plugins: embedPlugins({ outDir: 'packages/elements/dist' }),
    }]
  : [];
// --- end @satupintu/elements

export default [...packageBuilds, ...demoBuilds, ...elementsEmbed];
