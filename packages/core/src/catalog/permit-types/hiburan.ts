import { COUNTER_PROCEDURE, fixedTime, instrument, m13, requirement } from '../builders.js';
import { applicationLetter, deedOfEstablishment, ktp, nuisancePermit } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 8;
const item = (i: string) => m13.requirement(N, i);

/** 8 — Ijin Usaha Rekreasi dan Hiburan Umum (recreation and entertainment), M13 Lampiran I and II angka 8. */
export const hiburan: PermitType = {
  id: 'hiburan',
  name: { id: 'Ijin Usaha Rekreasi dan Hiburan Umum', en: 'Recreation and public entertainment business licence' },
  legalBasis: {
    instruments: [instrument('Peraturan Daerah Kota Mojokerto Nomor 18 Tahun 2002 tentang Retribusi Ijin Usaha Rekreasi dan Hiburan Umum')],
    source: m13.legalBasis(N),
  },
  details: [],
  requirements: [
    applicationLetter(item('1'), { id: 'Permohonan', en: 'Application letter' }),
    deedOfEstablishment(item('2'), { id: 'Fotokopi Akte Pendirian Perusahaan yang disahkan', en: 'Copy of the endorsed deed of establishment of the company' }),
    ktp(item('3'), { id: 'Fotokopi KTP/KWNI Keturunan (ganti nama)', en: 'Copy of the identity card, or the citizenship card (KWNI) for a changed name' }),
    requirement('land-rights', { id: 'Fotokopi bukti pemilikan hak atas tanah', en: 'Copy of the proof of rights to the land' }, item('4')),
    requirement('imb', { id: 'Fotokopi IMB', en: 'Copy of the building permit (IMB)' }, item('5')),
    nuisancePermit(item('6')),
  ],
  procedure: { steps: COUNTER_PROCEDURE, source: m13.procedure(N) },
  completionTime: fixedTime(7, 'Penyelesaian selambat-lambatnya 7 hari kerja setelah menerima dokumen secara lengkap dan benar', m13.lampiranII(N, 6)),
  fee: { bearing: true, rule: 'FEE-05', source: m13.lampiranII(N) },
  source: m13.type(N),
};
