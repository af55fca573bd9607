import { cite } from '../../citation.js';
import { DAYS_ARE_WORKING_DAYS, fixedTime, instrument, m13, requirement, selfServiceProcedure } from '../builders.js';
import { deedOfEstablishment, ktp, npwp, nuisancePermit } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 5;
/** Lampiran I angka 5 splits the list: A for a legal entity, B for a person. */
const item = (list: string) => cite('M13', `Lampiran I angka ${N} kolom 4 ${list}`);

/** 5 — Surat Ijin Usaha Perdagangan (trade business licence), M13 Lampiran I and II angka 5. */
export const siup: PermitType = {
  id: 'siup',
  name: { id: 'Surat Ijin Usaha Perdagangan (SIUP)', en: 'Trade business licence (SIUP)' },
  legalBasis: {
    instruments: [
      instrument('Peraturan Menteri Perdagangan Nomor 09/M-DAG/PER/3/2006 tentang Ketentuan dan Tata Cara Penerbitan Surat Ijin Usaha Perdagangan'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 15 Tahun 2002 tentang Bidang Industri, Perdagangan dan Penanaman Modal'),
    ],
    source: m13.legalBasis(N),
  },
  details: [],
  requirements: [
    deedOfEstablishment(item('huruf A butir 1'), {
      id: 'Salinan/kopi Akte Notaris (PT, CV, Koperasi) yang disahkan oleh instansi yang berwenang',
      en: "Copy of the notarial deed (PT, CV, cooperative) endorsed by the competent authority",
    }),
    ktp(item('huruf A butir 2, huruf B butir 1')),
    npwp(item('huruf A butir 3, huruf B butir 2')),
    requirement('situ', { id: 'Fotokopi Surat Ijin Tempat Usaha', en: 'Copy of the business premises permit (SITU)' }, item('huruf A butir 4, huruf B butir 3')),
    nuisancePermit(item('huruf A butir 5, huruf B butir 4')),
  ],
  procedure: { steps: selfServiceProcedure(), source: m13.procedure(N) },
  completionTime: fixedTime(5, 'Penyelesaian paling lambat 5 hari bila dokumen lengkap', m13.lampiranII(N, 6), DAYS_ARE_WORKING_DAYS),
  fee: {
    bearing: true,
    rule: 'FEE-02',
    note: {
      id: 'Dikecualikan: cabang yang memakai SIUP kantor pusat, perusahaan dengan ijin setara dari dinas teknis, BUMN/BUMD, perusahaan kecil perorangan (pedagang keliling, kaki lima, pinggir jalan).',
      en: 'Exempt: a branch trading under its head office’s SIUP, a company holding an equivalent licence from a technical agency, BUMN/BUMD, small individual traders (itinerant, street vendors).',
    },
    source: m13.lampiranII(N),
  },
  source: m13.type(N),
};
