import { afterEach, describe, it } from 'node:test';
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { calculateFee, defaultCatalog, parseNik, parsePhone, requirementsFor, type Requirement } from '@satupintu/core';
import { API, feeQuoteResponse, problem, requirementsResponse, useServer } from '../test-support/msw.js';
import type { SpFileDrop } from '../file-drop/file-drop.js';
import type { SpRadioGroup } from '../radio-group/radio-group.js';
import type { SpTextField } from '../text-field/text-field.js';
import { loadDraft } from './draft-store.js';
import './permit-form.js';
import type { SpPermitForm } from './permit-form.js';

const NIK = '3576014108900003';
const PHONE = '0812-3456-7890';
const EMAIL = 'siti.rahma@example.id';
const RECEIPT = 'MJK-20260302-000017-Q';

/** A fake permit service on msw, following the API contract; it counts what it was asked. */
class FakeService {
  created = 0;
  /** The `Idempotency-Key` of each `POST /applications`. */
  createKeys: (string | null)[] = [];
  /** Drafts made under a key: a repeat with the key gets the same answer (as the service does). */
  readonly drafts = new Map<string, unknown>();
  /** Answers lost after the draft was made (the connection cut on the way back). */
  lostCreates = 0;
  patched = 0;
  uploads: { key: string; name: string | null; type: string | null; csrf: string | null }[] = [];
  submits: { key: string | null; body: unknown }[] = [];
  registered = new Map<string, unknown>();
  quotes: unknown[] = [];
  /** The bodies of `POST /catalog/{permitType}/requirements`. */
  requirementRequests: unknown[] = [];
  /** While set, the documents are not answered until it settles (the loading state). */
  requirementsGate: Promise<void> | undefined;
  catalogRequests = 0;
  /** Answers before the service is reachable: each submit attempt fails while this is above zero. */
  offlineSubmits = 0;
  failUploads = 0;
  uploadDelay = 0;
  createAnswer: (() => Response) | undefined;
  submitAnswer: ((body: unknown) => Response) | undefined;
  quoteAnswer: (() => Response) | undefined;
  catalogAnswer: (() => Response) | undefined;
  requirementsAnswer: (() => Response) | undefined;

  handlers(): RequestHandler[] {
    return [
      http.get(`${API}/catalog`, () => {
        this.catalogRequests += 1;
        return this.catalogAnswer?.() ?? HttpResponse.json(defaultCatalog);
      }),
      http.post(`${API}/catalog/:permitType/requirements`, async ({ request, params }) => {
        this.requirementRequests.push(await request.json());
        await this.requirementsGate;
        return this.requirementsAnswer?.() ?? requirementsResponse(String(params.permitType), this.requirementRequests.at(-1));
      }),
      http.post(`${API}/fees/quote`, async ({ request }) => {
        this.quotes.push(await request.json());
        return this.quoteAnswer?.() ?? feeQuoteResponse(this.quotes.at(-1));
      }),
      http.post(`${API}/applications`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        const key = request.headers.get('Idempotency-Key');
        this.createKeys.push(key);
        if (this.createAnswer) return this.createAnswer();
        const made = key === null ? undefined : this.drafts.get(key);
        if (made) return HttpResponse.json(made, { status: 201, headers: { 'Idempotency-Replayed': 'true' } });
        this.created += 1;
        const draft = { id: `A-${this.created}`, version: 1, state: 'draft', ...body };
        if (key !== null) this.drafts.set(key, draft);
        if (this.lostCreates > 0) {
          this.lostCreates -= 1;
          return HttpResponse.error();
        }
        return HttpResponse.json(draft, { status: 201 });
      }),
      http.patch(`${API}/applications/:id`, async ({ params }) => {
        this.patched += 1;
        return HttpResponse.json({ id: String(params.id), version: 2, state: 'draft' });
      }),
      http.put(`${API}/applications/:id/documents/:key`, async ({ request, params }) => {
        const bytes = await request.arrayBuffer();
        if (this.uploadDelay > 0) await delay(this.uploadDelay);
        if (this.failUploads > 0) {
          this.failUploads -= 1;
          return HttpResponse.error();
        }
        this.uploads.push({ key: String(params.key), name: request.headers.get('X-File-Name'), type: request.headers.get('Content-Type'), csrf: request.headers.get('X-CSRF-Token') });
        return HttpResponse.json({
          key: String(params.key), fileName: decodeURIComponent(request.headers.get('X-File-Name') ?? ''),
          mediaType: request.headers.get('Content-Type'), size: bytes.byteLength, sha256: 'a'.repeat(64),
        });
      }),
      http.post(`${API}/applications/:id/submit`, async ({ request, params }) => {
        const key = request.headers.get('Idempotency-Key');
        const body = await request.json();
        this.submits.push({ key, body });
        if (this.offlineSubmits > 0) {
          this.offlineSubmits -= 1;
          return HttpResponse.error();
        }
        if (this.submitAnswer) return this.submitAnswer(body);
        if (!key) return problem(400, 'idempotency.key-missing', 'Kunci hilang.', 'Key missing.');
        const stored = this.registered.get(key);
        if (stored) return HttpResponse.json(stored);
        const answer = { application: { id: String(params.id), state: 'awaiting-verification', submittedAt: '2026-03-02T09:15:00+07:00' }, receiptNumber: RECEIPT };
        this.registered.set(key, answer);
        return HttpResponse.json(answer);
      }),
    ];
  }
}

