// Page objects of the applicant portal (demo/portal.html and its pages), driven like a user: by role and label, in
// Bahasa Indonesia (the pages' default). The cross-role journeys compose these with the back office's helpers.
import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import type { DemoStack } from '../../support/stack.js';

/** Who registers: a person, with a valid NIK and mobile number (core's parsers check both). */
export interface ApplicantDetails {
  readonly name: string;
  readonly nik: string;
  readonly phone: string;
  readonly email: string;
  readonly password: string;
}

/** The service's outbox (SMS, e-mail → the demo inbox) delivered every second instead of every two. */
export const FAST_OUTBOX_ENV = { SATUPINTU_SCHEDULER_INTERVAL_SECONDS: '1' } as const;

/** A fresh applicant (unique e-mail) to register. */
export function newApplicant(): ApplicantDetails {
  return {
    name: 'Budi Santoso', nik: '3576014108900003', phone: '0812 3456 7890',
    email: `budi.${randomUUID().slice(0, 8)}@example.id`, password: 'kata-sandi-budi-2026',
  };
}

/** The staff's sign-in over HTTP: cookie and CSRF token as request headers. */
export interface StaffSession {
  readonly headers: Readonly<Record<string, string>>;
}

/** A demo account of `stack` by role (as seed-demo printed it). */
export function demoAccount(stack: DemoStack, role: string): { email: string; password: string } {
  const account = stack.accounts.get(role);
  if (!account) throw new Error(`seed-demo printed no ${role} account`);
  return account;
}

const sessions = new WeakMap<DemoStack, Map<string, StaffSession>>();

