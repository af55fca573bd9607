// docs/guides/embedding.md as written: the applicant's page, portal.js, portal.css and the Content-Security-Policy
// of the guide, served by a portal on its own origin, opened in Debian's Chromium with the built
// satupintu-elements.js against a running permit service. The guide's example hosts are mapped to the test's:
// the service (`https://izin.kota.go.id`, its API at `/api`) to the started server, the embed file to the portal.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import {
  codeBlocks, fileApplication, ROOT, seedApplicant, startServerProcess, tempDir, type ServerProcess,
} from './guide-support.js';

const GUIDE = 'embedding.md';
const EXAMPLE_SERVICE = 'https://izin.kota.go.id';

/** The guide's block of `lang` whose text starts with `start`. */
function block(lang: string, start: string): string {
  const found = codeBlocks(GUIDE).find((candidate) => candidate.lang === lang && candidate.code.startsWith(start));
  if (found === undefined) throw new Error(`${GUIDE}: no ${lang} block starting with ${start}`);
  return found.code;
}

/** The guide's policy line, for the service at `api`. */
function policy(api: string): string {
  const line = /^Content-Security-Policy: (.+)$/m.exec(readFileSync(join(ROOT, 'docs/guides', GUIDE), 'utf8'))?.[1];
  if (line === undefined) throw new Error(`${GUIDE}: no Content-Security-Policy line`);
  return line.replaceAll(EXAMPLE_SERVICE, new URL(api).origin);
}

/** The city's portal: the guide's page and files, and the built embed file, all under the guide's policy. */
function startPortal(service: () => string): Promise<Server> {
  const files = (api: string): Record<string, { type: string; body: string | Buffer }> => ({
    '/': {
      type: 'text/html; charset=utf-8',
      body: block('html', '<!doctype html>')
        .replaceAll(`${EXAMPLE_SERVICE}/static/satupintu-elements.js`, '/static/satupintu-elements.js')
        .replaceAll(`${EXAMPLE_SERVICE}/api`, api),
    },
    '/portal.js': { type: 'text/javascript', body: block('js', '// portal.js') },
    '/portal.css': { type: 'text/css', body: block('css', '/* portal.css') },
    '/static/satupintu-elements.js': { type: 'text/javascript', body: readFileSync(join(ROOT, 'packages/elements/dist/satupintu-elements.js')) },
  });
  const server = createServer((request, response) => {
    const file = files(service())[request.url ?? ''];
    if (file === undefined) {
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-security-policy': policy(service()) }).end(file.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('docs/guides/embedding.md, the applicant\'s page as written, in Chromium', () => {
  const data = tempDir('satupintu-embedding-');
  let service: ServerProcess;
  let portal: Server;
  let browser: Browser;
  let receiptNumber: string;

  before(async () => {
    // The portal's origin must be known to the service (SATUPINTU_ALLOWED_ORIGINS), and the service's URL to the page.
    portal = await startPortal(() => service.url);
    const env = { SATUPINTU_DATA_DIR: data.path, SATUPINTU_ALLOWED_ORIGINS: `http://127.0.0.1:${(portal.address() as AddressInfo).port}` };
    const applicant = await seedApplicant(env);
    service = await startServerProcess(env);
    receiptNumber = (await fileApplication(service, applicant)).receiptNumber;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => portal?.close(resolve));
    await service?.stop();
    data.remove();
  });

  async function open(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') problems.push(`${message.text()} ${message.location().url}`); });
    await page.goto(`http://127.0.0.1:${(portal.address() as AddressInfo).port}/`);
    return { page, problems };
  }

  it('one script tag defines the elements; the form loads the catalog from the service under the strict policy', async () => {
    const { page, problems } = await open();
    await page.locator('sp-permit-form [part~="continue"]').waitFor();
    const defined = await page.evaluate(() => ['sp-permit-form', 'sp-tracking-timeline', 'sp-ikm-survey', 'sp-ikm-report']
      .map((tag) => customElements.get(tag) !== undefined));
    assert.deepEqual(defined, [true, true, true, true]);
    assert.equal(await page.locator('sp-permit-form [part~="heading"]').first().isVisible(), true);
    assert.deepEqual(problems, [], `no script, network or CSP error: ${problems.join('; ')}`);
  });

  it('theming: portal.css colours the form and styles its continue part', async () => {
    const { page } = await open();
    const button = page.locator('sp-permit-form [part~="continue"]');
    await button.waitFor();
    const style = await button.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { background: computed.backgroundColor, transform: computed.textTransform };
    });
    assert.deepEqual(style, { background: 'rgb(122, 31, 31)', transform: 'uppercase' });
  });

  it('events: portal.js hands the receipt of sp-submitted to the timeline, which tracks it on the service', async () => {
    const { page, problems } = await open();
    await page.locator('sp-permit-form [part~="continue"]').waitFor();
    await page.evaluate((receipt) => {
      document.querySelector('sp-permit-form')?.dispatchEvent(new CustomEvent('sp-submitted', {
        bubbles: true, composed: true, detail: { receiptNumber: receipt, applicationId: 'from-the-form', application: {} },
      }));
    }, receiptNumber);
    await page.locator('sp-tracking-timeline [part~="steps"]').waitFor();
    assert.equal(await page.locator('sp-tracking-timeline').evaluate((element) => (element as HTMLElement & { receipt: string }).receipt), receiptNumber);
    assert.isAbove(await page.locator('sp-tracking-timeline [part~="step"]').count(), 0);
    assert.deepEqual(problems, [], problems.join('; '));
  });
});
