import { cite, type Citation } from '../citation.js';

/**
 * The national legal instruments behind the identifier rules (DOMAIN.md IDN-01 … IDN-04). The five municipal
 * regulations only say *that* a NIK, NPWP, NIB, phone number or e-mail is required; their form is national law.
 */
export const IDENTITY_SOURCES = {
  /** NIK: one lifelong number per resident; its 16-digit layout is the one Ditjen Dukcapil publishes. */
  nik: cite('UU 23/2006 jo. UU 24/2013 (Administrasi Kependudukan)', 'Pasal 1 angka 12 dan Pasal 13; susunan 16 digit NIK menurut Ditjen Dukcapil Kemendagri'),
  /** Region codes (province, regency/city, district) used in the first six NIK digits. */
  regionCodes: cite('Kepmendagri 100.1.1-6117/2022', 'Lampiran: kode wilayah administrasi pemerintahan (termasuk provinsi pemekaran Papua 2022)'),
  /** The new NPWP: a resident's NIK, or 16 digits for every other taxpayer; branches get a NITKU. */
  npwp: cite('PMK 112/PMK.03/2022 jo. PMK 136/2023', 'Pasal 1 angka 6 (NITKU), Pasal 2 ayat (1) (NIK / NPWP 16 digit); berlaku penuh 1 Juli 2024'),
  /**
   * The old 15-digit NPWP layout (OECD TIN sheet for Indonesia). DJP does not publish the check-digit algorithm; that
   * the 9th digit is a Luhn digit over the first nine is established from published numbers (python-stdnum `id.npwp`).
   */
  npwpOld: cite('OECD Tax Identification Numbers: Indonesia; python-stdnum id.npwp', 'NPWP 99.999.999.9-999.999: 2 digit jenis WP, 6 digit nomor urut, 1 digit pengaman (Luhn atas 9 digit pertama), 3 digit kode KPP, 3 digit status cabang'),
  /** NIB: 13 random digits with a security feature, issued by the OSS system. */
  nib: cite('PP 24/2018 (kini PP 28/2025)', 'Pasal 24 ayat (2) PP 24/2018: NIB berbentuk 13 digit angka acak yang diberi pengaman'),
  /** KBLI 2020: categories A–U and their two-digit divisions (golongan pokok), aligned with ISIC Rev. 4. */
  kbli2020: cite('Peraturan BPS 2/2020', 'Lampiran: struktur kode KBLI 2020 (kategori, golongan pokok 2 digit, kelompok 5 digit)'),
  /** KBLI 2025 replaces KBLI 2020 and regroups some codes. */
  kbli2025: cite('Peraturan BPS 7/2025', 'Pasal 3: kategori KBLI 2025; kode kelompok tetap 5 digit'),
  /** Indonesia's country code and national number ranges (mobile 08…, area codes, 0800 …). */
  phone: cite('Permenkominfo 14/2018 (Rencana Dasar Teknis Telekomunikasi Nasional); ITU-T E.164', 'Rencana penomoran: kode negara 62, awalan trunk 0; rentang nomor seperti dalam metadata libphonenumber wilayah ID'),
  /** What a browser accepts in `<input type="email">`, narrowed to the dot-atom form of RFC 5322. */
  email: cite('WHATWG HTML Living Standard; RFC 5321; RFC 5322', 'HTML §4.10.5.1.5 valid e-mail address; RFC 5321 §4.5.3.1 (local part 64, path 256); RFC 5322 §3.2.3 dot-atom'),
} as const satisfies Record<string, Citation>;
