// How the portal describes a catalog entry: its service time (CAT-03) and whether a fee applies (FEE-*).
import type { ApiComponents } from '@satupintu/server';
import type { LocalizedText } from '@satupintu/core';

export type PermitType = ApiComponents['schemas']['Catalog-permitType'];

const days = (n: number): LocalizedText => ({ id: `${n} hari kerja`, en: `${n} working day${n === 1 ? '' : 's'}` });

/** The service time, counted in working days from the complete file: fixed, by case, or set by the city. */
export function serviceTime(type: PermitType): LocalizedText {
  const time = type.completionTime;
  if (time.kind === 'fixed' && time.workingDays !== undefined) return days(time.workingDays);
  if (time.kind === 'by-case' && time.cases) {
    return { id: time.cases.map((c) => c.label.id).join('; '), en: time.cases.map((c) => c.label.en).join('; ') };
  }
  return { id: 'Ditetapkan oleh kota; tanyakan di kantor.', en: 'Set by the municipality; ask at the office.' };
}

/** Whether a fee (retribusi) is charged, with the catalog's note when it has one. */
export function feeSummary(type: PermitType): LocalizedText {
  if (!type.fee.bearing) return { id: 'Tanpa retribusi', en: 'No fee' };
  const base = { id: 'Dikenai retribusi, dibayar setelah permohonan disetujui', en: 'A fee is charged, paid once the application is approved' };
  return type.fee.note ? { id: `${base.id}. ${type.fee.note.id}`, en: `${base.en}. ${type.fee.note.en}` } : base;
}
