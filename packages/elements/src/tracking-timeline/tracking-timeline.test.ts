import { afterEach, describe, it } from 'node:test';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { formatReceiptNumber } from '@satupintu/core';
import { API, problem, useServer } from '../test-support/msw.js';
import type { SpTextField } from '../text-field/text-field.js';
import './tracking-timeline.js';
import type { SpTrackingTimeline, Tracking } from './tracking-timeline.js';

const RECEIPT = (() => {
  const made = formatReceiptNumber({ office: 'MJK', date: '2026-03-02', sequence: 17 });
  if (!made.ok) throw new Error('receipt');
  return made.value;
})();

/** The same number with its check character replaced by another valid character. */
const WRONG_CHECK = `${RECEIPT.slice(0, -1)}${RECEIPT.endsWith('A') ? 'B' : 'A'}`;

function tracking(overrides: Partial<Tracking> = {}): Tracking {
  return {
    receiptNumber: RECEIPT,
    permitType: 'tdg',
    state: 'awaiting-validation',
    steps: Array.from({ length: 11 }, (_, i) => {
      const step = i + 1;
      if (step === 1) return { step, status: 'done', at: '2026-03-02T09:15:00+07:00', actorRole: 'applicant' };
      if (step === 2) return { step, status: 'done', at: '2026-03-03T10:00:00+07:00', actorRole: 'admin-officer' };
      if (step === 3) return { step, status: 'current' };
      if (step === 4) return { step, status: 'skipped' };
      return { step, status: 'pending' };
    }),
    serviceDeadline: { due: '2026-03-20', workingDaysLeft: 12 },
    pauses: [],
    ...overrides,
  } as Tracking;
}

function serve(answer: () => Response, seen: string[] = []): Promise<void> {
  return useServer(http.get(`${API}/tracking/:receipt`, ({ params }) => {
    seen.push(String(params.receipt));
    return answer();
  }));
}

async function render(receipt: string, extra: { lang?: string } = {}): Promise<SpTrackingTimeline> {
  const element = await fixture<SpTrackingTimeline>(html`<sp-tracking-timeline receipt=${receipt} api=${API}
    lang=${extra.lang ?? 'id'}></sp-tracking-timeline>`);
  return element;
}

const root = (element: SpTrackingTimeline): ShadowRoot => element.shadowRoot!;