let keys = 0;
const uniqueKey = (): string => `t${Date.now()}-${(keys += 1)}`;

async function render(service: FakeService, options: { permitType?: string; draftKey?: string; lang?: string; catalog?: boolean } = {}): Promise<SpPermitForm> {
  await useServer(...service.handlers());
  const form = await fixture<SpPermitForm>(html`<sp-permit-form permit-type=${options.permitType ?? 'tdg'} api=${API}
    draft-key=${options.draftKey ?? uniqueKey()} today="2026-03-02" lang=${options.lang ?? 'id'}
    .catalog=${options.catalog === false ? undefined : defaultCatalog}></sp-permit-form>`);
  await waitUntil(() => form.shadowRoot!.querySelector('#step-heading'), 'form rendered', { timeout: 10000 });
  await settle(form);
  return form;
}

/** Waits for the form and every inner control to finish rendering. */
async function settle(form: SpPermitForm): Promise<void> {
  await form.updateComplete;
  const inner = [...form.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<boolean> }>('sp-text-field, sp-radio-group, sp-file-drop')];
  await Promise.all(inner.map((element) => element.updateComplete));
  await form.updateComplete;
}

const $ = <T extends Element>(form: SpPermitForm, selector: string): T => form.shadowRoot!.querySelector<T>(selector)!;
const field = (form: SpPermitForm, name: string): SpTextField => $<SpTextField>(form, `sp-text-field[name="${name}"]`);
const inputOf = (control: SpTextField): HTMLInputElement => control.shadowRoot!.querySelector('input')!;
const heading = (form: SpPermitForm): string => $(form, '#step-heading').textContent!.trim();

/** Types into a field as a user would (an input event per value) and leaves it (change). */
async function fill(form: SpPermitForm, name: string, value: string): Promise<void> {
  const control = field(form, name);
  const input = inputOf(control);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await control.updateComplete;
  await form.updateComplete;
}

async function choose(form: SpPermitForm, name: string, value: string): Promise<void> {
  const group = $<SpRadioGroup>(form, `sp-radio-group[name="${name}"]`);
  const radio = [...group.shadowRoot!.querySelectorAll('input')].find((input) => input.value === value)!;
  radio.click();
  await group.updateComplete;
  await settle(form);
}

async function fillPerson(form: SpPermitForm): Promise<void> {
  await fill(form, 'name', 'Siti Rahma');
  await fill(form, 'nik', NIK);
  await fill(form, 'phone', PHONE);
  await fill(form, 'email', EMAIL);
  await choose(form, 'detail.nuisanceActApplies', 'false');
  await fill(form, 'fee.areaM2', '40');
}

async function clickContinue(form: SpPermitForm): Promise<void> {
  $<HTMLButtonElement>(form, '[part="continue"]').click();
  await settle(form);
}

async function untilStep(form: SpPermitForm, title: string): Promise<void> {
  await waitUntil(() => form.shadowRoot!.querySelector('#step-heading')?.textContent?.trim() === title, `step "${title}"`, { timeout: 10000 });
  await settle(form);
}

/** Waits for the documents step with the service's list of documents shown. */
async function untilDocuments(form: SpPermitForm): Promise<void> {
  await untilStep(form, 'Dokumen persyaratan');
  await waitUntil(() => form.shadowRoot!.querySelector('.documents'), 'the list of documents', { timeout: 10000 });
  await settle(form);
}

function uploadRequirements(kind: 'person' | 'business' = 'person'): Requirement[] {
  const list = requirementsFor('tdg', kind, { details: { nuisanceActApplies: false } });
  if (!list.ok) throw new Error(list.error.code);
  return list.value.documents.filter((requirement) => requirement.submission === 'upload');
}

function pdf(name: string, size = 2048, type = 'application/pdf'): File {
  return new File([new Uint8Array(size).fill(37)], name, { type });
}

/** Chooses a file with the drop zone's file picker (what the browser does when the user picks one). */
async function pick(drop: SpFileDrop, file: File): Promise<void> {
  const input = drop.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await drop.updateComplete;
}

