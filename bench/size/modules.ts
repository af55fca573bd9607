// Which modules fill the embed file. Builds `satupintu-elements.js` with the plugins that build what ships
// (packages/elements/embed.rollup.mjs), gzip -9, prints its size, then every bundled module with the size of its code
// after tree-shaking (before minification, so only for ranking), largest first, and the totals per package.
//   node --import tsx bench/size/modules.ts [entry]            entry defaults to packages/elements/src/index.ts
//   node --import tsx bench/size/modules.ts --without=REGEX    modules whose path matches are replaced by an empty
//                                                              stand-in: the file's size then shows what they cost
// Per-module gzip sizes add up to more than the file (gzip shares strings across modules); use --without for a
// part's real cost.
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { rollup, type Plugin } from 'rollup';
import { embedInput, embedOutputPlugins, embedPlugins } from '../../packages/elements/embed.rollup.mjs';

const input = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? embedInput;
const without = process.argv.find((arg) => arg.startsWith('--without='))?.slice('--without='.length);

const stubbed: Plugin = {
  name: 'without',
  load(id) {
    return without !== undefined && new RegExp(without).test(id)
      ? { code: 'export default {};', syntheticNamedExports: true, moduleSideEffects: false }
      : null;
  },
};

const bundle = await rollup({ input, plugins: [stubbed, ...embedPlugins()], onwarn: () => undefined });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: embedOutputPlugins() });
await bundle.close();

/** A module's package (`lit-html`, `@satupintu/core/catalog` …) for the totals per package. */
function packageOf(path: string): string {
  const core = /^packages\/core\/dist\/([^/]+)\//.exec(path);
  if (core) return `@satupintu/core/${core[1]}`;
  if (path.startsWith('packages/core/')) return '@satupintu/core';
  if (path.startsWith('packages/elements/')) return '@satupintu/elements';
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const rows: { path: string; bytes: number; gzip: number }[] = [];
let file = '';
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  file += chunk.code;
  for (const [id, info] of Object.entries(chunk.modules)) {
    if (!info.code || info.renderedLength === 0) continue;
    rows.push({ path: relative(process.cwd(), id).replaceAll('\\', '/'), bytes: info.renderedLength, gzip: gzipSync(info.code, { level: 9 }).length });
  }
}
const packages = new Map<string, { bytes: number; gzip: number; count: number }>();
for (const row of rows) {
  const name = packageOf(row.path);
  const total = packages.get(name) ?? { bytes: 0, gzip: 0, count: 0 };
  packages.set(name, { bytes: total.bytes + row.bytes, gzip: total.gzip + row.gzip, count: total.count + 1 });
}

const fileBytes = Buffer.byteLength(file);
console.log(`${relative(process.cwd(), input)}${without ? ` without /${without}/` : ''}: ${kb(fileBytes)} KB minified, ${kb(gzipSync(file, { level: 9 }).length)} KB gzip; ${rows.length} modules\n`);
console.log('| package | modules | tree-shaken KB | gzip KB (modules alone) |\n| --- | ---: | ---: | ---: |');
for (const [name, total] of [...packages].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`| ${name} | ${total.count} | ${kb(total.bytes)} | ${kb(total.gzip)} |`);
}
console.log('\n| module | tree-shaken KB | gzip KB (alone) |\n| --- | ---: | ---: |');
for (const row of rows.sort((a, b) => b.bytes - a.bytes)) console.log(`| ${row.path} | ${kb(row.bytes)} | ${kb(row.gzip)} |`);
