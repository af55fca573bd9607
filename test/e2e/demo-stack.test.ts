import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startDemoStack, type DemoStack } from '../support/stack.js';

describe('demo: the city site in front of the permit service', () => {
  let stack: DemoStack;
  let browser: Browser;

  before(async () => {
    stack = await startDemoStack();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('passes /api to the service and serves the embed file, as a city would', async () => {
    const health = await fetch(`${stack.url}api/health`);
    assert.equal(health.status, 200);
    const embed = await fetch(`${stack.url}elements/satupintu-elements.js`);
    assert.equal(embed.status, 200);
    assert.match(embed.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await fetch(`${stack.url}elements/../../package.json`)).status, 404);
  });

  it('signs a staff member in with the printed demo account and sends them to the back office', async () => {
    const officer = stack.accounts.get('admin-officer');
    assert.isDefined(officer, 'seed-demo printed the administrative officer');
    const page = await browser.newPage();
    await page.goto(`${stack.url}login.html`);
    await page.getByLabel('Surel').fill(officer?.email ?? '');
    await page.getByLabel('Kata sandi').fill(officer?.password ?? '');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(/backoffice\.html/);
    const me = await page.evaluate(async () => (await fetch('/api/me')).json() as Promise<{ account: { email: string } }>);
    assert.equal(me.account.email, officer?.email);
    await page.close();
  });

  it('refuses a wrong password with the service’s message in the error summary, focused', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.url}login.html`);
    await page.getByLabel('Surel').fill('pemohon@demo.satupintu.example');
    await page.getByLabel('Kata sandi').fill('not-the-password');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.locator('#error-summary:focus').waitFor();
    assert.notEqual((await page.locator('#error-message').textContent())?.trim(), '');
    await page.close();
  });
});
