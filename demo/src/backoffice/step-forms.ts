// The form of each officer's step: its fields, and what it sends to POST /applications/{id}/events — or which field
// is wrong. Core checks the body again on the service; these checks only spare the officer a round trip.
import type { LocalizedText } from '@satupintu/core';
import type { ApiComponents, ApiPaths } from '@satupintu/server';
import type { PageProblem } from '../shared/problem-summary.js';
import { say } from '../shared/text.js';
import type { OfficeStep } from './actions.js';
import { checkbox, radioGroup, textField } from './fields.js';

type Application = ApiComponents['schemas']['Application'];
export type EventBody = ApiPaths['/applications/{id}/events']['post']['requestBody']['content']['application/json'];

/** A step's form content and how to read it. */
export interface StepForm {
  readonly title: LocalizedText;
  readonly button: LocalizedText;
  readonly fields: readonly HTMLElement[];
  collect(): { body: EventBody } | { problems: PageProblem[] };
}

const T = {
  note: { id: 'Catatan', en: 'Note' },
  reason: { id: 'Alasan', en: 'Reason' },
  reasonMissing: { id: 'Tuliskan alasannya: pemohon akan membacanya.', en: 'Write the reason: the applicant will read it.' },
  correctionHint: { id: 'Sebutkan dokumen atau data yang harus diperbaiki pemohon.', en: 'Name the documents or data the applicant must correct.' },
  favourable: { id: 'Hasil pemeriksaan teknis', en: 'Outcome of the technical examination' },
  yes: { id: 'Memenuhi syarat teknis (rekomendasi positif)', en: 'Meets the technical requirements (favourable)' },
  no: { id: 'Tidak memenuhi syarat teknis', en: 'Does not meet the technical requirements' },
  favourableMissing: { id: 'Pilih hasil pemeriksaan teknis.', en: 'Choose the outcome of the technical examination.' },
  letter: { id: 'Nomor surat tugas instansi teknis', en: 'Number of the technical agency\'s assignment letter' },
  feeInput: { id: 'Data perhitungan retribusi (JSON)', en: 'Fee calculation data (JSON)' },
  feeInvalid: { id: 'Data perhitungan retribusi harus objek JSON, misalnya {"areaM2": 50}.', en: 'The fee calculation data must be a JSON object, e.g. {"areaM2": 50}.' },
  permitNumber: { id: 'Nomor izin', en: 'Permit number' },
  permitNumberMissing: { id: 'Isi nomor izin.', en: 'Enter the permit number.' },
  method: { id: 'Cara penyerahan (APP-09)', en: 'Handover method (APP-09)' },
  office: { id: 'Diambil di kantor', en: 'Collected at the office' },
  post: { id: 'Dikirim lewat pos', en: 'Sent by post' },
  courier: { id: 'Diantar kurir (bersama SKRD)', en: 'Delivered by courier (with the SKRD)' },
  methodMissing: { id: 'Pilih cara penyerahan.', en: 'Choose the handover method.' },
  skrdIncluded: { id: 'SKRD disertakan bersama dokumen izin', en: 'The SKRD goes with the permit document' },
  pin: { id: 'PIN dari SMS', en: 'PIN from the SMS' },
  pinHint: { id: '6 sampai 10 angka, berlaku 5 menit.', en: '6 to 10 digits, valid for 5 minutes.' },
  pinInvalid: { id: 'PIN terdiri dari 6 sampai 10 angka.', en: 'The PIN is 6 to 10 digits.' },
} as const;

/** Example fee inputs (core's calculateFee) of the permit types whose input is a single number or list. */
const FEE_EXAMPLES: Readonly<Record<string, string>> = {
  tdg: '{"areaM2": 50}',
  tdi: '{"investmentValue": 150000000}',
  'ijin-lokasi': '{"items": []}',
};

function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function noteOnly(type: 'verify' | 'validate', title: LocalizedText, button: LocalizedText): StepForm {
  const note = textField(`${type}-note`, T.note, { multiline: true, required: false });
  return {
    title, button, fields: [note.wrapper],
    collect: () => ({ body: { type, ...(optionalText(note.input.value) ? { note: optionalText(note.input.value) } : {}) } }),
  };
}

function withReason(type: 'return-for-correction' | 'reject', title: LocalizedText, button: LocalizedText, hint: LocalizedText): StepForm {
  const reason = textField(`${type}-reason`, T.reason, { multiline: true, hint, attributes: { maxlength: '2000' } });
  return {
    title, button, fields: [reason.wrapper],
    collect: () => {
      const text = optionalText(reason.input.value);
      return text === undefined ? { problems: [{ text: say(T.reasonMissing), field: reason.input }] } : { body: { type, reason: text } };
    },
  };
}

function recommend(): StepForm {
  const outcome = radioGroup('recommend-favourable', T.favourable, [{ value: 'yes', label: T.yes }, { value: 'no', label: T.no }]);
  const letter = textField('recommend-letter', T.letter, { required: false, attributes: { maxlength: '200' } });
  const note = textField('recommend-note', T.note, { multiline: true, required: false });
  return {
    title: { id: 'Rekomendasi teknis', en: 'Technical recommendation' },
    button: { id: 'Kirim rekomendasi', en: 'Send the recommendation' },
    fields: [outcome.wrapper, letter.wrapper, note.wrapper],
    collect: () => {
      const value = outcome.value();
      if (value === undefined) return { problems: [{ text: say(T.favourableMissing), field: outcome.first }] };
      const assignmentLetter = optionalText(letter.input.value);
      const text = optionalText(note.input.value);
      return { body: { type: 'recommend', favourable: value === 'yes', ...(assignmentLetter ? { assignmentLetter } : {}), ...(text ? { note: text } : {}) } };
    },
  };
}

