// The fee estimate of a catalog entry: the few inputs each simple calculator needs (FEE-02 … FEE-05), and the
// assessment as a table whose lines cite their rates (FEE-09).
import type { ApiComponents } from '@satupintu/server';
import type { LocalizedText } from '@satupintu/core';
import { rupiah } from './format.js';
import { make, say } from './text.js';

type FeeAssessment = ApiComponents['schemas']['FeeAssessment'];

/** One input of a fee calculator: a number, or one of fixed choices. */
export interface FeeInputField {
  readonly key: string;
  readonly label: LocalizedText;
  readonly hint?: LocalizedText;
  readonly choices?: readonly { readonly value: string; readonly label: LocalizedText }[];
}

const AREA_HINT = { id: 'Dalam meter persegi, misalnya 50.', en: 'In square metres, e.g. 50.' };

/** The inputs of the permit types whose fee an applicant can estimate alone; the others are assessed by the office. */
export const FEE_INPUTS: Readonly<Record<string, readonly FeeInputField[]>> = {
  tdg: [{ key: 'areaM2', label: { id: 'Luas gudang (m²)', en: 'Warehouse area (m²)' }, hint: AREA_HINT }],
  hiburan: [{ key: 'areaM2', label: { id: 'Luas tempat usaha (m²)', en: 'Premises area (m²)' }, hint: AREA_HINT }],
  tdi: [{
    key: 'investmentValue', label: { id: 'Nilai investasi (Rp)', en: 'Investment value (IDR)' },
    hint: { id: 'Dalam rupiah tanpa titik, misalnya 150000000.', en: 'In rupiah without separators, e.g. 150000000.' },
  }],
  siup: [{
    key: 'size', label: { id: 'Golongan SIUP', en: 'SIUP class' },
    choices: [
      { value: 'small', label: { id: 'Kecil', en: 'Small' } },
      { value: 'medium', label: { id: 'Menengah', en: 'Medium' } },
      { value: 'large', label: { id: 'Besar', en: 'Large' } },
    ],
  }],
};

/** The lines of an assessment or of an SKRD: what, the rate's citation and the amount per line, and the total. */
export function assessmentTable(assessment: Pick<FeeAssessment, 'lines' | 'total'>, caption: LocalizedText): HTMLTableElement {
  const table = make('table');
  table.append(make('caption', say(caption)));
  const head = make('tr');
  for (const title of [{ id: 'Rincian', en: 'Item' }, { id: 'Dasar', en: 'Basis' }, { id: 'Jumlah', en: 'Amount' }]) {
    head.append(make('th', say(title), { scope: 'col' }));
  }
  const body = make('tbody');
  for (const line of assessment.lines) {
    const row = make('tr');
    row.append(make('th', say(line.label), { scope: 'row' }), make('td', `${line.source.regulation} ${line.source.article}`), make('td', rupiah(line.amount), { class: 'num' }));
    body.append(row);
  }
  const total = make('tr');
  total.append(make('th', say({ id: 'Jumlah', en: 'Total' }), { scope: 'row', colspan: '2' }), make('td', rupiah(assessment.total), { class: 'num total' }));
  const thead = make('thead');
  thead.append(head);
  const tfoot = make('tfoot');
  tfoot.append(total);
  table.append(thead, body, tfoot);
  return table;
}
