// Drill (d), issue 9: the network cut during the upload and the submission — once before the request reaches the
// service (the device is offline), once after the service acted on it but before its answer arrives (the answer is
// lost). Back online, the form finishes on its own or on the applicant's retry: one application, one document each.
// Also at the draft step: the draft's answer lost, "Lanjutkan" again makes no second draft.
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { signIn } from '../support/applicant.js';
import { launchChromium } from '../support/browser.js';
import { signInFromPortal, startPortal, type Portal } from '../support/portal-drill.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Counts {
  applications: number;
  documents: number;
  /** Requests the page sent, by kind (offline ones never leave the device; relayed ones reach the service). */
  uploadsSent: number;
  submitsSent: number;
}

/** The applicant's applications as the service lists them (its own session over HTTP). */
async function applicationsOf(portal: Portal): Promise<{ id: string; state: string; documents: unknown[] }[]> {
  const { headers } = await signIn(portal.api, portal.applicant);
  const list = await fetch(`${portal.api}/applications?limit=1000`, { headers });
  return ((await list.json()) as { items: { id: string; state: string; documents?: unknown[] }[] }).items
    .map((item) => ({ id: item.id, state: item.state, documents: item.documents ?? [] }));
}

/** Fills the applicant step and continues (the draft is created on the service). */
async function applicantStep(page: Page): Promise<void> {
  await fillApplicant(page);
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await page.getByRole('heading', { name: 'Dokumen persyaratan' }).waitFor();
  // The list of documents comes from the service after the step opens: the cut comes once it is there.
  await page.locator('sp-permit-form [part="documents-status"]').waitFor({ state: 'detached' });
}

async function fillApplicant(page: Page): Promise<void> {
  await page.getByLabel('Nama lengkap', { exact: true }).fill('Siti Rahma');
  await page.getByLabel('NIK', { exact: true }).fill('3578015208900003');
  await page.getByLabel('Nomor ponsel', { exact: true }).fill('0812 3456 7890');
  await page.getByLabel('Alamat e-mail', { exact: true }).fill('siti.rahma@example.id');
  await page.getByRole('radio', { name: 'Tidak' }).check();
  await page.getByLabel('Luas gudang (m²)').fill('120');
}