describe('sp-tracking-timeline', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('APP-01 shows the eleven steps with their state, date and the role that acted', async () => {
    const seen: string[] = [];
    await serve(() => HttpResponse.json(tracking()), seen);
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('sp-tracking-loaded', resolve as EventListener, { once: true }));
    const element = await render(RECEIPT);
    await loaded;
    await waitUntil(() => root(element).querySelector('[part="step"]'), 'steps shown');
    const steps = [...root(element).querySelectorAll<HTMLElement>('[part="step"]')];
    expect(steps).to.have.length(11);
    expect(steps.map((step) => step.dataset.status)).to.deep.equal(
      ['done', 'done', 'current', 'skipped', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending']);
    expect(steps[0]!.textContent).to.contain('1. Pengajuan permohonan').and.contain('Selesai').and.contain('Pemohon');
    expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-02T09:15:00+07:00');
    expect(steps[0]!.querySelector('time')!.textContent).to.contain('2026');
    expect(steps[1]!.textContent).to.contain('Petugas administrasi');
    expect(steps[2]!.getAttribute('aria-current')).to.equal('step');
    expect(steps[3]!.textContent).to.contain('Tidak diperlukan');
    expect(root(element).querySelector('[part="heading"]')!.textContent).to.contain(RECEIPT);
    expect(seen).to.deep.equal([RECEIPT]);
    expect(root(element).querySelector('[part="payment"]')).to.equal(null);
    expect(root(element).querySelector('[part="survey"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('APP-01 an application withdrawn during verification: that step stopped (when, by whom), the later ones not continued, none current', async () => {
    const steps = tracking().steps.map((step) => {
      if (step.step === 2) return { step: 2, status: 'stopped', at: '2026-03-03T10:00:00+07:00', actorRole: 'applicant' } as const;
      return step.step === 1 ? step : { step: step.step, status: 'not-reached' } as const;
    });
    await serve(() => HttpResponse.json(tracking({ state: 'withdrawn', steps })));
    const element = await render(RECEIPT, { lang: 'en' });
    await waitUntil(() => root(element).querySelector('[part="step"]'), 'steps shown');
    const shown = [...root(element).querySelectorAll<HTMLElement>('[part="step"]')];
    expect(root(element).querySelector('[part="state"]')!.textContent).to.contain('Withdrawn by the applicant');
    expect(shown[1]!.dataset.status).to.equal('stopped');
    expect(shown[1]!.textContent).to.contain('The application stopped at this step').and.contain('Applicant');
    expect(shown[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-03T10:00:00+07:00');
    expect(shown[5]!.textContent).to.contain('Not continued').and.not.contain('In progress');
    expect(root(element).querySelector('[aria-current]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('CAL-01 shows the working days left to the service deadline as the service counted them', async () => {
    await serve(() => HttpResponse.json(tracking()));
    const element = await render(RECEIPT);
    await waitUntil(() => root(element).querySelector('[part="deadline"]'), 'deadline shown');
    const deadline = root(element).querySelector('[part="deadline"]')!;
    expect(root(element).querySelector('.days-left')!.textContent).to.equal('12 hari kerja lagi');
    expect(deadline.textContent).to.contain('20 Maret 2026');
    expect(deadline.classList.contains('overdue')).to.equal(false);

    await serve(() => HttpResponse.json(tracking({ serviceDeadline: { due: '2026-03-20', workingDaysLeft: 0 } })));
    const dueToday = await render(RECEIPT);
    await waitUntil(() => root(dueToday).querySelector('[part="deadline"]'), 'deadline shown');
    expect(root(dueToday).querySelector('.days-left')!.textContent).to.equal('Batas waktu hari ini');

    await serve(() => HttpResponse.json(tracking({ serviceDeadline: { due: '2026-04-08', workingDaysLeft: -5 } })));
    const late = await render(RECEIPT, { lang: 'en' });
    await waitUntil(() => root(late).querySelector('[part="deadline"]'), 'deadline shown');
    expect(root(late).querySelector('.days-left')!.textContent).to.equal('Overdue by 5 working days');
    expect(root(late).querySelector('[part="deadline"]')!.classList.contains('overdue')).to.equal(true);
    await expect(late).to.be.accessible();
  });

  it('APP-05 APP-06 shows the payment details and due date while payment is pending', async () => {
    const payment = { amount: 29000, dueDate: '2026-03-18', paymentCode: '3578260000017', bank: 'Bank Jatim', accountNumber: '0011223344', accountName: 'Kas Daerah Kota Mojokerto' };
    await serve(() => HttpResponse.json(tracking({ state: 'awaiting-payment', payment })));
    const element = await render(RECEIPT);
    await waitUntil(() => root(element).querySelector('[part="payment"]'), 'payment shown');
    const box = root(element).querySelector('[part="payment"]')!;
    expect(box.textContent).to.contain('29.000').and.contain('18 Maret 2026').and.contain('3578260000017')
      .and.contain('Bank Jatim').and.contain('0011223344').and.contain('Kas Daerah Kota Mojokerto');
    expect(root(element).querySelector('[part="state"]')!.textContent).to.equal('Menunggu pembayaran retribusi');
    await expect(element).to.be.accessible();
  });

  it('APP-08 asks for the survey when it is due; CAL-03 shows pauses with their reason', async () => {
    await serve(() => HttpResponse.json(tracking({
      state: 'awaiting-survey', survey: { due: true },
      pauses: [{ from: '2026-03-05', to: '2026-03-06', kind: 'outage', reason: 'Server pusat data padam' },
        { from: '2026-03-10', kind: 'force-majeure', reason: 'Banjir di kantor' }],
    })));
    const element = await fixture<SpTrackingTimeline>(html`<sp-tracking-timeline receipt=${RECEIPT} api=${API}
      survey-href="/survei"></sp-tracking-timeline>`);
    await waitUntil(() => root(element).querySelector('[part="survey"]'), 'survey shown');
    expect(root(element).querySelector('[part="survey"] a')!.getAttribute('href')).to.equal('/survei');
    const pauses = root(element).querySelector('[part="pauses"]')!;
    const items = [...pauses.querySelectorAll('li')];
    expect(items[0]!.textContent).to.contain('Gangguan sistem').and.contain('5 Maret 2026').and.contain('6 Maret 2026')
      .and.contain('Server pusat data padam');
    expect(items[1]!.textContent).to.contain('Keadaan kahar').and.contain('sejak 10 Maret 2026').and.contain('Banjir di kantor');
    await expect(element).to.be.accessible();
  });

  it('APP-03 refuses a receipt number with a wrong check character before any request', async () => {
    const seen: string[] = [];
    await serve(() => HttpResponse.json(tracking()), seen);
    const errors: CustomEvent[] = [];
    const listener = (event: Event): void => void errors.push(event as CustomEvent);
    document.addEventListener('sp-error', listener);
    const element = await render(WRONG_CHECK);
    await waitUntil(() => root(element).querySelector('[role="alert"]'), 'refusal shown');
    document.removeEventListener('sp-error', listener);
    expect(root(element).querySelector('[role="alert"]')!.textContent).to.contain('Nomor tanda terima tidak sah');
    expect(root(element).querySelector('[part="retry"]')).to.equal(null);
    expect(errors[0]!.detail.error.code).to.equal('receipt.check-failed');
    expect(seen).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('without a receipt shows a search field: a mistyped number is refused as typed, a valid one is looked up (keyboard)', async () => {
    const seen: string[] = [];
    await serve(() => HttpResponse.json(tracking()), seen);
    const element = await fixture<SpTrackingTimeline>(html`<sp-tracking-timeline api=${API}></sp-tracking-timeline>`);
    const field = root(element).querySelector<SpTextField>('sp-text-field')!;
    await field.updateComplete;
    field.focus();
    await sendKeys({ type: WRONG_CHECK });
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Nomor tanda terima tidak sah');
    expect(field.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(seen).to.deep.equal([]);
    await expect(element).to.be.accessible();
    field.focus();
    field.shadowRoot!.querySelector('input')!.select();
    await sendKeys({ type: RECEIPT.toLowerCase().replace(/-/g, ' ') });
    const loaded = oneEvent(element, 'sp-tracking-loaded');
    await sendKeys({ press: 'Enter' });
    await loaded;
    expect(seen).to.deep.equal([RECEIPT]);
  });

  it('shows what the server sends as text, also when it looks like script, and a not-found answer in English', async () => {
    const hostile = '<img src=x onerror="window.__pwnedTimeline=1"><script>window.__pwnedTimeline=2</script>';
    await serve(() => HttpResponse.json(tracking({
      state: 'awaiting-payment', receiptNumber: `${RECEIPT}${hostile}`,
      payment: { amount: 1, dueDate: '2026-03-18', paymentCode: hostile, bank: hostile, accountNumber: '1', accountName: hostile },
      pauses: [{ from: '2026-03-05', kind: hostile, reason: hostile }],
      steps: [{ step: 1, status: 'done', actorRole: hostile }],
    })));
    const element = await render(RECEIPT);
    await waitUntil(() => root(element).querySelector('[part="payment"]'), 'shown');
    expect(root(element).querySelector('[part="pauses"] .reason')!.textContent).to.equal(hostile);
    expect(root(element).querySelector('[part="payment"] .code')!.textContent).to.equal(hostile);
    expect(root(element).querySelector('img, script')).to.equal(null);
    expect((window as { __pwnedTimeline?: number }).__pwnedTimeline).to.equal(undefined);

    await serve(() => problem(404, 'tracking.not-found', 'Nomor tanda terima tidak ditemukan.', 'No application has this receipt number.'));
    const missing = await render(RECEIPT, { lang: 'en' });
    await waitUntil(() => root(missing).querySelector('[role="alert"]'), 'error shown');
    expect(root(missing).querySelector('[role="alert"]')!.textContent).to.contain('No application has this receipt number.');
    expect(root(missing).querySelector('[part="retry"]')!.textContent).to.equal('Try again');
    await expect(missing).to.be.accessible();
  });
});
