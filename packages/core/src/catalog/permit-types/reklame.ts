import { cite } from '../../citation.js';
import { COUNTER_PROCEDURE, instrument, isTrue, m13, requirement, yesNoDetail } from '../builders.js';
import type { CompletionTime, PermitType } from '../types.js';

const N = 9;
const item = (i: string) => m13.requirement(N, i);

/** Below this area (m²) an advertisement is done in 1 working day; at or above it in 2 weeks (CAT-03). */
export const REKLAME_LARGE_AREA_M2 = 18;
/** Above this area (m²) the advertising team inspects the site and writes a record (CAT-04). */
export const REKLAME_INSPECTION_AREA_M2 = 20;

/**
 * CAT-03 for Reklame. The cases are tried in order and the first that holds applies. Interpretation: "2 weeks" is
 * 10 working days, exactly 18 m² takes the longer time, and when the wording points both ways (an incidental
 * advertisement of 18 m² or more, or an incidental street banner) the longer time applies — the same choice as at
 * the 18 m² boundary, and the one that leaves time for the CAT-04 site inspection.
 */
const completionTime: CompletionTime = {
  kind: 'by-case',
  cases: [
    {
      when: { anyOf: [isTrue('streetBanner'), { detail: 'areaM2', op: 'gte', value: REKLAME_LARGE_AREA_M2 }] },
      workingDays: 10,
      label: { id: 'Luas 18 m² atau lebih, atau bando jalan: 2 minggu (10 hari kerja)', en: '18 m² or more, or a street banner: 2 weeks (10 working days)' },
    },
    {
      when: { anyOf: [isTrue('incidental'), { detail: 'areaM2', op: 'lt', value: REKLAME_LARGE_AREA_M2 }] },
      workingDays: 1,
      label: { id: 'Di bawah 18 m² atau insidentil: 1 hari kerja', en: 'Under 18 m² or incidental: 1 working day' },
    },
  ],
  text: 'Waktu penyelesaian 1 hari untuk reklame yang ukurannya dibawah 18 M² / reklame yang sifatnya insidensial; untuk reklame yang ukurannya diatas 18 M²/Bando Jalan 2 (dua) minggu, setelah menerima dokumen secara lengkap dan benar',
  interpretation: {
    id: 'Tafsiran (CAT-03): 2 minggu = 10 hari kerja; tepat 18 m² memakai waktu yang lebih lama; bila insidentil tetapi 18 m² atau lebih atau bando jalan, berlaku waktu yang lebih lama.',
    en: 'Interpretation (CAT-03): 2 weeks = 10 working days; exactly 18 m² takes the longer time; an incidental advertisement of 18 m² or more, or a street banner, takes the longer time.',
  },
  source: m13.lampiranII(N, 6),
};

/** 9 — Ijin Reklame (advertising permit), M13 Lampiran I and II angka 9. */
export const reklame: PermitType = {
  id: 'reklame',
  name: { id: 'Ijin Reklame', en: 'Advertising permit' },
  legalBasis: {
    instruments: [
      instrument('Peraturan Daerah Kota Mojokerto Nomor 23 Tahun 2002 tentang Pajak Reklame'),
      instrument('Peraturan Walikota Mojokerto Nomor 7 Tahun 2005 tentang Petunjuk Pelaksanaan Pajak Reklame'),
    ],
    source: m13.legalBasis(N),
  },
  details: [
    {
      key: 'areaM2', type: 'number', unit: 'm²', label: { id: 'Luas reklame', en: 'Area of the advertisement' },
      source: cite('M13', 'Lampiran I angka 9 kolom 4 butir 2; Lampiran II angka 9 kolom 6'),
    },
    yesNoDetail('incidental', { id: 'Reklame bersifat insidentil', en: 'Incidental (temporary) advertisement' }, m13.lampiranII(N, 6), false),
    yesNoDetail('streetBanner', { id: 'Bando jalan', en: 'Street banner spanning the road (bando jalan)' }, m13.lampiranII(N, 6), false),
    yesNoDetail('projectingOrPole', { id: 'Reklame tonjol/tiang', en: 'Projecting or pole-mounted advertisement' }, item('1')),
  ],
  requirements: [
    requirement('application-form', { id: 'Formulir permohonan', en: 'Application form' }, item('1')),
    requirement('design-drawing', { id: 'Gambar (disain) reklame', en: 'Drawing (design) of the advertisement' }, item('1'), { files: 'drawing' }),
    requirement('pole-construction', {
      id: 'Gambar dan perhitungan konstruksi tiang reklame', en: 'Drawing and structural calculation of the advertisement pole',
    }, item('1'), { files: 'drawing' }),
    requirement('location-plan', { id: 'Denah (gambar) lokasi', en: 'Location plan (drawing)' }, item('1'), { files: 'drawing' }),
    requirement('landowner-consent', {
      id: 'Persetujuan tidak keberatan dari pemilik tempat/tanah', en: 'Consent (no objection) of the owner of the site or land',
    }, item('1'), {
      condition: isTrue('projectingOrPole'),
      conditionText: { id: 'untuk reklame tonjol/tiang', en: 'for a projecting or pole-mounted advertisement' },
    }),
    requirement('site-inspection-record', {
      id: 'Berita acara hasil peninjauan lokasi oleh tim reklame', en: 'Site inspection record by the advertising team',
    }, cite('M13', 'Lampiran I angka 9 kolom 4 butir 2 dan 3'), {
      submission: 'office',
      files: 'document',
      condition: { detail: 'areaM2', op: 'gt', value: REKLAME_INSPECTION_AREA_M2 },
      conditionText: { id: 'bagi reklame yang ukuran luasnya diatas 20 M²', en: 'for an advertisement larger than 20 m²' },
    }),
  ],
  procedure: { steps: COUNTER_PROCEDURE, source: m13.procedure(N) },
  completionTime,
  fee: {
    bearing: true,
    rule: 'FEE-06',
    note: {
      id: 'Pajak reklame atas nilai sewa reklame, ditambah retribusi sewa tanah Rp 3.000/m²/bulan.',
      en: 'Advertisement tax on the rental value, plus land rental retribution of Rp 3,000 per m² per month.',
    },
    source: m13.lampiranII(N),
  },
  source: m13.type(N),
};
