import { STEP, fixedTime, instrument, isTrue, m13, requirement, yesNoDetail } from '../builders.js';
import { deedOfEstablishment, nuisancePermit } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 7;
const item = (i: string) => m13.requirement(N, i);

/** 7 — Ijin Tanda Daftar Gudang (warehouse registration), M13 Lampiran I and II angka 7. */
export const tdg: PermitType = {
  id: 'tdg',
  name: { id: 'Ijin Tanda Daftar Gudang (TDG)', en: 'Warehouse registration (TDG)' },
  legalBasis: {
    instruments: [
      instrument('Undang-Undang Nomor 11 Tahun 1965'),
      instrument('Peraturan Menteri Perdagangan Nomor 16/M-DAG/PER/3/2006 tentang Penataan dan Pembinaan Pergudangan'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 15 Tahun 2002 tentang Retribusi Ijin dalam Bidang Industri, Perdagangan dan Penanaman Modal'),
    ],
    source: m13.legalBasis(N),
  },
  details: [
    yesNoDetail('nuisanceActApplies', {
      id: 'Usaha dipersyaratkan Ijin Gangguan oleh Undang-Undang Gangguan', en: 'The Nuisance Act requires a nuisance permit for the business',
    }, item('4')),
  ],
  requirements: [
    deedOfEstablishment(item('1')),
    requirement('director-id', {
      id: 'Fotokopi KTP/Paspor Direktur Utama atau Penanggung Jawab',
      en: 'Copy of the identity card or passport of the president director or the person in charge',
    }, item('2')),
    requirement('company-npwp', { id: 'Fotokopi NPWP Perusahaan', en: 'Copy of the company taxpayer number (NPWP)' }, item('3'), { appliesTo: 'business' }),
    nuisancePermit(item('4'), undefined, {
      condition: isTrue('nuisanceActApplies'),
      conditionText: { id: 'bagi yang dipersyaratkan Undang-Undang Gangguan', en: 'where the Nuisance Act requires it' },
    }),
  ],
  procedure: { steps: [STEP.submit, STEP.checkFile, STEP.siteCheckByTeam, STEP.setFee, STEP.process], source: m13.procedure(N) },
  completionTime: fixedTime(14, 'Penyelesaian selambat-lambatnya 14 hari kerja setelah menerima dokumen secara lengkap & benar', m13.lampiranII(N, 6)),
  fee: { bearing: true, rule: 'FEE-04', source: m13.lampiranII(N) },
  source: m13.type(N),
};