function approve(application: Application): StepForm {
  const title = { id: 'Setujui', en: 'Approve' };
  const button = { id: 'Setujui permohonan', en: 'Approve the application' };
  if (!application.feeBearing) return { title, button, fields: [], collect: () => ({ body: { type: 'approve' } }) };
  const example = FEE_EXAMPLES[application.permitType];
  const hint = {
    id: `Izin ini dikenai retribusi (APP-05): data untuk menghitungnya menurut jenis izin${example ? `, misalnya ${example}` : ''}. SKRD dibuat saat disetujui.`,
    en: `This permit bears a fee (APP-05): the data to calculate it for the permit type${example ? `, e.g. ${example}` : ''}. The SKRD is made on approval.`,
  };
  const fee = textField('approve-fee', T.feeInput, { multiline: true, hint, attributes: { spellcheck: 'false' } });
  return {
    title, button, fields: [fee.wrapper],
    collect: () => {
      let value: unknown;
      try {
        value = JSON.parse(fee.input.value);
      } catch {
        value = undefined;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: [{ text: say(T.feeInvalid), field: fee.input }] };
      return { body: { type: 'approve', feeInput: value as Record<string, never> } };
    },
  };
}

function assignNumber(): StepForm {
  const number = textField('assign-number-value', T.permitNumber, { hint: { id: 'Misalnya 503/TDG/0001/2026.', en: 'For example 503/TDG/0001/2026.' }, attributes: { maxlength: '100' } });
  return {
    title: { id: 'Penomoran izin', en: 'Permit numbering' },
    button: { id: 'Simpan nomor izin', en: 'Save the permit number' },
    fields: [number.wrapper],
    collect: () => {
      const value = optionalText(number.input.value);
      return value === undefined ? { problems: [{ text: say(T.permitNumberMissing), field: number.input }] } : { body: { type: 'assign-number', permitNumber: value } };
    },
  };
}

function handOver(application: Application): StepForm {
  const method = radioGroup('hand-over-method', T.method, [
    { value: 'office', label: T.office }, { value: 'post', label: T.post }, { value: 'courier', label: T.courier },
  ]);
  const skrd = application.feeBearing ? checkbox('hand-over-skrd', T.skrdIncluded) : undefined;
  return {
    title: { id: 'Penyerahan izin', en: 'Handover of the permit' },
    button: { id: 'Catat penyerahan', en: 'Record the handover' },
    fields: skrd ? [method.wrapper, skrd.wrapper] : [method.wrapper],
    collect: () => {
      const value = method.value();
      if (value !== 'office' && value !== 'post' && value !== 'courier') return { problems: [{ text: say(T.methodMissing), field: method.first }] };
      return { body: { type: 'hand-over', method: value, ...(skrd ? { skrdIncluded: skrd.input.checked } : {}) } };
    },
  };
}

/** The PIN field of the electronic signature (APP-07); the page adds the button that sends the SMS. */
function sign(application: Application): StepForm {
  const title = { id: 'Tanda tangan', en: 'Signature' };
  const button = { id: 'Tanda tangani', en: 'Sign' };
  if (application.signatureMode === 'wet') return { title, button: { id: 'Catat tanda tangan basah', en: 'Record the wet signature' }, fields: [], collect: () => ({ body: { type: 'sign' } }) };
  const pin = textField('sign-pin', T.pin, { hint: T.pinHint, attributes: { inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '10' } });
  return {
    title, button, fields: [pin.wrapper],
    collect: () => {
      const value = pin.input.value.trim();
      return /^[0-9]{6,10}$/.test(value) ? { body: { type: 'sign', pin: value } } : { problems: [{ text: say(T.pinInvalid), field: pin.input }] };
    },
  };
}

/** The form of `step` on `application`. */
export function stepForm(step: OfficeStep, application: Application): StepForm {
  switch (step) {
    case 'verify': return noteOnly('verify', { id: 'Verifikasi berkas', en: 'Verify the file' }, { id: 'Berkas lengkap', en: 'The file is complete' });
    case 'validate': return noteOnly('validate', { id: 'Validasi', en: 'Validate' }, { id: 'Validasi berkas', en: 'Validate the file' });
    case 'return-for-correction': return withReason('return-for-correction', { id: 'Kembalikan untuk perbaikan', en: 'Return for correction' },
      { id: 'Kembalikan ke pemohon', en: 'Return to the applicant' }, T.correctionHint);
    case 'recommend': return recommend();
    case 'approve': return approve(application);
    case 'reject': return withReason('reject', { id: 'Tolak', en: 'Reject' }, { id: 'Tolak permohonan', en: 'Reject the application' },
      { id: 'Alasan penolakan dikirim kepada pemohon (APP-05).', en: 'The reason is sent to the applicant (APP-05).' });
    case 'print': return { title: { id: 'Pencetakan', en: 'Printing' }, button: { id: 'Catat sudah dicetak', en: 'Record as printed' }, fields: [], collect: () => ({ body: { type: 'print' } }) };
    case 'sign': return sign(application);
    case 'assign-number': return assignNumber();
    case 'hand-over': return handOver(application);
  }
}
