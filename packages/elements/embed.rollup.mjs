// How the embed file `satupintu-elements.js` is bundled, in one place: rollup.config.js builds what ships with it
// and bench/size measures with it, so the measured file is the shipped file.
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** The embed file's entry: every element, the API client and the outbox. */
export const embedInput = here('src/index.ts');

// Whitespace is collapsed to one space, never removed: a template such as html` · ${role}` is a fragment of running
// text, and the default (remove whitespace next to tags and at a template's edges) would glue its words together.
const htmlMinifyOptions = { conservativeCollapse: true };

/** Characters of a message id kept in the embed file's English table: lit-localize's kind letter and 6 hex digits. */
const MESSAGE_KEY_LENGTH = 7;
const GENERATED_KEY = /(['"])([sh][0-9a-f]{16})\1(?=\s*:)/g;

/**
 * Cuts the keys of the English table (`src/generated/locales/en.ts`, lit-localize's generated ids) to their first
 * {@link MESSAGE_KEY_LENGTH} characters; src/shared/english.ts looks templates up cut to the same length. Refuses a
 * cut that two messages share, and a table it finds no generated key in (a stand-in of bench/size/modules.ts is let
 * through). Lines do not move, so the source map stays usable.
 */
function shortMessageKeys() {
  return {
    name: 'short-message-keys',
    transform(code, id) {
      if (!id.endsWith('/src/generated/locales/en.ts')) return null;
      const owners = new Map();
      const cut = code.replace(GENERATED_KEY, (_, quote, key) => {
        const short = key.slice(0, MESSAGE_KEY_LENGTH);
        if (owners.has(short) && owners.get(short) !== key) {
          this.error(`Messages ${owners.get(short)} and ${key} share the key ${short}: raise MESSAGE_KEY_LENGTH.`);
        }
        owners.set(short, key);
        return `${quote}${short}${quote}`;
      });
      if (owners.size === 0 && code.includes('templates')) this.error('No lit-localize message id found in the English table.');
      return { code: cut, map: null };
    },
  };
}

/**
 * The input plugins: node-resolve (browser, ES module conditions), TypeScript, then the HTML and CSS inside Lit's
 * `html`/`css` templates collapsed (whitespace, comments) — our sources only — and the English table's keys cut.
 * @param {{ outDir?: string }} [options] `outDir` when writing the file (with a source map); none for a bench.
 */
export function embedPlugins({ outDir } = {}) {
  const written = outDir !== undefined;
  return [
    nodeResolve({ exportConditions: ['browser', 'import', 'default'] }),
    typescript({
      tsconfig: here('tsconfig.json'),
      compilerOptions: written
        ? { declaration: false, outDir, sourceMap: true }
        : { declaration: false, sourceMap: false, outDir: undefined, rootDir: undefined },
      include: [here('src/**/*.ts')],
      exclude: [here('src/**/*.test.ts'), here('src/test-support/**')],
    }),
    minifyHtmlLiterals({ include: [here('src/**')], failOnError: true, options: { minifyOptions: htmlMinifyOptions } }),
    shortMessageKeys(),
  ];
}

/** The output plugins: terser, no comments; a second compress pass finds what the first one's output allows. */
export function embedOutputPlugins() {
  return [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })];
}
