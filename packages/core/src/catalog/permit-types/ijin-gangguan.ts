import { cite } from '../../citation.js';
import { STEP, completionTimeMissing, instrument, isTrue, m13, requirement, yesNoDetail } from '../builders.js';
import { acknowledgedApplicationForm, deedOfEstablishment, ktp } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 2;
const item = (i: string) => m13.requirement(N, i);
const LEGAL_ENTITY = { id: 'bagi perusahaan yang berbadan hukum', en: 'for a company with legal personality' };

/** 2 — Ijin Gangguan (nuisance permit). Lampiran II lost its row: completion time and tariff are settings. */
export const ijinGangguan: PermitType = {
  id: 'ijin-gangguan',
  name: { id: 'Ijin Gangguan', en: 'Nuisance permit' },
  legalBasis: {
    instruments: [instrument('Peraturan Daerah Kota Mojokerto Nomor 10 Tahun 2002 tentang Ijin Gangguan')],
    source: m13.legalBasis(N),
  },
  details: [
    yesNoDetail('leasedShop', { id: 'Tempat usaha berupa toko sewa/kontrak', en: 'The premises is a rented or leased shop' }, item('4')),
  ],
  requirements: [
    acknowledgedApplicationForm(item('1')),
    ktp(item('2'), undefined, { appliesTo: 'person' }),
    deedOfEstablishment(item('2'), { id: 'Fotokopi Akte Pendirian Perusahaan', en: 'Copy of the deed of establishment of the company' }, { conditionText: LEGAL_ENTITY }),
    requirement('land-title', {
      id: 'Fotokopi sertifikat/keterangan kepemilikan tanah', en: 'Copy of the land certificate or statement of land ownership',
    }, item('3'), { appliesTo: 'business', conditionText: LEGAL_ENTITY }),
    requirement('lease-contract', { id: 'Fotokopi perjanjian sewa/kontrak', en: 'Copy of the lease or rental contract' }, item('4'), {
      condition: isTrue('leasedShop'),
      conditionText: { id: 'untuk toko', en: 'for a shop' },
    }),
    requirement('neighbour-consent', {
      id: 'Surat keterangan tidak keberatan dari tetangga dan lingkungan terdekat',
      en: 'Statement of no objection from the neighbours and the immediate surroundings',
    }, item('5')),
    requirement('pollution-statement', {
      id: 'Surat pernyataan pencegahan pencemaran lingkungan', en: 'Statement on the prevention of environmental pollution',
    }, item('6')),
    requirement('site-drawing', { id: 'Gambar situasi bangunan tempat usaha', en: 'Site plan of the business premises' }, item('7'), { files: 'drawing' }),
    requirement('imb', { id: 'IMB', en: 'Building permit (IMB)' }, item('8')),
    requirement('environmental-study', {
      id: 'Dokumen studi pengelolaan lingkungan', en: 'Environmental management study document',
    }, item('9'), { appliesTo: 'business', conditionText: LEGAL_ENTITY }),
  ],
  procedure: {
    steps: [
      STEP.submit, STEP.checkFile, STEP.siteCheckByTeam, STEP.setFee,
      { label: { id: 'Proses SK/ijin.', en: 'Processing of the decree (permit).' } },
      { label: { id: 'Penyerahan SK/ijin.', en: 'Handover of the decree (permit).' } },
    ],
    source: m13.procedure(N),
  },
  completionTime: completionTimeMissing(N),
  fee: {
    bearing: true,
    rule: 'FEE-08',
    note: {
      id: 'Retribusi Ijin Gangguan (Perda 10/2002); tarifnya tidak ada dalam salinan Lampiran II dan ditetapkan kota.',
      en: 'Nuisance permit retribution (Perda 10/2002); its tariff is missing from the copy of Lampiran II and is set by the municipality.',
    },
    source: cite('M13', 'Mengingat angka 16; Lampiran I angka 2 kolom 5 butir 4'),
  },
  source: m13.type(N),
};
