// Page objects of the back office (demo/backoffice*.html, demo/inbox.html), driven like an officer: by role and
// label, in Bahasa Indonesia (the pages' default). Sign-in is the portal's `signInAs` (one login page for everyone).
import type { Locator, Page } from 'playwright-core';
import type { DemoStack } from '../../support/stack.js';
import { signInAs } from './portal.js';

export { signInAs };

/** Signs `role`'s demo account in and lands on the staff home. */
export async function openBackOffice(page: Page, stack: DemoStack, role: string): Promise<void> {
  await signInAs(page, stack, role, 'backoffice.html');
  await page.getByRole('heading', { name: 'Kantor layanan', level: 1 }).waitFor();
}

/** Opens the access requests waiting for a decision (ACC-02) and waits for the list. */
export async function openAccessRequests(page: Page, stack: DemoStack): Promise<void> {
  await page.goto(`${stack.url}access-requests.html`);
  await page.locator('#requests:not(:empty)').waitFor();
}

/**
 * Decides the access request of `email` on the open access-request page: chooses it, grants or refuses it (with
 * `reason`), presses Putuskan; resolves with what the status line says once done, or with the error summary once it
 * takes focus.
 */
export async function decideAccessRequest(page: Page, email: string, decision: { granted: boolean; reason?: string }): Promise<string> {
  const value = await page.locator('#decision-account option', { hasText: email.toLowerCase() }).getAttribute('value');
  if (value === null) throw new Error(`no pending access request of ${email}`);
  await page.getByLabel('Permohonan hak akses', { exact: true }).selectOption(value);
  await page.getByLabel(decision.granted ? 'Berikan hak akses' : 'Tolak', { exact: true }).check();
  await page.getByLabel(/^Alasan/).fill(decision.reason ?? '');
  await page.getByRole('button', { name: 'Putuskan', exact: true }).click();
  const said = page.locator('#decision-status').filter({ hasText: /\S/ }).filter({ hasNotText: 'Memproses' });
  const outcome = said.or(page.locator('#decision-summary:focus'));
  await outcome.waitFor();
  return (await outcome.textContent()) ?? '';
}

/** Opens the queue (`state`: `mine` by default, `open`, `all` or one state) and waits for it to load. */
export async function openQueue(page: Page, stack: DemoStack, state = 'mine'): Promise<void> {
  await page.goto(`${stack.url}backoffice-queue.html?state=${encodeURIComponent(state)}`);
  await page.locator('#summary:not(:empty)').waitFor();
}

/** From the queue of every open step, opens the application with `receipt` and waits for its page. */
export async function openApplication(page: Page, stack: DemoStack, receipt: string): Promise<void> {
  await openQueue(page, stack, 'all');
  await page.getByRole('link', { name: receipt, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${receipt}`) }).waitFor();
}

/** The form section of a step by its title (e.g. "Verifikasi berkas"), as the page shows it under "Langkah Anda". */
export function stepSection(page: Page, title: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${title} \\(`) });
}

/**
 * Takes the step titled `title`: `fill` fills its fields (labels are the visible ones), then its button is pressed;
 * resolves when the page says the step was recorded (or, with `expectProblem`, when the error summary has focus).
 */
export async function takeAction(page: Page, title: string, button: string, fill?: (section: Locator) => Promise<void>, expectProblem = false): Promise<void> {
  const section = stepSection(page, title);
  await fill?.(section);
  await section.getByRole('button', { name: button, exact: true }).click();
  const outcome = page.locator('#notice:focus, #error-summary:focus');
  await outcome.waitFor();
  const problem = (await outcome.getAttribute('id')) === 'error-summary';
  if (problem !== expectProblem) {
    throw new Error(problem ? `${title}: the page refused — ${await problemText(page)}` : `${title}: recorded, but a problem was expected`);
  }
}

/** The step (state) the details list shows now. */
export async function currentStep(page: Page): Promise<string> {
  return (await page.locator('.facts dt:text-is("Tahap") + dd').textContent())?.trim() ?? '';
}

/** The error summary's text. */
export async function problemText(page: Page): Promise<string> {
  return (await page.locator('#error-summary').textContent()) ?? '';
}

/**
 * Signs the open application as the signed-in official (APP-07): asks for the PIN, reads it on the demo inbox page
 * (a second tab, as a visitor would) and types it in. The stack's outbox must deliver quickly (FAST_OUTBOX_ENV).
 */
export async function signWithPin(page: Page, stack: DemoStack, receipt: string): Promise<void> {
  const section = stepSection(page, 'Tanda tangan');
  await section.getByRole('button', { name: 'Kirim PIN lewat SMS' }).click();
  await section.getByText(/^PIN dikirim/).waitFor();
  const pin = await readPinInInbox(page, stack, receipt);
  await takeAction(page, 'Tanda tangan', 'Tanda tangani', (s) => s.getByLabel('PIN dari SMS').fill(pin));
}

/** The newest signing PIN for `receipt` on the demo inbox page (refreshing until the SMS arrives, up to a minute). */
export async function readPinInInbox(page: Page, stack: DemoStack, receipt: string): Promise<string> {
  const inbox = await page.context().newPage();
  try {
    await inbox.goto(`${stack.url}inbox.html`);
    for (let attempt = 0; attempt < 60; attempt += 1) {
      await inbox.locator('#refresh:not([disabled])').waitFor();
      const text = (await inbox.locator('#messages').textContent()) ?? '';
      const pin = new RegExp(`PIN tanda tangan ${receipt}: (\\d{6,10})`).exec(text)?.[1];
      if (pin) return pin;
      await inbox.waitForTimeout(1000);
      await inbox.getByRole('button', { name: 'Muat ulang' }).click();
    }
    throw new Error(`no signing PIN for ${receipt} in the demo inbox`);
  } finally {
    await inbox.close();
  }
}
