import type { LocalizedText } from '@satupintu/core';

/**
 * A field the form asks so the service (`POST /fees/quote`, core's `calculateFee`) can preview the fee: the key of the
 * calculator input (`FeeInputs[permitType]`), its label, and whether it is a number or one of fixed choices. Only the
 * calculators with a few plain inputs are asked here; for the others (IMB, Reklame, Jasa Konstruksi, Ijin Lokasi, the
 * configured tariffs) a portal passes `feeInput`, or the office computes the fee after verification. The form only
 * checks that a number is a number: the service checks the rest with core and its refusals name the field.
 */
export interface FeeField {
  readonly key: string;
  readonly label: LocalizedText;
  readonly kind: 'number' | 'choice';
  /** The choices of a `choice` field, with their labels (from core's tables). */
  readonly choices?: readonly { readonly value: string; readonly label: LocalizedText }[];
  readonly hint?: LocalizedText;
}

const area = (label: LocalizedText): FeeField => ({
  key: 'areaM2', kind: 'number', label, hint: { id: 'Dalam meter persegi, misalnya 40,5.', en: 'In square metres, e.g. 40.5.' },
});

/** The fee inputs the form asks per permit type. */
export const FEE_FIELDS: Readonly<Record<string, readonly FeeField[]>> = {
  tdg: [area({ id: 'Luas gudang (m²)', en: 'Warehouse area (m²)' })],
  hiburan: [area({ id: 'Luas tempat usaha (m²)', en: 'Premises area (m²)' })],
  tdi: [{
    key: 'investmentValue', kind: 'number', label: { id: 'Nilai investasi (Rp)', en: 'Investment value (IDR)' },
    hint: { id: 'Dalam rupiah, tanpa titik, misalnya 150000000.', en: 'In rupiah, without separators, e.g. 150000000.' },
  }],
  siup: [{
    key: 'size', kind: 'choice', label: { id: 'Golongan SIUP', en: 'SIUP class' },
    // The classes of M13 Lampiran II (core's SiupSize); their tariffs are the municipality's, on the service.
    choices: [
      { value: 'small', label: { id: 'SIUP Kecil', en: 'SIUP, small business' } },
      { value: 'medium', label: { id: 'SIUP Menengah', en: 'SIUP, medium business' } },
      { value: 'large', label: { id: 'SIUP Besar', en: 'SIUP, large business' } },
    ],
  }],
};

/** Reads a typed number the way people write it in Indonesia or English: `40,5` and `40.5` are both 40.5. */
export function readNumber(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const normalised = /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const value = Number(normalised);
  return Number.isFinite(value) && /^-?\d+(\.\d+)?$/.test(normalised) ? value : trimmed;
}