/** Signs a demo staff member in to the permit service itself (for officer steps over the API), once per stack and role. */
export async function staffSession(stack: DemoStack, role: string): Promise<StaffSession> {
  const known = sessions.get(stack)?.get(role);
  if (known) return known;
  const { email, password } = demoAccount(stack, role);
  const response = await fetch(`${stack.apiUrl}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`${role} sign-in refused: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = (response.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '').split(';')[0] ?? '';
  const session = { headers: { cookie, 'x-csrf-token': csrfToken } };
  sessions.set(stack, (sessions.get(stack) ?? new Map<string, StaffSession>()).set(role, session));
  return session;
}

/** A small PDF to upload as any document. */
export const SAMPLE_PDF = {
  name: 'dokumen.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};

/** Registers `applicant` on register.html (a person with a KTP) and returns once the page confirms the request. */
export async function registerApplicant(page: Page, stack: DemoStack, applicant: ApplicantDetails = newApplicant()): Promise<ApplicantDetails> {
  await page.goto(`${stack.url}register.html`);
  await page.getByLabel('Perorangan').check();
  await page.getByLabel('Nama lengkap (penanggung jawab)').fill(applicant.name);
  await page.getByLabel('NIK').fill(applicant.nik);
  await page.getByLabel('Nomor ponsel').fill(applicant.phone);
  await page.getByLabel('Surel').fill(applicant.email);
  await page.getByLabel('Kata sandi').fill(applicant.password);
  await page.getByLabel('KTP (kartu tanda penduduk)').setInputFiles(SAMPLE_PDF);
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await page.getByRole('heading', { name: 'Permohonan Anda terkirim' }).waitFor();
  return applicant;
}

/** Signs in on login.html as a demo role (`applicant`, `admin-officer` …) or with given credentials; lands on `next`. */
export async function signInAs(page: Page, stack: DemoStack, who: string | { email: string; password: string }, next = 'portal.html'): Promise<void> {
  const { email, password } = typeof who === 'string' ? demoAccount(stack, who) : who;
  await page.goto(`${stack.url}login.html?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Surel').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${next.split('?')[0]}`));
}

/** What the permit form asks besides the applicant: yes/no questions and numbers, by their visible labels. */
export interface ApplyDetails {
  readonly applicant: Pick<ApplicantDetails, 'name' | 'nik' | 'phone' | 'email'>;
  /** Radio questions: the group's label (a prefix is enough) → the option's label. */
  readonly choices?: Readonly<Record<string, string>>;
  /** Number fields: label → value. */
  readonly numbers?: Readonly<Record<string, string>>;
}

function radio(page: Page, group: string, option: string): Locator {
  return page.getByRole('radiogroup', { name: new RegExp(`^${group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).getByRole('radio', { name: option, exact: true });
}

/**
 * Applies for `type` on apply.html as a person through <sp-permit-form>: details, every document shown (a small PDF),
 * the declaration, the check page, and returns the receipt number shown on the receipt.
 */
export async function applyFor(page: Page, stack: DemoStack, type: string, details: ApplyDetails): Promise<string> {
  await page.goto(`${stack.url}apply.html?type=${encodeURIComponent(type)}`);
  const form = page.locator('sp-permit-form');
  await radio(page, 'Siapa yang mengajukan?', 'Perorangan').check();
  await form.getByLabel('Nama lengkap').fill(details.applicant.name);
  await form.getByLabel('NIK', { exact: true }).fill(details.applicant.nik);
  await form.getByLabel('Nomor ponsel').fill(details.applicant.phone);
  await form.getByLabel('Alamat e-mail').fill(details.applicant.email);
  for (const [group, option] of Object.entries(details.choices ?? {})) await radio(page, group, option).check();
  for (const [label, value] of Object.entries(details.numbers ?? {})) await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: 'Lanjutkan' }).click();
  await form.getByRole('heading', { name: /Dokumen/ }).first().waitFor();
  // The list of documents comes from the service: until it is there the step says it is loading.
  await form.locator('[part="documents-status"]').waitFor({ state: 'detached' });
  const pickers = form.locator('sp-file-drop input[type="file"]');
  for (let index = 0; index < (await pickers.count()); index += 1) {
    await pickers.nth(index).setInputFiles(SAMPLE_PDF);
    await form.locator('sp-file-drop').nth(index).getByText('Ganti berkas').waitFor();
  }
  await form.getByRole('button', { name: 'Lanjutkan' }).click();
  await form.getByRole('checkbox').check();
  await form.getByRole('button', { name: 'Lanjutkan' }).click();
  await form.getByRole('button', { name: 'Kirim permohonan' }).click();
  const receipt = form.locator('[part="receipt-number"]');
  await receipt.waitFor();
  return ((await receipt.textContent()) ?? '').trim();
}

/** Opens the application with `receiptNumber` from "Permohonan saya". */
export async function openApplication(page: Page, stack: DemoStack, receiptNumber: string): Promise<void> {
  await page.goto(`${stack.url}applications.html`);
  const row = page.getByRole('row').filter({ hasText: receiptNumber });
  await row.getByRole('link').click();
  await page.waitForURL(/application\.html\?id=/);
  await page.locator('#receipt-number').filter({ hasText: receiptNumber }).waitFor();
}

/** The application's id on an open application page. */
export function applicationIdOf(page: Page): string {
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/** Pays the SKRD shown on the open application page at the demo bank; returns once the page shows the new state. */
export async function payAtDemoBank(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bayar di bank contoh' }).click();
  await page.getByText('Pembayaran diterima. Terima kasih.').waitFor();
}

/**
 * Corrects a returned application on the open application page: replaces the documents whose labels start with
 * one of `replace` (a small PDF each), declares, sends it again, and returns once the page shows the new state.
 */
export async function resubmitCorrection(page: Page, replace: readonly string[] = []): Promise<void> {
  const form = page.locator('#correction');
  for (const label of replace) await form.getByLabel(new RegExp(`^Ganti: ${label}`)).setInputFiles(SAMPLE_PDF);
  await form.getByLabel('Saya menyatakan bahwa data dan dokumen saya benar dan sah.').check();
  await form.getByRole('button', { name: 'Kirim ulang permohonan' }).click();
  await page.getByText('Permohonan dikirim ulang.').waitFor();
}

/** Answers the nine IKM questions on the open application page (`answers`: 1–4 each) and sends them. */
export async function takeSurvey(page: Page, answers: readonly number[] = [4, 3, 3, 4, 3, 4, 4, 3, 3]): Promise<void> {
  const survey = page.locator('sp-ikm-survey');
  const groups = survey.getByRole('radiogroup');
  await groups.first().waitFor();
  for (const [index, answer] of answers.entries()) await groups.nth(index).getByRole('radio').nth(answer - 1).check();
  await survey.getByRole('button', { name: 'Kirim jawaban' }).click();
  await page.getByText('Survei terkirim. Terima kasih.').waitFor();
}

/** The permit shown on the open application page (once numbered), as the user reads it. */
export async function openPermit(page: Page): Promise<Locator> {
  const permit = page.locator('#permit article');
  await permit.waitFor();
  return permit;
}

// officer step via API until the back office page helpers are composed
/** Takes an officer's step on an application (POST /applications/{id}/events with the version read first). */
export async function officerStep(stack: DemoStack, role: string, applicationId: string, event: Record<string, unknown>): Promise<{ state: string }> {
  const session = await staffSession(stack, role);
  const current = await fetch(`${stack.apiUrl}/applications/${applicationId}`, { headers: session.headers });
  const { version } = (await current.json()) as { version: number };
  const response = await fetch(`${stack.apiUrl}/applications/${applicationId}/events`, {
    method: 'POST', headers: { ...session.headers, 'content-type': 'application/json', 'if-match': `"${version}"` }, body: JSON.stringify(event),
  });
  const body = (await response.json()) as { state: string };
  if (!response.ok) throw new Error(`${role} ${String(event.type)} refused: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * The signing PIN of `applicationId` from the demo inbox, once the service's outbox has delivered it (it does so every
 * `SATUPINTU_SCHEDULER_INTERVAL_SECONDS`: start the stack with {@link FAST_OUTBOX_ENV}); waits up to a minute.
 */
export async function pinFromInbox(stack: DemoStack, applicationId: string): Promise<string> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const inbox = (await (await fetch(`${stack.url}demo-inbox`)).json()) as { messages: { subjectId?: string; message?: { en?: string } }[] };
    const text = inbox.messages.find((m) => m.subjectId === applicationId && (m.message?.en ?? '').startsWith('Signing PIN'))?.message?.en ?? '';
    const pin = /: (\d{6})/.exec(text)?.[1];
    if (pin) return pin;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no signing PIN of ${applicationId} in the demo inbox`);
}

// officer step via API until the back office page helpers are composed
/** Signs the application as the demo signing official with the PIN the "SMS" carried (APP-07; read from the demo inbox). */
export async function signWithPin(stack: DemoStack, applicationId: string): Promise<{ state: string }> {
  const official = await staffSession(stack, 'signing-official');
  const issued = await fetch(`${stack.apiUrl}/applications/${applicationId}/signing-pin`, { method: 'POST', headers: official.headers });
  if (issued.status !== 202) throw new Error(`no signing PIN: ${issued.status} ${await issued.text()}`);
  const pin = await pinFromInbox(stack, applicationId);
  return officerStep(stack, 'signing-official', applicationId, { type: 'sign', pin });
}
