// Sizes of what a portal downloads: the embed file `satupintu-elements.js` and each element on its own, next to
// SurveyJS (survey-core + survey-js-ui) and Form.io (@formio/js) bundled the same way in the same run — rollup with
// node-resolve (ours with the very plugins that build the shipped file, packages/elements/embed.rollup.mjs: TypeScript
// and Lit's html/css templates collapsed; commonjs for the CommonJS peers), minified by the same terser, gzip level 9
// via node:zlib. JavaScript only (the peers' CSS files are not counted). Run: `npm run bench -- size` (or `node --import tsx bench/size/size.bench.ts`).
import { gzipSync } from 'node:zlib';
import { rollup, type InputPluginOption } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { embedOutputPlugins, embedPlugins } from '../../packages/elements/embed.rollup.mjs';

interface Target {
  readonly name: string;
  readonly input: string;
  readonly kind: 'ours' | 'peer';
}

const TARGETS: readonly Target[] = [
  { name: 'satupintu-elements.js (embed file, all elements)', input: 'packages/elements/src/index.ts', kind: 'ours' },
  { name: '<sp-ikm-survey> alone (with sp-radio-group)', input: 'packages/elements/src/ikm-survey/ikm-survey.ts', kind: 'ours' },
  { name: '<sp-ikm-report> alone', input: 'packages/elements/src/ikm-report/ikm-report.ts', kind: 'ours' },
  { name: '<sp-radio-group> alone', input: 'packages/elements/src/radio-group/radio-group.ts', kind: 'ours' },
  { name: '<sp-permit-form> alone (with sp-text-field, sp-radio-group, sp-file-drop, client, outbox)', input: 'packages/elements/src/permit-form/permit-form.ts', kind: 'ours' },
  { name: '<sp-tracking-timeline> alone (with sp-text-field)', input: 'packages/elements/src/tracking-timeline/tracking-timeline.ts', kind: 'ours' },
  { name: 'client + outbox alone (no elements)', input: 'packages/elements/src/client/index.ts', kind: 'ours' },
  { name: 'Lit alone (reference)', input: 'bench/size/entries/lit.js', kind: 'peer' },
  { name: 'SurveyJS: survey-core + survey-js-ui', input: 'bench/size/entries/surveyjs.js', kind: 'peer' },
  { name: 'Form.io: @formio/js', input: 'bench/size/entries/formio.js', kind: 'peer' },
];

const EMBED_TARGET_GZIP = 40 * 1024;

/** Ours exactly as the embed file is built; the peers resolved the same way, with CommonJS support. */
function plugins(target: Target): InputPluginOption[] {
  if (target.kind === 'ours') return embedPlugins();
  return [
    nodeResolve({ exportConditions: ['browser', 'import', 'default'], browser: true, preferBuiltins: false }),
    commonjs({ transformMixedEsModules: true }),
  ];
}

async function measure(target: Target): Promise<{ minified: number; gzip: number; ms: number }> {
  const started = performance.now();
  const bundle = await rollup({
    input: target.input,
    plugins: plugins(target),
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: true,
    plugins: embedOutputPlugins(),
  });
  await bundle.close();
  const code = output.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
  const bytes = Buffer.from(code);
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, ms: performance.now() - started };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

const rows: string[] = [];
let embedGzip = Number.NaN;
for (const target of TARGETS) {
  const result = await measure(target);
  if (target.input === 'packages/elements/src/index.ts') embedGzip = result.gzip;
  rows.push(`| ${target.name} | ${kb(result.minified)} | ${kb(result.gzip)} | ${result.minified} | ${result.gzip} |`);
  console.error(`built ${target.name} in ${(result.ms / 1000).toFixed(1)} s`);
}

console.log(`Node ${process.version}; rollup + terser, gzip -9 (node:zlib)\n`);
console.log('| bundle | minified KB | gzip KB | minified bytes | gzip bytes |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
const met = embedGzip <= EMBED_TARGET_GZIP;
console.log(`\nTarget: embed file ≤ 40 KB gzip including Lit — ${met ? 'met' : 'NOT met'} (${kb(embedGzip)} KB).`);
process.exitCode = met ? 0 : 1;