/** Chooses the file; the first upload is cut by `cut`, then the applicant presses "try again". */
async function uploadThroughCut(page: Page, cut: () => Promise<void>, restore: () => Promise<void>): Promise<void> {
  await cut();
  await page.locator('sp-file-drop input[type="file"]').first().setInputFiles({ name: 'ktp-direktur.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByText('Gagal mengunggah ktp-direktur.pdf.').waitFor();
  await restore();
  await page.getByRole('button', { name: 'Coba unggah lagi' }).click();
  await page.getByText('Terunggah: ktp-direktur.pdf').waitFor();
}

async function toCheckStep(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await page.getByRole('heading', { name: 'Pernyataan kebenaran data' }).waitFor();
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await page.getByRole('heading', { name: 'Periksa jawaban Anda' }).waitFor();
}

describe('drill (d): the network cut during upload and submission', () => {
  let portal: Portal;
  let browser: Browser;
  before(async () => {
    portal = await startPortal();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  async function drill(how: string, context: BrowserContext, page: Page, cuts: {
    upload: [cut: () => Promise<void>, restore: () => Promise<void>];
    submit: [cut: () => Promise<void>, restore: () => Promise<void>];
  }, counts: Counts): Promise<void> {
    const before = new Set((await applicationsOf(portal)).map((a) => a.id));
    await signInFromPortal(page, portal);
    await page.goto(`${portal.site.origin}/permit-form.html`);
    await applicantStep(page);
    await uploadThroughCut(page, ...cuts.upload);
    await toCheckStep(page);
    await cuts.submit[0]();
    await page.getByRole('button', { name: 'Kirim permohonan' }).click();
    await cuts.submit[1]();
    const receipt = await page.locator('sp-permit-form').getByText(/^MJK/).first().textContent({ timeout: 60_000 });
    await context.close();

    const created = (await applicationsOf(portal)).filter((a) => !before.has(a.id));
    counts.applications = created.length;
    counts.documents = created[0]?.documents.length ?? 0;
    const submitted = created.filter((a) => a.state === 'awaiting-verification').length;
    console.log(`drill: network cut (${how}) — the page sent ${counts.uploadsSent} upload and ${counts.submitsSent} submit requests; `
      + `${created.length} application created (${submitted} submitted, receipt ${receipt ?? '?'}), ${counts.documents} document on it; `
      + `${Math.max(0, created.length - 1)} duplicates, ${submitted === 1 && counts.documents === 1 ? 0 : 1} lost`);
    assert.equal(created.length, 1, 'exactly one application');
    assert.equal(submitted, 1, 'and it is submitted');
    assert.equal(counts.documents, 1, 'with its one document, uploaded once');
  }

  it('APP-02 APP-03 offline: the upload is retried once back online and the queued submission is sent by itself', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const counts: Counts = { applications: 0, documents: 0, uploadsSent: 0, submitsSent: 0 };
    await page.route('**/applications/*/documents/*', async (route) => {
      counts.uploadsSent += 1;
      await route.continue();
    });
    await page.route('**/applications/*/submit', async (route) => {
      counts.submitsSent += 1;
      await route.continue();
    });
    const offline = async () => context.setOffline(true);
    const online = async () => context.setOffline(false);
    const queued = async () => {
      await page.getByText('Permohonan Anda disimpan di perangkat ini', { exact: false }).waitFor();
      await context.setOffline(false);
    };
    await drill('offline, then back online', context, page, { upload: [offline, online], submit: [offline, queued] }, counts);
  });

  it('APP-02 APP-03 the answer lost after the service acted: the retried upload replaces, the retried submission replays', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const counts: Counts = { applications: 0, documents: 0, uploadsSent: 0, submitsSent: 0 };
    let dropUpload = false;
    let dropSubmit = false;
    /** Passes the request to the service, then, when asked, drops its answer as a broken connection would. */
    const relay = (drop: () => boolean, onReceived: () => void, onDropped: () => void) => async (route: Route) => {
      const response = await route.fetch();
      onReceived();
      if (drop()) {
        onDropped();
        await route.abort('connectionreset');
      } else {
        await route.fulfill({ response });
      }
    };
    await page.route('**/applications/*/documents/*', relay(() => dropUpload, () => { counts.uploadsSent += 1; }, () => { dropUpload = false; }));
    await page.route('**/applications/*/submit', relay(() => dropSubmit, () => { counts.submitsSent += 1; }, () => { dropSubmit = false; }));
    await drill('answer lost after the service acted', context, page, {
      upload: [async () => { dropUpload = true; }, async () => undefined],
      submit: [async () => { dropSubmit = true; }, async () => undefined],
    }, counts);
    assert.isAtLeast(counts.submitsSent, 2, 'the submission reached the service twice and was registered once');
    assert.isAtLeast(counts.uploadsSent, 2, 'the upload reached the service twice and is stored once');
  });

  it('the draft\'s answer lost after the service made it: "Lanjutkan" again repeats the Idempotency-Key, one draft', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const keys: (string | undefined)[] = [];
    let dropDraft = true;
    await page.route('**/applications', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key']);
      const response = await route.fetch();
      if (dropDraft) {
        dropDraft = false;
        await route.abort('connectionreset');
      } else {
        await route.fulfill({ response });
      }
    });
    const before = new Set((await applicationsOf(portal)).map((a) => a.id));
    await signInFromPortal(page, portal);
    await page.goto(`${portal.site.origin}/permit-form.html`);
    await fillApplicant(page);
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.getByRole('heading', { name: 'Ada masalah' }).waitFor();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.getByRole('heading', { name: 'Dokumen persyaratan' }).waitFor();
    await context.close();

    const created = (await applicationsOf(portal)).filter((a) => !before.has(a.id));
    console.log(`drill: network cut (draft answer lost) — the page sent ${keys.length} draft requests with ${new Set(keys).size} key(s); `
      + `${created.length} draft created; ${Math.max(0, created.length - 1)} duplicates`);
    assert.lengthOf(keys, 2);
    assert.isString(keys[0]);
    assert.equal(keys[1], keys[0], 'the repeat carries the same key');
    assert.lengthOf(created, 1, 'exactly one draft');
  });
});
