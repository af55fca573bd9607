// Serves the demo city's pages on http://localhost:8080 (PORT to change it), the way a city's own web server would:
// - static pages from demo/ and the embed file at /elements/satupintu-elements.js (one script tag, as any city);
// - /api/* passed to the permit service (SATUPINTU_API_URL, default http://localhost:8081) with the browser's Host,
//   so the portal and the API share an origin: the session cookie is first-party and no CORS is needed;
// - two stand-ins that a real city gets from others, clearly marked as demo-only:
//   POST /demo-bank/pay — the bank: signs a payment callback (HMAC, SATUPINTU_PAYMENT_CALLBACK_SECRET) and sends it;
//   GET /demo-inbox — the phones and mailboxes of the demo accounts: the last messages of the service's log channel
//   (SATUPINTU_DATA_DIR/notifications.log), so a visitor can read the signing PIN the "SMS" carried.
import { Buffer } from 'node:buffer';
import { createHmac, randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)));
const elementsDist = resolve(root, '../packages/elements/dist');
const port = Number(process.env.PORT ?? 8080);
const apiUrl = new URL(process.env.SATUPINTU_API_URL ?? 'http://localhost:8081');
const bankSecret = process.env.SATUPINTU_PAYMENT_CALLBACK_SECRET;
const dataDir = process.env.SATUPINTU_DATA_DIR;
const MAX_BODY = 64 * 1024;
const INBOX_SIZE = 50;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

/** The file under `base` that `relativePath` names, or undefined (outside `base`, hidden, or absent). */
function fileUnder(base, relativePath) {
  const file = normalize(join(base, relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  if (file.split(sep).includes('node_modules') || file.endsWith('.mjs') || file.includes(`${sep}src${sep}`)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function fileFor(path) {
  return path.startsWith('/elements/') ? fileUnder(elementsDist, path.slice('/elements'.length)) : fileUnder(root, path);
}

function sendJson(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan / Not found\n');
}

function readBody(request) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1): never passed on by a proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/**
 * `headers` without the hop-by-hop ones, and without those their Connection header names. Passed on, the service's
 * `Keep-Alive: timeout=72` told clients to reuse an idle connection that this server closes after 5 s.
 */
function endToEnd(headers) {
  const named = String(headers.connection ?? '').split(',').map((name) => name.trim().toLowerCase());
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name) && !named.includes(name)));
}

/** Passes the request to the permit service unchanged but for the `/api` prefix; the Host stays the browser's. */
function proxy(request, response, path) {
  const upstream = httpRequest({
    hostname: apiUrl.hostname,
    port: apiUrl.port,
    method: request.method,
    path: `${apiUrl.pathname.replace(/\/$/, '')}${path}`,
    headers: { ...endToEnd(request.headers), 'x-forwarded-for': request.socket.remoteAddress ?? '' },
  }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
    answer.pipe(response);
  });
  upstream.on('error', () => {
    if (response.headersSent) return response.destroy();
    response.writeHead(502, { 'content-type': 'application/problem+json' }).end(JSON.stringify({
      type: 'about:blank', status: 502, code: 'demo.api-unreachable', title: 'The permit service is not reachable',
      message: { id: 'Layanan perizinan tidak dapat dihubungi.', en: 'The permit service is not reachable.' },
    }));
  });
  request.pipe(upstream);
}

/** The demo bank: the applicant "pays" an SKRD; the bank confirms it to the service with a signed callback. */
async function demoBankPay(request, response) {
  if (bankSecret === undefined) return sendJson(response, 503, { code: 'demo.bank-not-configured' });
  let payment;
  try {
    const { applicationId, skrdNumber, amount } = JSON.parse((await readBody(request)).toString('utf8'));
    payment = { bankReference: `DEMO-${randomUUID()}`, applicationId, skrdNumber, amount, paidAt: new Date().toISOString() };
  } catch {
    return sendJson(response, 400, { code: 'demo.bank-request-invalid' });
  }
  const body = JSON.stringify(payment);
  const signature = createHmac('sha256', bankSecret).update(body).digest('hex');
  try {
    const answer = await fetch(new URL(`${apiUrl.pathname.replace(/\/$/, '')}/payments/callback`, apiUrl), {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-signature': signature }, body,
    });
    sendJson(response, answer.status, await answer.json());
  } catch {
    sendJson(response, 502, { code: 'demo.api-unreachable' });
  }
}

/** The demo accounts' messages, newest first. */
function demoInbox(response) {
  if (dataDir === undefined) return sendJson(response, 200, { messages: [] });
  let lines = [];
  try {
    lines = readFileSync(join(dataDir, 'notifications.log'), 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    // No message sent yet.
  }
  const messages = lines.slice(-INBOX_SIZE).reverse().flatMap((line) => {
    try {
      return [JSON.parse(line)];
    } catch {
      return [];
    }
  });
  sendJson(response, 200, { messages });
}

const server = createServer((request, response) => {
  let path;
  try {
    path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
  } catch {
    return notFound(response);
  }
  if (path === '/api' || path.startsWith('/api/')) return proxy(request, response, (request.url ?? '/').slice('/api'.length) || '/');
  if (path === '/demo-bank/pay' && request.method === 'POST') return void demoBankPay(request, response);
  if (path === '/demo-inbox' && request.method === 'GET') return demoInbox(response);
  const file = request.method === 'GET' || request.method === 'HEAD' ? fileFor(path) : undefined;
  if (!file) return notFound(response);
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(port, () => {
  const { port: actual } = server.address();
  console.log(`Satupintu demo: http://localhost:${actual}/`);
  console.log(`  city portal (applicants):  http://localhost:${actual}/portal.html`);
  console.log(`  back office (staff):       http://localhost:${actual}/backoffice.html`);
  console.log(`  service-deadline calculator: http://localhost:${actual}/deadline-calculator.html`);
});
