// One application of the signed-in applicant: where it stands (<sp-tracking-timeline>) and what to do next — pay the
// SKRD, take the satisfaction survey (<sp-ikm-survey>), or receive the permit, printable.
import type { ApiComponents } from '@satupintu/server';
import type { LocalizedText } from '@satupintu/core';
import { api, problemMessage, requireAccount } from './shared/session.js';
import { showAccount } from './shared/portal-account.js';
import { stateLabel } from './shared/application-state.js';
import { longDate, officeTime } from './shared/format.js';
import { loadPermit, permitDocument } from './shared/permit-document.js';
import { payAtDemoBank, skrdPanel } from './shared/skrd-panel.js';
import { correctionForm } from './shared/correction-form.js';
import { showProblems, withProgress } from './shared/problem-summary.js';
import { element, make, say } from './shared/text.js';

type Application = ApiComponents['schemas']['Application'];

const id = new URLSearchParams(location.search).get('id') ?? '';
let typeName: LocalizedText = { id: '', en: '' };
let timeline: HTMLElement | undefined;
let survey: HTMLElement | undefined;
let current: { application: Application; permit: Awaited<ReturnType<typeof loadPermit>> } | undefined;

/** The catalog's label of a document of this application's permit type. */
function documentLabel(key: string): string {
  const type = catalog?.permitTypes.find((candidate) => candidate.id === current?.application.permitType);
  const requirement = type?.requirements.find((candidate) => candidate.key === key);
  return requirement ? say(requirement.label) : key;
}

const NOTHING_TO_DO = { id: 'Tidak ada yang perlu Anda lakukan sekarang: kantor sedang memproses permohonan Anda.', en: 'Nothing to do now: the office is processing your application.' };

function showSummary(application: Application): void {
  const facts = element('summary');
  facts.replaceChildren(
    make('dt', say({ id: 'Keadaan', en: 'State' })), make('dd', say(stateLabel(application.state)), { id: 'state' }),
    make('dt', say({ id: 'Nomor tanda terima', en: 'Receipt number' })), make('dd', application.receiptNumber ?? '—', { id: 'receipt-number' }),
    ...(application.submittedAt ? [make('dt', say({ id: 'Diajukan', en: 'Submitted' })), make('dd', officeTime(application.submittedAt))] : []),
    ...(application.completeOn ? [make('dt', say({ id: 'Berkas lengkap sejak', en: 'File complete since' })), make('dd', longDate(application.completeOn))] : []),
  );
}

/** The step the applicant takes now, if any. */
function nextStep(application: Application): HTMLElement[] {
  switch (application.state) {
    case 'draft':
      return [make('p', say({ id: 'Permohonan ini belum diajukan.', en: 'This application is not submitted yet.' })),
        make('a', say({ id: 'Lanjutkan mengisi', en: 'Continue filling it in' }), { href: `apply.html?type=${encodeURIComponent(application.permitType)}` })];
    case 'awaiting-payment':
      return application.skrd ? [skrdPanel(application.skrd)] : [make('p', say(NOTHING_TO_DO))];
    case 'awaiting-survey': case 'suspended-survey': {
      // One survey element for the page's life: re-rendering in the other language keeps the answers given.
      survey ??= document.createElement('sp-ikm-survey');
      survey.setAttribute('application', application.id);
      return [make('p', say(application.state === 'suspended-survey'
        ? { id: 'Proses permohonan ditunda sampai Anda mengisi survei kepuasan (APP-08).', en: 'Your application is suspended until you fill in the satisfaction survey (APP-08).' }
        : { id: 'Isi survei kepuasan; setelah itu izin Anda diserahkan (APP-08).', en: 'Fill in the satisfaction survey; your permit is handed over afterwards (APP-08).' })), survey];
    }
    case 'awaiting-handover':
      return [make('p', say({ id: 'Izin Anda siap diserahkan oleh kantor.', en: 'Your permit is ready to be handed over by the office.' }))];
    case 'returned':
      return [make('p', say({ id: 'Kantor mengembalikan berkas Anda untuk diperbaiki. Catatan petugas:', en: 'The office returned your file for correction. The officer\'s note:' })),
        ...application.corrections.slice(-1).map((correction) => make('p', correction.reason, { class: 'notice' })),
        correctionForm(application, documentLabel, () => load({ id: 'Permohonan dikirim ulang.', en: 'The application was sent again.' }))];
    case 'rejected':
      return [make('p', say({ id: 'Permohonan Anda ditolak.', en: 'Your application was rejected.' })), ...(application.decision?.reason ? [make('p', application.decision.reason, { class: 'notice' })] : [])];
    case 'payment-lapsed':
      return [make('p', say({ id: 'Retribusi tidak dibayar sampai jatuh tempo; permohonan batal (APP-06). Ajukan lagi bila masih memerlukan izin ini.', en: 'The fee was not paid by the due date; the application lapsed (APP-06). Apply again if you still need this permit.' })),
        make('a', say({ id: 'Ajukan lagi', en: 'Apply again' }), { href: `apply.html?type=${encodeURIComponent(application.permitType)}` })];
    case 'completed': case 'cancelled': case 'withdrawn':
      return [];
    default:
      return [make('p', say(NOTHING_TO_DO))];
  }
}

function showTimeline(application: Application): void {
  if (!application.receiptNumber) return;
  if (timeline) return void (timeline as HTMLElement & { reload?: () => void }).reload?.();
  timeline = document.createElement('sp-tracking-timeline');
  timeline.setAttribute('receipt', application.receiptNumber);
  timeline.setAttribute('survey-href', '#next');
  element('timeline-slot').replaceChildren(timeline);
}

function wirePayment(application: Application): void {
  const pay = document.getElementById('pay-button') as HTMLButtonElement | null;
  const skrd = application.skrd;
  if (!pay || !skrd) return;
  pay.addEventListener('click', () => void withProgress(pay, element('pay-status'), async () => {
    const refusal = await payAtDemoBank(application.id, skrd);
    if (refusal) return showProblems([{ text: refusal }]);
    await load({ id: 'Pembayaran diterima. Terima kasih.', en: 'Payment received. Thank you.' });
  }));
}

/** Shows the current application in the page's language. */
function render(): void {
  if (!current) return;
  const { application, permit } = current;
  element('title').textContent = say(typeName);
  document.title = `${say(typeName)} — Satupintu`;
  showSummary(application);
  const next = nextStep(application);
  element('next').hidden = next.length === 0;
  element('next-body').replaceChildren(...next);
  wirePayment(application);
  element('permit').hidden = permit === undefined;
  element('permit-body').replaceChildren(...(permit ? [permitDocument(permit)] : []));
}

/** Reads the application (and its permit) again and shows it; `message` is announced once it is shown. */
async function load(message?: LocalizedText): Promise<void> {
  const { data, error } = await api.GET('/applications/{id}', { params: { path: { id } } });
  if (!data) return showProblems([{ text: say(problemMessage(error)) }]);
  typeName = catalog?.permitTypes.find((type) => type.id === data.permitType)?.name ?? { id: data.permitType, en: data.permitType };
  current = { application: data, permit: await loadPermit(data, typeName) };
  render();
  showTimeline(data);
  element('progress').textContent = message ? say(message) : '';
}

showAccount(await requireAccount(['applicant']));
const { data: catalog } = await api.GET('/catalog');
document.addEventListener('sp-survey-submitted', () => void load({ id: 'Survei terkirim. Terima kasih.', en: 'Survey sent. Thank you.' }));
await load();
document.addEventListener('sp-language-change', render);