const drops = (form: SpPermitForm): SpFileDrop[] => [...form.shadowRoot!.querySelectorAll<SpFileDrop>('sp-file-drop')];

async function uploadAll(form: SpPermitForm): Promise<void> {
  for (const drop of drops(form)) {
    if (!drop.required) continue;
    await pick(drop, pdf(`${drop.key}.pdf`));
    await waitUntil(() => drop.status === 'done', `${drop.key} uploaded`, { timeout: 10000 });
  }
  await settle(form);
}

/** From the filled applicant step: continues, uploads every document, ticks the declaration, up to "check your answers". */
async function continueToCheck(form: SpPermitForm): Promise<void> {
  await clickContinue(form);
  await untilDocuments(form);
  await uploadAll(form);
  await clickContinue(form);
  await untilStep(form, 'Pernyataan kebenaran data');
  $<HTMLInputElement>(form, '#field-declaration').click();
  await settle(form);
  await clickContinue(form);
  await untilStep(form, 'Periksa jawaban Anda');
}

/** Fills every step up to "check your answers". */
async function toCheck(form: SpPermitForm): Promise<void> {
  await fillPerson(form);
  await continueToCheck(form);
}

describe('sp-permit-form', () => {
  afterEach(() => {
    fixtureCleanup();
    document.documentElement.removeAttribute('lang');
  });

  it('IDN-01 IDN-04 checks NIK, mobile number and e-mail live with core, with core\'s own messages linked to the input', async () => {
    const form = await render(new FakeService());
    expect(heading(form)).to.equal('Data pemohon');
    await fill(form, 'nik', '3576014108900000');
    const nik = field(form, 'nik');
    const expected = parseNik('3576014108900000', { asOf: '2026-03-02' });
    expect(expected.ok).to.equal(false);
    const error = nik.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain(!expected.ok ? expected.error.message.id : '');
    expect(inputOf(nik).getAttribute('aria-invalid')).to.equal('true');
    expect(inputOf(nik).getAttribute('aria-describedby')).to.contain(error.id);
    // A fixed line cannot receive SMS: refused with core's phone.kind message.
    await fill(form, 'phone', '(021) 5550 1234');
    const landline = parsePhone('(021) 5550 1234', { kinds: ['mobile'] });
    expect(field(form, 'phone').shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(!landline.ok ? landline.error.message.id : '');
    await fill(form, 'email', 'siti@@example');
    expect(field(form, 'email').shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    // Corrected: the error goes as the user types.
    await fill(form, 'nik', NIK);
    expect(field(form, 'nik').shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('IDN-02 checks a business NPWP with core, in English with lang="en"', async () => {
    const form = await render(new FakeService(), { lang: 'en' });
    expect(heading(form)).to.equal('Applicant details');
    await choose(form, 'kind', 'business');
    await fill(form, 'npwp', '01.312.166.1-091.000');
    const control = field(form, 'npwp');
    expect(control.label).to.equal('Company NPWP (tax number)');
    expect(control.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(/check digit/i);
    await expect(form).to.be.accessible();
  });

  it('GOV.UK error summary: takes focus and links to each field; nothing is sent', async () => {
    const service = new FakeService();
    const form = await render(service);
    await fill(form, 'nik', '123');
    await clickContinue(form);
    const summary = $<HTMLElement>(form, '[part="error-summary"]');
    expect(form.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
      ['#field-name', '#field-nik', '#field-phone', '#field-email', '#field-detail.nuisanceActApplies', '#field-fee.areaM2']);
    expect(links[0]!.textContent).to.equal('Nama lengkap: Wajib diisi.');
    expect(links[1]!.textContent).to.contain('NIK: ');
    await expect(form).to.be.accessible();
    links[1]!.click();
    expect(form.shadowRoot!.activeElement).to.equal(field(form, 'nik'));
    expect(field(form, 'nik').shadowRoot!.activeElement).to.equal(inputOf(field(form, 'nik')));
    expect(service.created).to.equal(0);
  });

  it('FEE-09 previews the fee quoted by the service (core with the city\'s settings), line by line with the citation', async () => {
    const service = new FakeService();
    const form = await render(service);
    expect($(form, '[part="fee"]').textContent).to.contain('Isi data di atas');
    expect(service.quotes).to.deep.equal([], 'nothing to quote yet');
    await fill(form, 'fee.areaM2', '40,2');
    await waitUntil(() => $(form, '[part="fee"] .total'), 'quote shown', { timeout: 5000 });
    expect(service.quotes).to.deep.equal([{ permitType: 'tdg', input: { areaM2: 40.2 } }]);
    const expected = calculateFee('tdg', { areaM2: 40.2 });
    if (!expected.ok) throw new Error('fee');
    const fee = $(form, '[part="fee"]');
    const total = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(expected.value.total);
    expect(fee.querySelector('.total')!.textContent).to.equal(total);
    expect(fee.querySelectorAll('tbody tr')).to.have.length(expected.value.lines.length);
    expect(fee.textContent).to.contain(expected.value.lines[0]!.source.article);
    await expect(form).to.be.accessible();
  });

  it('FEE-09 the service\'s coded refusal shows at the field it names; a non-number is refused in the browser without asking', async () => {
    const service = new FakeService();
    const form = await render(service);
    await fill(form, 'fee.areaM2', 'empat puluh');
    await settle(form);
    expect(field(form, 'fee.areaM2').shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Isi dengan angka');
    await fill(form, 'fee.areaM2', '-3');
    const refused = calculateFee('tdg', { areaM2: -3 });
    if (refused.ok) throw new Error('core took a negative area');
    await waitUntil(() => field(form, 'fee.areaM2').shadowRoot!.querySelector('[part="error"]')?.textContent?.includes(refused.error.message.id),
      'the service\'s message at the field', { timeout: 5000 });
    expect(service.quotes).to.deep.equal([{ permitType: 'tdg', input: { areaM2: -3 } }]);
    expect($(form, '[part="fee"]').textContent).to.contain('Isi data di atas');
    await clickContinue(form);
    expect([...form.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).to.include('#field-fee.areaM2');
    expect(service.created).to.equal(0);
  });

  it('FEE-08 shows the service\'s quote for a type whose tariff the city sets; what core cannot compute is "calculated by the office"', async () => {
    const service = new FakeService();
    service.quoteAnswer = () => HttpResponse.json({ permitType: 'imb', total: 1250000, lines: [{ kind: 'charge', label: { id: 'Retribusi IMB', en: 'IMB fee' }, quantity: 1, unit: { id: 'izin', en: 'permit' }, rate: 1250000, amount: 1250000, source: { regulation: 'Perwali 7/2024', article: 'Pasal 3' } }] });
    const form = await render(service, { permitType: 'imb' });
    await waitUntil(() => $(form, '[part="fee"] .total'), 'quote shown', { timeout: 5000 });
    expect($(form, '[part="fee"]').textContent).to.contain('Perwali 7/2024').and.contain('1.250.000');
    expect(service.quotes).to.deep.equal([{ permitType: 'imb', input: {} }]);

    const refusing = new FakeService();
    const office = await render(refusing, { permitType: 'reklame' });
    await waitUntil(() => $(office, '[part="fee"]').textContent!.includes('dihitung oleh kantor'), 'office fallback', { timeout: 5000 });
    expect(refusing.quotes).to.have.length(1);
  });

  it('a failed quote shows the service\'s bilingual message and a retry; offline, that the office computes the fee', async () => {
    const service = new FakeService();
    service.quoteAnswer = () => problem(503, 'service.unavailable', 'Layanan sedang sibuk.', 'The service is busy.');
    const form = await render(service, { lang: 'en' });
    await fill(form, 'fee.areaM2', '40');
    await waitUntil(() => $(form, '[part="fee"]').textContent!.includes('The service is busy.'), 'the service\'s message', { timeout: 5000 });
    await expect(form).to.be.accessible();
    service.quoteAnswer = () => HttpResponse.error();
    $<HTMLButtonElement>(form, '[part="fee"] button').click();
    await waitUntil(() => $(form, '[part="fee"]').textContent!.includes('computed by the office'), 'offline notice', { timeout: 5000 });
    service.quoteAnswer = undefined;
    $<HTMLButtonElement>(form, '[part="fee"] button').click();
    await waitUntil(() => $(form, '[part="fee"] .total'), 'quote after retry', { timeout: 5000 });
    expect(service.quotes).to.have.length(3);
  });

  it('a lost answer at the draft step: "Lanjutkan" again, also after a reload, repeats the Idempotency-Key and makes one draft', async () => {
    const service = new FakeService();
    service.lostCreates = 1;
    const draftKey = uniqueKey();
    const form = await render(service, { draftKey });
    await fillPerson(form);
    await clickContinue(form);
    await waitUntil(() => form.shadowRoot!.querySelector('.error-summary'), 'the network error', { timeout: 10000 });
    expect(heading(form)).to.equal('Data pemohon');
    expect(service.created).to.equal(1, 'the service made the draft; its answer was lost');
    const kept = await loadDraft(form.draftId);
    expect(kept?.pendingCreate?.key).to.equal(service.createKeys[0]).and.to.be.a('string');
    form.remove(); // the applicant reloads the page

    const again = await render(service, { draftKey });
    await waitUntil(() => $(again, '.status[role="status"]').textContent!.includes('dipulihkan'), 'draft restored', { timeout: 10000 });
    await settle(again);
    await clickContinue(again);
    await untilDocuments(again);
    expect(service.created).to.equal(1);
    expect(service.createKeys).to.have.length(2);
    expect(new Set(service.createKeys).size).to.equal(1);
    const drop = drops(again)[0]!;
    await pick(drop, pdf('akta.pdf'));
    await waitUntil(() => drop.status === 'done', 'uploaded', { timeout: 10000 });
    expect(service.uploads.length).to.equal(1);
    expect((await loadDraft(again.draftId))?.applicationId).to.equal('A-1');
  });

  it('CAT-02 asks for the documents the catalog requires for this applicant; type and size are checked before upload', async () => {
    const service = new FakeService();
    const form = await render(service);
    await fillPerson(form);
    const stepChange = oneEvent(form, 'sp-step-change');
    await clickContinue(form);
    expect((await stepChange).detail).to.deep.equal({ step: 'documents', index: 1 });
    await untilDocuments(form);
    expect(service.created).to.equal(1);
    expect(form.shadowRoot!.activeElement).to.equal($(form, '#step-heading'));
    expect(service.requirementRequests.at(-1)).to.deep.equal({ applicant: { kind: 'person', representative: false }, details: { nuisanceActApplies: false } });
    const required = uploadRequirements('person');
    expect(drops(form).map((drop) => drop.key)).to.deep.equal(required.map((requirement) => requirement.key));
    expect(drops(form)[0]!.label).to.equal(required[0]!.label.id);
    await expect(form).to.be.accessible();

    const first = drops(form)[0]!;
    await pick(first, pdf('ktp.exe', 100, 'application/x-msdownload'));
    expect(first.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('tidak diterima');
    await pick(first, pdf('huge.pdf', (required[0]!.maxBytes ?? 0) + 1));
    expect(first.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('terlalu besar');
    expect(service.uploads).to.have.length(0);
    await expect(form).to.be.accessible();

    // Continue with documents missing: the summary links to each drop zone.
    await clickContinue(form);
    const links = [...$(form, '[part="error-summary"]').querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(
      required.filter((requirement) => requirement.required).map((requirement) => `#doc-${requirement.key}`));
    expect(form.shadowRoot!.activeElement).to.equal($(form, '[part="error-summary"]'));
    links[0]!.click();
    expect(first.shadowRoot!.activeElement).to.equal(first.shadowRoot!.querySelector('input[type="file"]'));
  });

  it('CAT-02 a business entity is asked for its own documents (deed of establishment, company NPWP)', async () => {
    const service = new FakeService();
    const form = await render(service);
    await choose(form, 'kind', 'business');
    await fill(form, 'companyName', 'PT Maju Jaya');
    await fill(form, 'npwp', '01.312.166.0-091.000');
    await fill(form, 'name', 'Budi Santoso');
    await fill(form, 'nik', NIK);
    await fill(form, 'phone', PHONE);
    await fill(form, 'email', EMAIL);
    await choose(form, 'representative', 'no');
    await choose(form, 'detail.nuisanceActApplies', 'false');
    await fill(form, 'fee.areaM2', '120');
    await expect(form).to.be.accessible();
    await clickContinue(form);
    await untilDocuments(form);
    expect(service.requirementRequests.at(-1)).to.deep.equal({ applicant: { kind: 'business', representative: false }, details: { nuisanceActApplies: false } });
    expect(drops(form).map((drop) => drop.key)).to.deep.equal(uploadRequirements('business').map((requirement) => requirement.key));
    expect(drops(form).map((drop) => drop.key)).to.include('deed-of-establishment');
    await expect(form).to.be.accessible();
  });

  it('CAT-02 shows the documents exactly as the city\'s service lists them (its own catalog), at upload and at the check', async () => {
    const service = new FakeService();
    const cityList = {
      permitType: 'tdg', applicant: 'person', undecided: [], source: { regulation: 'Perwali Mojokerto 12/2026', article: 'Lampiran I' },
      documents: [
        { key: 'city-form', label: { id: 'Formulir kota', en: 'City form' }, appliesTo: 'both', submission: 'upload', required: true, accept: ['application/pdf'], maxBytes: 1_000_000, source: { regulation: 'Perwali Mojokerto 12/2026', article: 'Lampiran I' } },
        { key: 'stamp-duty', label: { id: 'Meterai asli', en: 'Original duty stamp' }, appliesTo: 'both', submission: 'in-person', required: true, source: { regulation: 'Perwali Mojokerto 12/2026', article: 'Lampiran I' } },
      ],
    };
    service.requirementsAnswer = () => HttpResponse.json(cityList);
    const form = await render(service, { lang: 'en' });
    await fillPerson(form);
    await clickContinue(form);
    await untilStep(form, 'Required documents');
    await waitUntil(() => form.shadowRoot!.querySelector('.documents'), 'the list of documents', { timeout: 10000 });
    await settle(form);
    expect(drops(form).map((drop) => [drop.key, drop.label, drop.maxBytes])).to.deep.equal([['city-form', 'City form', 1_000_000]]);
    expect($(form, '.step').textContent).to.contain('Original duty stamp');
    await expect(form).to.be.accessible();
  });

  it('CAT-02 while the service lists the documents: a loading state; its error with a retry; offline, the list appears when the connection returns', async () => {
    const service = new FakeService();
    let open = (): void => undefined;
    service.requirementsGate = new Promise((resolve) => (open = resolve));
    const form = await render(service);
    await fillPerson(form);
    await clickContinue(form);
    await untilStep(form, 'Dokumen persyaratan');
    expect($(form, '[part="documents-status"][role="status"]').textContent).to.contain('Memuat daftar dokumen');
    expect(drops(form)).to.have.length(0);
    expect(form.shadowRoot!.querySelector('[part="continue"]')).to.equal(null, 'no "continue" past a list not yet known');
    await expect(form).to.be.accessible();

    service.requirementsAnswer = () => problem(503, 'service.unavailable', 'Layanan sedang sibuk.', 'The service is busy.');
    open();
    await waitUntil(() => form.shadowRoot!.querySelector('[part="documents-status"][role="alert"]'), 'the service\'s error', { timeout: 10000 });
    expect($(form, '[part="documents-status"]').textContent).to.contain('Layanan sedang sibuk.');
    expect(drops(form)).to.have.length(0);
    await expect(form).to.be.accessible();

    service.requirementsAnswer = () => HttpResponse.error();
    $<HTMLButtonElement>(form, '[part="documents-status"] button').click();
    await waitUntil(() => $(form, '[part="documents-status"]')?.textContent?.includes('akan muncul begitu koneksi kembali'), 'offline notice', { timeout: 10000 });
    expect(drops(form)).to.have.length(0, 'never an empty list read as "nothing required"');
    await expect(form).to.be.accessible();

    service.requirementsAnswer = undefined;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => drops(form).length > 0, 'the list once online', { timeout: 10000 });
    expect(drops(form).map((drop) => drop.key)).to.deep.equal(uploadRequirements('person').map((requirement) => requirement.key));
    expect(service.requirementRequests.length).to.be.at.least(3);
  });

  it('uploads with progress (role=progressbar with values) and offers a retry after a failure; drag and drop works too', async () => {
    const service = new FakeService();
    const form = await render(service);
    await fillPerson(form);
    await clickContinue(form);
    await untilDocuments(form);
    service.failUploads = 1;
    service.uploadDelay = 300;
    const [first] = drops(form);
    await pick(first!, pdf('ktp direktur.pdf', 300_000));
    await waitUntil(() => first!.shadowRoot!.querySelector('[role="progressbar"]'), 'progress shown');
    const bar = first!.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('100');
    expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(0, 100);
    await expect(form).to.be.accessible();
    await waitUntil(() => first!.status === 'failed', 'failed', { timeout: 10000 });
    await first!.updateComplete;
    expect(first!.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Gagal mengunggah');
    expect(first!.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Tidak dapat terhubung');
    await expect(form).to.be.accessible();
    first!.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => first!.status === 'done', 'retried', { timeout: 10000 });
    expect(service.uploads[0]).to.deep.include({ key: first!.key, name: encodeURIComponent('ktp direktur.pdf'), type: 'application/pdf' });

    const transfer = new DataTransfer();
    transfer.items.add(pdf('dropped.pdf'));
    service.uploadDelay = 0;
    first!.shadowRoot!.querySelector('[part="zone"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await waitUntil(() => first!.fileName === 'dropped.pdf' && first!.status === 'done', 'dropped file uploaded', { timeout: 10000 });
    expect(service.uploads.map((upload) => upload.name)).to.deep.equal([encodeURIComponent('ktp direktur.pdf'), 'dropped.pdf']);
  });

  it('APP-02 APP-03 full journey: declaration required, check your answers, submit with an Idempotency-Key, printable receipt', async () => {
    const service = new FakeService();
    const form = await render(service);
    await fillPerson(form);
    await clickContinue(form);
    await untilDocuments(form);
    await uploadAll(form);
    await clickContinue(form);
    await untilStep(form, 'Pernyataan kebenaran data');
    await expect(form).to.be.accessible();
    await clickContinue(form);
    expect($(form, '[part="error-summary"]').textContent).to.contain('Centang pernyataan');
    expect($<HTMLInputElement>(form, '#field-declaration').getAttribute('aria-describedby')).to.equal('declaration-error');
    await expect(form).to.be.accessible();
    $<HTMLInputElement>(form, '#field-declaration').click();
    await settle(form);
    await clickContinue(form);
    await untilStep(form, 'Periksa jawaban Anda');
    const answers = $(form, '[part="answers"]').textContent!;
    expect(answers).to.contain('Siti Rahma').and.contain(NIK).and.contain(EMAIL);
    // The fee is the service's quote, asked once the fee inputs are filled: it may still be on its way.
    await waitUntil(() => form.shadowRoot!.querySelector('[part="fee"] .total') !== null, 'the fee quote is shown', { timeout: 10000 });
    await expect(form).to.be.accessible();

    const submitted = oneEvent(form, 'sp-submitted');
    $<HTMLButtonElement>(form, '[part="continue"]').click();
    const event = await submitted;
    expect(event.detail.receiptNumber).to.equal(RECEIPT);
    expect(event.detail.applicationId).to.equal('A-1');
    await untilStep(form, 'Permohonan terkirim');
    expect($(form, '[part="receipt-number"]').textContent).to.equal(RECEIPT);
    expect($(form, '[part="print"]').textContent).to.equal('Cetak tanda terima');
    expect(service.submits).to.have.length(1);
    expect(service.submits[0]!.body).to.deep.equal({ declaration: true });
    expect(service.submits[0]!.key).to.match(/^[0-9a-f-]{36}$/);
    await expect(form).to.be.accessible();
    // The draft is removed once the receipt is shown.
    expect(await loadDraft(form.draftId)).to.equal(undefined);
  });

  it('keyboard only: Tab and type through the details, Enter continues, Space ticks the declaration, Enter submits', async () => {
    const service = new FakeService();
    const form = await render(service);
    // Start at the first radio of "who applies"; Tab walks the fields in order.
    const kind = $<SpRadioGroup>(form, 'sp-radio-group[name="kind"]');
    kind.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!.focus();
    for (const [name, value] of [['name', 'Siti Rahma'], ['nik', NIK], ['phone', PHONE], ['email', EMAIL]] as const) {
      await sendKeys({ press: 'Tab' });
      expect(form.shadowRoot!.activeElement, `${name} focused`).to.equal(field(form, name));
      await sendKeys({ type: value });
    }
    await sendKeys({ press: 'Tab' }); // nuisance act: Yes / No
    await sendKeys({ press: 'ArrowDown' }); // "Tidak"
    await sendKeys({ press: 'ArrowUp' }); // "Ya"
    await sendKeys({ press: 'ArrowDown' }); // "Tidak"
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement).to.equal(field(form, 'fee.areaM2'));
    await sendKeys({ type: '40' });
    await sendKeys({ press: 'Enter' });
    await untilDocuments(form);
    expect(service.created).to.equal(1);
    expect(form.shadowRoot!.activeElement).to.equal($(form, '#step-heading'));
    // The file picker is reachable with Tab (the browser's file chooser opens from it; here we hand it the file).
    await sendKeys({ press: 'Tab' });
    const first = drops(form)[0]!;
    expect(form.shadowRoot!.activeElement).to.equal(first);
    expect(first.shadowRoot!.activeElement).to.equal(first.shadowRoot!.querySelector('input[type="file"]'));
    await uploadAll(form);
    $<HTMLButtonElement>(form, '[part="continue"]').focus();
    await sendKeys({ press: 'Enter' });
    await untilStep(form, 'Pernyataan kebenaran data');
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement).to.equal($(form, '#field-declaration'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // back
    await sendKeys({ press: 'Tab' }); // continue
    await sendKeys({ press: 'Enter' });
    await untilStep(form, 'Periksa jawaban Anda');
    $<HTMLButtonElement>(form, '[part="continue"]').focus();
    const submitted = oneEvent(form, 'sp-submitted');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(service.submits).to.have.length(1);
  });

  it('restores the draft from IndexedDB after a reload in the middle (fields and uploaded-file references)', async () => {
    const service = new FakeService();
    const draftKey = uniqueKey();
    const form = await render(service, { draftKey });
    await fillPerson(form);
    await clickContinue(form);
    await untilDocuments(form);
    const first = drops(form)[0]!;
    await pick(first, pdf('akta.pdf'));
    await waitUntil(() => first.status === 'done', 'uploaded', { timeout: 10000 });
    const saved = oneEvent(form, 'sp-draft-saved');
    await saved;
    form.remove(); // the page goes away (reload, crash)

    const again = await render(service, { draftKey });
    await untilDocuments(again);
    const restored = drops(again)[0]!;
    expect(restored.status).to.equal('done');
    expect(restored.fileName).to.equal('akta.pdf');
    expect($(again, '.status[role="status"]').textContent).to.contain('dipulihkan');
    await expect(again).to.be.accessible();
    $<HTMLButtonElement>(again, '[part="back"]').click();
    await untilStep(again, 'Data pemohon');
    expect(field(again, 'name').value).to.equal('Siti Rahma');
    expect(field(again, 'nik').value).to.equal(NIK);
    expect(inputOf(field(again, 'email')).value).to.equal(EMAIL);
    expect(field(again, 'fee.areaM2').value).to.equal('40');
    expect(service.created).to.equal(1);
  });

  it('offline at submit: kept in the outbox, retried with the same Idempotency-Key, exactly one application', async () => {
    const service = new FakeService();
    const form = await render(service);
    await toCheck(form);
    service.offlineSubmits = 2;
    const submitted = oneEvent(form, 'sp-submitted');
    $<HTMLButtonElement>(form, '[part="continue"]').click();
    await waitUntil(() => $(form, '.status[role="status"]').textContent!.includes('disimpan di perangkat ini'), 'offline notice', { timeout: 10000 });
    expect($<HTMLButtonElement>(form, '[part="continue"]').disabled).to.equal(true);
    await expect(form).to.be.accessible();
    window.dispatchEvent(new Event('online'));
    const event = await submitted;
    expect(event.detail.receiptNumber).to.equal(RECEIPT);
    await untilStep(form, 'Permohonan terkirim');
    expect(service.created).to.equal(1);
    expect(service.submits.length).to.be.greaterThanOrEqual(3);
    expect(new Set(service.submits.map((submit) => submit.key)).size).to.equal(1);
    expect(service.registered.size).to.equal(1);
  });

  it('shows what the service sends as text, also when it looks like script', async () => {
    const hostile = '<img src=x onerror="window.__pwnedForm=1"><script>window.__pwnedForm=2</script>';
    const service = new FakeService();
    service.createAnswer = () => problem(422, 'applicant.nik-invalid', `NIK ditolak ${hostile}`, `NIK refused ${hostile}`, 'applicant.nik');
    const form = await render(service);
    await fillPerson(form);
    const errors: CustomEvent[] = [];
    form.addEventListener('sp-error', (event) => errors.push(event));
    await clickContinue(form);
    await waitUntil(() => form.shadowRoot!.querySelector('[part="error-summary"]'), 'summary', { timeout: 5000 });
    const link = $(form, '[part="error-summary"] a');
    expect(link.textContent).to.equal(`NIK ditolak ${hostile}`);
    expect(link.getAttribute('href')).to.equal('#field-nik');
    expect(errors[0]!.detail.error.code).to.equal('applicant.nik-invalid');
    expect(form.shadowRoot!.querySelector('img, script')).to.equal(null);

    service.createAnswer = undefined;
    service.submitAnswer = () => HttpResponse.json({ application: { id: 'A-1', submittedAt: hostile }, receiptNumber: hostile });
    await continueToCheck(form);
    await clickContinue(form);
    await untilStep(form, 'Permohonan terkirim');
    expect($(form, '[part="receipt-number"]').textContent).to.equal(hostile);
    expect(form.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as { __pwnedForm?: number }).__pwnedForm).to.equal(undefined);
  });

  it('fetches the catalog from GET /catalog when none is given', async () => {
    const service = new FakeService();
    const form = await render(service, { catalog: false });
    expect(service.catalogRequests).to.equal(1);
    expect($(form, '.caption').textContent).to.contain(defaultCatalog.permitTypes.find((type) => type.id === 'tdg')!.name.id);
  });

  it('CAT-02 a catalog of the wrong shape from GET /catalog is refused with catalog.invalid and a retry, not a crash', async () => {
    const service = new FakeService();
    const broken = structuredClone(defaultCatalog) as unknown as { permitTypes: { id: string; details: unknown }[] };
    broken.permitTypes.find((type) => type.id === 'tdg')!.details = 'none';
    service.catalogAnswer = () => HttpResponse.json(broken);
    await useServer(...service.handlers());
    const form = await fixture<SpPermitForm>(html`<sp-permit-form permit-type="tdg" api=${API} draft-key=${uniqueKey()} lang="id"></sp-permit-form>`);
    await waitUntil(() => form.shadowRoot!.querySelector('[role="alert"] button'), 'catalog error shown', { timeout: 10000 });
    const alert = $(form, '[role="alert"]');
    expect(alert.textContent).to.contain('Katalog perizinan dari layanan tidak sah');
    expect(form.shadowRoot!.querySelector('#step-heading')).to.equal(null);
    service.catalogAnswer = undefined;
    $<HTMLButtonElement>(form, '[role="alert"] button').click();
    await waitUntil(() => form.shadowRoot!.querySelector('#step-heading'), 'form rendered after retry', { timeout: 10000 });
    expect(service.catalogRequests).to.equal(2);
  });
});
