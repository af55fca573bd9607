/**
 * Where a rule comes from. Every table row and rule that implements the regulations carries one, so a person can
 * check the code against the text. `regulation` is a short id from {@link REGULATIONS} or the name of another legal
 * instrument (a ministerial decree, a government regulation).
 */
export interface Citation {
  readonly regulation: string;
  readonly article: string;
}

/** The five municipal regulations the SDK implements, by the short ids used in citations and in DOMAIN.md. */
export const REGULATIONS = {
  M18: 'Peraturan Walikota Mojokerto Nomor 18 Tahun 2020',
  T11: 'Peraturan Walikota Tangerang Nomor 11 Tahun 2018',
  P106: 'Peraturan Wali Kota Padang Nomor 106 Tahun 2020',
  M13: 'Peraturan Walikota Mojokerto Nomor 13 Tahun 2007',
  B98: 'Peraturan Walikota Blitar Nomor 98 Tahun 2022',
} as const;

/** The short id of one of the five municipal regulations. */
export type RegulationId = keyof typeof REGULATIONS;

/** Builds a citation: `cite('M18', 'Pasal 14 ayat (3)')`. */
export function cite(regulation: RegulationId | (string & {}), article: string): Citation {
  return { regulation, article };
}
