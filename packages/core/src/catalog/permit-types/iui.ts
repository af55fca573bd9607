import { cite } from '../../citation.js';
import { completionTimeMissing, instrument, m13, requirement, selfServiceProcedure } from '../builders.js';
import { citizenshipCertificate, deedOfEstablishment, dutyStamps, ktp, npwp, nuisancePermit } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 4;
const item = (i: string) => m13.requirement(N, i);

/** 4 — Ijin Usaha Industri (industrial business licence). Lampiran II lost its row: time and tariff are settings. */
export const iui: PermitType = {
  id: 'iui',
  name: { id: 'Ijin Usaha Industri (IUI)', en: 'Industrial business licence (IUI)' },
  legalBasis: {
    instruments: [instrument('Peraturan Daerah Kota Mojokerto Nomor 15 Tahun 2002 tentang Retribusi Ijin Dalam Bidang Industri, Perdagangan dan Penanaman Modal')],
    source: m13.legalBasis(N),
  },
  details: [],
  requirements: [
    ktp(item('1')),
    citizenshipCertificate(item('2')),
    dutyStamps(item('3')),
    requirement('village-business-letter', { id: 'Surat Usaha dari Kelurahan', en: 'Business letter from the village office (Kelurahan)' }, item('4')),
    requirement('location-permit', { id: 'Fotokopi Ijin Lokasi', en: 'Copy of the location permit (Ijin Lokasi)' }, item('5')),
    nuisancePermit(item('6')),
    deedOfEstablishment(item('7'), { id: 'Fotokopi Akte Pendirian Perusahaan', en: 'Copy of the deed of establishment of the company' }),
    requirement('environmental-documents', {
      id: 'UKL, UPL, SPPL dan AMDAL', en: 'Environmental documents: UKL, UPL, SPPL and AMDAL (as the regulation lists them)',
    }, item('8')),
    npwp(item('9')),
    requirement('site-form-check', {
      id: 'Pencocokan isian blanko permohonan ke lokasi usaha', en: 'Check of the application form against the business site',
    }, item('10'), { submission: 'office' }),
  ],
  procedure: { steps: selfServiceProcedure(10), source: m13.procedure(N) },
  completionTime: completionTimeMissing(N),
  fee: {
    bearing: true,
    rule: 'FEE-08',
    note: {
      id: 'Retribusi menurut Perda 15/2002; tarif IUI tidak ada dalam salinan Lampiran II dan ditetapkan kota.',
      en: 'Retribution under Perda 15/2002; the IUI tariff is missing from the copy of Lampiran II and is set by the municipality.',
    },
    source: cite('M13', 'Mengingat angka 19; Lampiran I angka 4 kolom 3'),
  },
  source: m13.type(N),
};
