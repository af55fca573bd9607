import { DAYS_ARE_WORKING_DAYS, STEP, fixedTime, instrument, isTrue, m13, requirement, yesNoDetail } from '../builders.js';
import { acknowledgedApplicationForm, deedOfEstablishment, ktp } from '../common-requirements.js';
import type { PermitType } from '../types.js';

const N = 1;
const item = (i: string) => m13.requirement(N, i);

/** 1 — Ijin Mendirikan Bangunan (building permit), M13 Lampiran I and II angka 1. */
export const imb: PermitType = {
  id: 'imb',
  name: { id: 'Ijin Mendirikan Bangunan (IMB)', en: 'Building permit (IMB)' },
  legalBasis: {
    instruments: [instrument('Peraturan Daerah Kota Praja Mojokerto Nomor 10 Tahun 1961 tentang Mendirikan/Memperbaiki dan Membongkar Bangunan-bangunan')],
    source: m13.legalBasis(N),
  },
  details: [
    yesNoDetail('multiStorey', { id: 'Bangunan bertingkat', en: 'Multi-storey building' }, item('4')),
    yesNoDetail('businessBuilding', { id: 'Bangunan usaha', en: 'Building for business use' }, item('4, 5')),
  ],
  requirements: [
    acknowledgedApplicationForm(item('1')),
    requirement('building-drawings', { id: 'Gambar dan rencana lengkap rangkap 2 (dua)', en: 'Complete drawings and plans, in 2 copies' }, item('2'), { files: 'drawing' }),
    requirement('land-title', {
      id: 'Fotokopi sertifikat/surat keterangan status tanah dari pejabat yang berwenang',
      en: 'Copy of the land certificate or the land status statement from the competent official',
    }, item('3')),
    requirement('neighbour-consent', { id: 'Surat pernyataan tidak keberatan dari tetangga', en: "Neighbours' statement of no objection" }, item('4'), {
      condition: { anyOf: [isTrue('multiStorey'), isTrue('businessBuilding')] },
      conditionText: { id: 'dari bangunan bertingkat/bangunan usaha', en: 'for a multi-storey building or a business building' },
    }),
    requirement('location-permit', { id: 'Fotokopi ijin lokasi bangunan', en: 'Copy of the location permit of the building' }, item('5'), {
      condition: isTrue('businessBuilding'),
      conditionText: { id: 'bangunan untuk usaha', en: 'a building for business use' },
    }),
    ktp(item('6'), undefined, { appliesTo: 'person' }),
    deedOfEstablishment(item('6'), { id: 'Fotokopi Akta Pendirian', en: 'Copy of the deed of establishment' }, {
      conditionText: { id: 'bagi perusahaan yang berbadan hukum', en: 'for a company with legal personality' },
    }),
    requirement('pbb-receipt', {
      id: 'Fotokopi pelunasan PBB tahun terakhir',
      en: "Copy of the proof of payment of last year's land and building tax (PBB)",
    }, item('7')),
  ],
  procedure: {
    steps: [STEP.submit, STEP.checkFile, STEP.siteCheck, STEP.setFee, STEP.process, STEP.pay, STEP.handOver],
    source: m13.procedure(N),
  },
  completionTime: fixedTime(5, 'Penyelesaian : 1 (satu) minggu setelah pemohon menyerahkan berkas lengkap', m13.lampiranII(N, 6), {
    id: `Tafsiran (CAT-03): 1 minggu = 5 hari kerja. ${DAYS_ARE_WORKING_DAYS.id}`,
    en: `Interpretation (CAT-03): 1 week = 5 working days. ${DAYS_ARE_WORKING_DAYS.en}`,
  }),
  fee: { bearing: true, rule: 'FEE-01', source: m13.lampiranII(N) },
  source: m13.type(N),
};
