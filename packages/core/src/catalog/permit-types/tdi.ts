import { DAYS_ARE_WORKING_DAYS, fixedTime, instrument, m13, requirement, selfServiceProcedure } from '../builders.js';
import { citizenshipCertificate, dutyStamps, ktp } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 6;
const item = (i: string) => m13.requirement(N, i);

/** 6 — Ijin Tanda Daftar Industri (industry registration), valid 5 years, M13 Lampiran I and II angka 6. */
export const tdi: PermitType = {
  id: 'tdi',
  name: { id: 'Ijin Tanda Daftar Industri (TDI)', en: 'Industry registration (TDI)' },
  legalBasis: {
    instruments: [instrument('Peraturan Daerah Kota Mojokerto Nomor 15 Tahun 2002 tentang Bidang Industri, Perdagangan dan Penanaman Modal')],
    source: m13.legalBasis(N),
  },
  details: [],
  requirements: [
    ktp(item('1')),
    citizenshipCertificate(item('2')),
    dutyStamps(item('3')),
    requirement('village-business-letter', {
      id: 'Surat Keterangan Usaha dari Kelurahan', en: 'Business statement from the village office (Kelurahan)',
    }, item('4')),
  ],
  procedure: { steps: selfServiceProcedure(4), source: m13.procedure(N) },
  completionTime: fixedTime(14, 'Penyelesaian paling lambat 14 hari bila dokumen lengkap', m13.lampiranII(N, 6), DAYS_ARE_WORKING_DAYS),
  fee: { bearing: true, rule: 'FEE-03', source: m13.lampiranII(N) },
  validity: {
    years: 5,
    condition: { id: 'selama perusahaan tersebut masih melakukan kegiatannya', en: 'while the company remains in operation' },
    source: m13.lampiranII(N, 6),
  },
  source: m13.type(N),
};
