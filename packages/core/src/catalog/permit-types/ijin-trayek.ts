import { cite } from '../../citation.js';
import { COUNTER_PROCEDURE, completionTimeMissing, instrument, m13, requirement } from '../builders.js';
import type { PermitType } from '../types.js';

const N = 3;
const item = (i: string) => m13.requirement(N, i);

/** 3 — Ijin Trayek (route permit). Lampiran II lost its row: completion time and tariff are settings. */
export const ijinTrayek: PermitType = {
  id: 'ijin-trayek',
  name: { id: 'Ijin Trayek', en: 'Route permit' },
  legalBasis: {
    instruments: [
      instrument('Peraturan Pemerintah Nomor 41 Tahun 1993 tentang Angkutan Jalan'),
      instrument('Peraturan Pemerintah Nomor 42 Tahun 1993 tentang Pemeriksaan Kendaraan Bermotor di Jalan'),
      instrument('Keputusan Menteri Perhubungan Nomor KM.35 Tahun 2003 tentang Penyelenggaraan Angkutan Orang di Jalan dengan Kendaraan Umum'),
      instrument('Peraturan Daerah Kota Mojokerto Nomor 12 Tahun 2002 tentang Retribusi Ijin Trayek'),
    ],
    source: m13.legalBasis(N),
  },
  details: [],
  requirements: [
    requirement('transport-business-licence', { id: 'Ijin Usaha Angkutan', en: 'Transport business licence' }, item('1')),
    requirement('vehicle-registration', {
      id: 'STNK kendaraan bermotor yang layak jalan yang dimiliki/dikuasai',
      en: 'Registration (STNK) of a roadworthy motor vehicle owned or controlled',
    }, item('2')),
    requirement('vehicle-depot', { id: 'Bukti memiliki tempat penyimpanan kendaraan', en: 'Proof of a vehicle storage place (depot)' }, item('3')),
  ],
  procedure: { steps: COUNTER_PROCEDURE, source: m13.procedure(N) },
  completionTime: completionTimeMissing(N),
  fee: {
    bearing: true,
    rule: 'FEE-08',
    note: {
      id: 'Retribusi Ijin Trayek (Perda 12/2002); tarifnya tidak ada dalam salinan Lampiran II dan ditetapkan kota.',
      en: 'Route permit retribution (Perda 12/2002); its tariff is missing from the copy of Lampiran II and is set by the municipality.',
    },
    source: cite('M13', 'Mengingat angka 18; Lampiran I angka 3 kolom 3 butir 4 dan kolom 5 butir 4'),
  },
  source: m13.type(N),
};
