import type { Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import { ikmCite } from './source.js';

/** The code of one of the nine survey elements (unsur), in the order the regulation lists them. */
export type IkmElementCode = 'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9';

/** An answer to one element: 1 (worst) to 4 (best). */
export type IkmAnswer = 1 | 2 | 3 | 4;

/** The four answer labels of an element, for scores 1, 2, 3 and 4 in that order. */
export type IkmAnswerLabels = readonly [LocalizedText, LocalizedText, LocalizedText, LocalizedText];

/** One survey element (unsur) with its name and the model answer labels of the questionnaire (IKM-01, IKM-02). */
export interface IkmElement {
  readonly code: IkmElementCode;
  readonly name: LocalizedText;
  /** `answers[score - 1]` is the label of that score. */
  readonly answers: IkmAnswerLabels;
  /** Where the element is defined. */
  readonly source: Citation;
  /** Where its answer labels come from (the model questionnaire). */
  readonly answersSource: Citation;
}

const ELEMENT_SOURCE = ikmCite('ruang lingkup Survei Kepuasan Masyarakat (unsur a–i)');
const ANSWERS_SOURCE = ikmCite('contoh kuesioner Survei Kepuasan Masyarakat');

const SUITABILITY: IkmAnswerLabels = [
  { id: 'Tidak sesuai', en: 'Not suitable' },
  { id: 'Kurang sesuai', en: 'Not very suitable' },
  { id: 'Sesuai', en: 'Suitable' },
  { id: 'Sangat sesuai', en: 'Very suitable' },
];

function element(code: IkmElementCode, name: LocalizedText, answers: IkmAnswerLabels): IkmElement {
  return { code, name, answers, source: ELEMENT_SOURCE, answersSource: ANSWERS_SOURCE };
}

/**
 * The nine elements of the community satisfaction survey, U1…U9, with the questionnaire's model answer labels
 * (IKM-01, IKM-02). Answers are always given in this order.
 *
 * @example
 * ```ts
 * IKM_ELEMENTS[3]?.code;              // 'U4'
 * IKM_ELEMENTS[3]?.answers[3].id;     // 'Gratis' (score 4)
 * ```
 */
export const IKM_ELEMENTS: readonly IkmElement[] = [
  element('U1', { id: 'Persyaratan', en: 'Requirements' }, SUITABILITY),
  element('U2', { id: 'Sistem, Mekanisme, dan Prosedur', en: 'System, mechanism and procedure' }, [
    { id: 'Tidak mudah', en: 'Not easy' },
    { id: 'Kurang mudah', en: 'Not very easy' },
    { id: 'Mudah', en: 'Easy' },
    { id: 'Sangat mudah', en: 'Very easy' },
  ]),
  element('U3', { id: 'Waktu Penyelesaian', en: 'Completion time' }, [
    { id: 'Tidak cepat', en: 'Not fast' },
    { id: 'Kurang cepat', en: 'Not very fast' },
    { id: 'Cepat', en: 'Fast' },
    { id: 'Sangat cepat', en: 'Very fast' },
  ]),
  element('U4', { id: 'Biaya/Tarif', en: 'Cost/tariff' }, [
    { id: 'Sangat mahal', en: 'Very expensive' },
    { id: 'Cukup mahal', en: 'Fairly expensive' },
    { id: 'Murah', en: 'Cheap' },
    { id: 'Gratis', en: 'Free' },
  ]),
  element('U5', { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Service product specification' }, SUITABILITY),
  element('U6', { id: 'Kompetensi Pelaksana', en: 'Staff competence' }, [
    { id: 'Tidak kompeten', en: 'Not competent' },
    { id: 'Kurang kompeten', en: 'Not very competent' },
    { id: 'Kompeten', en: 'Competent' },
    { id: 'Sangat kompeten', en: 'Very competent' },
  ]),
  element('U7', { id: 'Perilaku Pelaksana', en: 'Staff behaviour' }, [
    { id: 'Tidak sopan dan ramah', en: 'Not polite and friendly' },
    { id: 'Kurang sopan dan ramah', en: 'Not very polite and friendly' },
    { id: 'Sopan dan ramah', en: 'Polite and friendly' },
    { id: 'Sangat sopan dan ramah', en: 'Very polite and friendly' },
  ]),
  element('U8', { id: 'Sarana dan Prasarana', en: 'Facilities and infrastructure' }, [
    { id: 'Buruk', en: 'Poor' },
    { id: 'Cukup', en: 'Adequate' },
    { id: 'Baik', en: 'Good' },
    { id: 'Sangat Baik', en: 'Very good' },
  ]),
  element('U9', { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of complaints, suggestions and feedback' }, [
    { id: 'Tidak ada', en: 'None' },
    { id: 'Ada tetapi tidak berfungsi', en: 'Exists but does not work' },
    { id: 'Berfungsi kurang maksimal', en: 'Works, but not fully' },
    { id: 'Dikelola dengan baik', en: 'Well managed' },
  ]),
];

/** The element codes in answer order: `['U1', …, 'U9']`. */
export const IKM_ELEMENT_CODES: readonly IkmElementCode[] = IKM_ELEMENTS.map((e) => e.code);

/** Number of elements; each one's weight is exactly 1 / IKM_ELEMENT_COUNT (IKM-03). */
export const IKM_ELEMENT_COUNT = 9;
