// The supervisor's words for the service's codes, in both languages (SUP-01, SUP-03, SAN states).
import type { LocalizedText } from '@satupintu/core';
import { say } from '../shared/text.js';

const RISK: Record<string, LocalizedText> = {
  low: { id: 'Rendah', en: 'Low' },
  'medium-low': { id: 'Menengah rendah', en: 'Medium-low' },
  'medium-high': { id: 'Menengah tinggi', en: 'Medium-high' },
  high: { id: 'Tinggi', en: 'High' },
};

const COMPLIANCE: Record<string, LocalizedText> = {
  'very-good': { id: 'Sangat baik', en: 'Very good' },
  good: { id: 'Baik', en: 'Good' },
  poor: { id: 'Kurang', en: 'Poor' },
};

const SCALE: Record<string, LocalizedText> = {
  micro: { id: 'Mikro', en: 'Micro' },
  small: { id: 'Kecil', en: 'Small' },
  medium: { id: 'Menengah', en: 'Medium' },
  large: { id: 'Besar', en: 'Large' },
};

const SANCTION_STATE: Record<string, LocalizedText> = {
  coaching: { id: 'Pembinaan', en: 'Coaching' },
  'warning-1': { id: 'Peringatan tertulis 1', en: 'Written warning 1' },
  'warning-2': { id: 'Peringatan tertulis 2', en: 'Written warning 2' },
  'warning-3': { id: 'Peringatan tertulis 3', en: 'Written warning 3' },
  'final-warning': { id: 'Peringatan pertama dan terakhir', en: 'First and last warning' },
  suspension: { id: 'Penghentian sementara kegiatan usaha', en: 'Temporary suspension' },
  revoked: { id: 'Pencabutan perizinan', en: 'Licence revoked' },
  resolved: { id: 'Selesai (diperbaiki)', en: 'Resolved (corrected)' },
};

const SANCTION_EVENT: Record<string, LocalizedText> = {
  opened: { id: 'Kasus dibuka', en: 'Case opened' },
  'not-corrected': { id: 'Tidak diperbaiki', en: 'Not corrected' },
  corrected: { id: 'Diperbaiki', en: 'Corrected' },
  'supporting-licence-violation-proven': { id: 'Pelanggaran izin pendukung terbukti', en: 'Supporting licence violation proven' },
};

function label(table: Record<string, LocalizedText>, code: string | undefined): string {
  if (code === undefined) return '—';
  const text = table[code];
  return text === undefined ? code : say(text);
}

export const riskLabel = (code: string | undefined): string => label(RISK, code);
export const complianceLabel = (code: string | undefined): string => label(COMPLIANCE, code);
export const scaleLabel = (code: string | undefined): string => label(SCALE, code);
export const sanctionStateLabel = (code: string | undefined): string => label(SANCTION_STATE, code);
export const sanctionEventLabel = (code: string | undefined): string => label(SANCTION_EVENT, code);
