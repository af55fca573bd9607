import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';

/** Who a complaint is about (B98 Pasal 37 ayat (1)). */
export type ComplaintTarget = 'business' | 'oss-agency' | 'local-government' | 'civil-servant-or-expert';
/** Every complaint target. */
export const COMPLAINT_TARGETS: readonly ComplaintTarget[] = ['business', 'oss-agency', 'local-government', 'civil-servant-or-expert'];

/** What a complaint is about (B98 Pasal 37 ayat (2) huruf a–d). */
export type ComplaintGround = 'licensing-process' | 'business-nonconformity' | 'supervision-nonconformity' | 'oss-misuse';

/** A ground of complaint with its letter in Pasal 37 ayat (2). */
export interface ComplaintGroundRow {
  readonly ground: ComplaintGround;
  readonly letter: 'a' | 'b' | 'c' | 'd';
  readonly name: LocalizedText;
  readonly source: Citation;
}

/** The four grounds of Pasal 37 ayat (2). */
export const COMPLAINT_GROUNDS: readonly ComplaintGroundRow[] = [
  { ground: 'licensing-process', letter: 'a', name: { id: 'Pelaksanaan Perizinan Berusaha Berbasis Risiko', en: 'The risk-based licensing process' }, source: cite('B98', 'Pasal 37 ayat (2) huruf a') },
  { ground: 'business-nonconformity', letter: 'b', name: { id: 'Kegiatan usaha tidak sesuai standar dan peraturan', en: 'Business activity not meeting its standards or the law' }, source: cite('B98', 'Pasal 37 ayat (2) huruf b') },
  { ground: 'supervision-nonconformity', letter: 'c', name: { id: 'Kegiatan Pengawasan tidak sesuai peraturan', en: 'Supervision not carried out according to the law' }, source: cite('B98', 'Pasal 37 ayat (2) huruf c') },
  { ground: 'oss-misuse', letter: 'd', name: { id: 'Penyalahgunaan penggunaan Sistem OSS', en: 'Misuse of the OSS system' }, source: cite('B98', 'Pasal 37 ayat (2) huruf d') },
];

/** Which grounds a complaint against a target may rest on. */
export interface ComplaintAdmissibility {
  readonly target: ComplaintTarget;
  readonly grounds: readonly ComplaintGround[];
  readonly source: Citation;
}

/**
 * CMP-01: against a business, grounds a, b and d (Pasal 37 ayat (3)); against the OSS agency or the local
 * government, a, c and d (ayat (4)); against a civil servant or a certified/accredited expert, a, c and d (ayat (5)).
 */
export const COMPLAINT_ADMISSIBILITY: readonly ComplaintAdmissibility[] = [
  { target: 'business', grounds: ['licensing-process', 'business-nonconformity', 'oss-misuse'], source: cite('B98', 'Pasal 37 ayat (3)') },
  { target: 'oss-agency', grounds: ['licensing-process', 'supervision-nonconformity', 'oss-misuse'], source: cite('B98', 'Pasal 37 ayat (4)') },
  { target: 'local-government', grounds: ['licensing-process', 'supervision-nonconformity', 'oss-misuse'], source: cite('B98', 'Pasal 37 ayat (4)') },
  { target: 'civil-servant-or-expert', grounds: ['licensing-process', 'supervision-nonconformity', 'oss-misuse'], source: cite('B98', 'Pasal 37 ayat (5)') },
];

/** The grounds a complaint against `target` may rest on (CMP-01); none for an unknown target. */
export function admissibleGrounds(target: ComplaintTarget, table: readonly ComplaintAdmissibility[] = COMPLAINT_ADMISSIBILITY): readonly ComplaintGround[] {
  return table.find((row) => row.target === target)?.grounds ?? [];
}
