// A city's portal in miniature for browser drills: serves a fixture page (its `{{name}}` placeholders filled from
// `values`) and the built embed file, under the strict Content-Security-Policy a portal would send.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The embed file a portal loads with one `<script type="module">` (built by `npm run build`). */
export const EMBED_FILE = fileURLToPath(new URL('../../packages/elements/dist/satupintu-elements.js', import.meta.url));

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** A running site: its origin, the values its pages are filled with (change them at will), and `close`. */
export interface FixtureSite {
  readonly origin: string;
  readonly values: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Serves each of `pages` (HTML files) at `/<file name>` and the embed file at `/satupintu-elements.js`, on
 * 127.0.0.1 and a free port. `connect-src` allows `values.api` (read at each request, so it may be set once the
 * service, which must know the site's origin first, is up).
 */
export async function startFixtureSite(pages: readonly string[], values: Record<string, string> = {}): Promise<FixtureSite> {
  if (!existsSync(EMBED_FILE)) throw new Error(`${EMBED_FILE} is missing: run \`npm run build\` first`);
  const byPath = new Map(pages.map((page) => [`/${basename(page)}`, page]));
  const site = { values };
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const page = byPath.get(path);
    if (page !== undefined) {
      const html = readFileSync(page, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeAttribute(site.values[name] ?? ''));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': `${CSP}; connect-src 'self' ${site.values.api ?? ''}`, 'cache-control': 'no-store' });
      response.end(html);
    } else if (path === '/satupintu-elements.js' || path === '/satupintu-elements.js.map') {
      response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json', 'cache-control': 'no-store' });
      response.end(readFileSync(join(EMBED_FILE, '..', path.slice(1))));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan / Not found\n');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    values: site.values,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
