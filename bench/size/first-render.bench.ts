// First render of <sp-permit-form> in headless Chromium: the embed file `satupintu-elements.js` is built exactly as
// `rollup.config.js` builds it (packages/elements/embed.rollup.mjs: node-resolve, TypeScript, Lit templates collapsed,
// terser), served from 127.0.0.1 with the catalog JSON, and loaded by a page in Debian's Chromium driven by
// playwright-core. For each of 20 runs the page creates the element (permit type `tdg`, the catalog given as a
// property), appends it and measures with performance.now():
//   - first render: creation → `el.updateComplete` (Lit's first update of the form: steps, heading, all fields);
//   - with inner controls: until every inner `sp-text-field` / `sp-radio-group` finished its own first update too.
// The first run on the page also prepares every Lit template and checks the catalog entry once (memoised per catalog
// object), so it is reported apart.
// Run: `node --import tsx bench/size/first-render.bench.ts` (or `npm run bench -- size`).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import { defaultCatalog } from '@satupintu/core';
import { embedInput, embedOutputPlugins, embedPlugins } from '../../packages/elements/embed.rollup.mjs';

const RUNS = 20;
const TARGET_MS = 50;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function buildEmbed(): Promise<string> {
  const bundle = await rollup({ input: embedInput, plugins: embedPlugins(), onwarn: () => undefined });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: embedOutputPlugins() });
  await bundle.close();
  return output.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
}

const PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>first render</title>
<script type="module" src="/satupintu-elements.js"></script></head><body><main></main></body></html>`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const embed = await buildEmbed();
const catalogJson = JSON.stringify(defaultCatalog);
const server = createServer((request, response) => {
  if (request.url === '/satupintu-elements.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(embed);
  else if (request.url === '/catalog') response.writeHead(200, { 'Content-Type': 'application/json' }).end(catalogJson);
  else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  const runs = await page.evaluate(async (count: number) => {
    await customElements.whenDefined('sp-permit-form');
    const catalog: unknown = await (await fetch('/catalog')).json();
    type Updating = HTMLElement & { updateComplete: Promise<boolean> };
    const results: { first: number; inner: number }[] = [];
    for (let run = 0; run < count; run += 1) {
      const started = performance.now();
      const form = document.createElement('sp-permit-form') as Updating & { catalog: unknown; permitType: string; draftKey: string };
      form.permitType = 'tdg';
      form.draftKey = `bench-${run}`;
      form.catalog = catalog;
      document.querySelector('main')!.append(form);
      await form.updateComplete;
      const first = performance.now() - started;
      const inner = [...form.shadowRoot!.querySelectorAll<Updating>('sp-text-field, sp-radio-group')];
      await Promise.all(inner.map((element) => element.updateComplete));
      const all = performance.now() - started;
      if (!form.shadowRoot!.querySelector('#step-heading') || inner.length < 5) throw new Error('the form did not render its first step');
      results.push({ first, inner: all });
      form.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return results;
  }, RUNS);
  const version = browser.version();
  const later = runs.slice(1);
  const firstMedian = median(later.map((run) => run.first));
  const innerMedian = median(later.map((run) => run.inner));
  console.log(`Chromium ${version} (headless, ${executablePath}); embed file ${(embed.length / 1024).toFixed(1)} KB minified; ${RUNS} runs\n`);
  console.log('| measure | run 1 (first on the page) ms | median of runs 2–20 ms | min ms | max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [label, key, value] of [['creation → updateComplete (first render)', 'first', firstMedian], ['… and every inner control rendered', 'inner', innerMedian]] as const) {
    const values = later.map((run) => run[key]);
    console.log(`| ${label} | ${runs[0]![key].toFixed(1)} | ${value.toFixed(1)} | ${Math.min(...values).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`);
  }
  const all = median(runs.map((run) => run.first));
  const met = all < TARGET_MS;
  console.log(`\nTarget: first render under ${TARGET_MS} ms (median of all ${RUNS}: ${all.toFixed(1)} ms) — ${met ? 'met' : 'NOT met'}.`);
  process.exitCode = met ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
