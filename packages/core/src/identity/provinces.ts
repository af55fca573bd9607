import type { Citation } from '../citation.js';
import { IDENTITY_SOURCES } from './sources.js';

/** A province code of the Ministry of Home Affairs (the first two digits of a NIK), with its name. */
export interface ProvinceCode {
  readonly code: string;
  readonly name: string;
  readonly source: Citation;
}

const KEMENDAGRI: Citation = IDENTITY_SOURCES.regionCodes;

function province(code: string, name: string): ProvinceCode {
  return { code, name, source: KEMENDAGRI };
}

/**
 * The 38 province codes of the Ministry of Home Affairs (Kemendagri), which NIKs use. They differ from the
 * statistics office's (BPS) codes for the Papua provinces: Kemendagri keeps 91 Papua and 92 Papua Barat and gave the
 * 2022 provinces 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan and 96 Papua Barat Daya. A NIK keeps the
 * code of the place where it was first issued for life, so residents of the new provinces may still carry 91 or 92.
 * A municipality can pass its own table to `parseNik`.
 */
export const PROVINCE_CODES: readonly ProvinceCode[] = [
  province('11', 'Aceh'),
  province('12', 'Sumatera Utara'),
  province('13', 'Sumatera Barat'),
  province('14', 'Riau'),
  province('15', 'Jambi'),
  province('16', 'Sumatera Selatan'),
  province('17', 'Bengkulu'),
  province('18', 'Lampung'),
  province('19', 'Kepulauan Bangka Belitung'),
  province('21', 'Kepulauan Riau'),
  province('31', 'DKI Jakarta'),
  province('32', 'Jawa Barat'),
  province('33', 'Jawa Tengah'),
  province('34', 'DI Yogyakarta'),
  province('35', 'Jawa Timur'),
  province('36', 'Banten'),
  province('51', 'Bali'),
  province('52', 'Nusa Tenggara Barat'),
  province('53', 'Nusa Tenggara Timur'),
  province('61', 'Kalimantan Barat'),
  province('62', 'Kalimantan Tengah'),
  province('63', 'Kalimantan Selatan'),
  province('64', 'Kalimantan Timur'),
  province('65', 'Kalimantan Utara'),
  province('71', 'Sulawesi Utara'),
  province('72', 'Sulawesi Tengah'),
  province('73', 'Sulawesi Selatan'),
  province('74', 'Sulawesi Tenggara'),
  province('75', 'Gorontalo'),
  province('76', 'Sulawesi Barat'),
  province('81', 'Maluku'),
  province('82', 'Maluku Utara'),
  province('91', 'Papua'),
  province('92', 'Papua Barat'),
  province('93', 'Papua Selatan'),
  province('94', 'Papua Tengah'),
  province('95', 'Papua Pegunungan'),
  province('96', 'Papua Barat Daya'),
];
