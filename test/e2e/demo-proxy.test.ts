import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startProcess } from '../support/browser.js';

describe('demo: the /api proxy of the city\'s web server', () => {
  let service: Server;
  let demo: ChildProcess;
  let url = '';
  const seen: Record<string, string | string[] | undefined>[] = [];

  before(async () => {
    // A stand-in for the permit service with Fastify's keep-alive (72 s), longer than the demo server's own (5 s).
    service = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(200, { 'content-type': 'application/json', 'x-service': 'yes' }).end('{"ok":true}');
    });
    service.keepAliveTimeout = 72_000;
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const started = await startProcess('demo/serve.mjs', { SATUPINTU_API_URL: `http://127.0.0.1:${(service.address() as AddressInfo).port}` });
    demo = started.process;
    url = started.url;
  });
  after(() => {
    demo?.kill();
    service?.closeAllConnections();
    service?.close();
  });

  it('passes answers on without the service\'s connection headers, so a client does not reuse a connection the demo server closed', { timeout: 20_000 }, async () => {
    const first = await fetch(`${url}api/health`, { headers: { 'x-client': 'kept' } });
    assert.equal(await first.text(), '{"ok":true}');
    assert.equal(first.headers.get('x-service'), 'yes', 'end-to-end headers pass');
    assert.notInclude(first.headers.get('keep-alive') ?? '', 'timeout=72', 'the demo server\'s own keep-alive, not the service\'s');
    assert.equal(seen[0]?.['x-client'], 'kept');
    await sleep(6_000); // past the demo server's keep-alive timeout (5 s)
    const again = await fetch(`${url}api/health`, { method: 'POST', body: '{}' });
    assert.equal(again.status, 200);
  });
});
