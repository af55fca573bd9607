import { formatExact, formatNumber, type Language } from './shared/format.js';
import type { FeeAssessment, FeeFactor } from './types.js';

const HEADERS: Record<Language, readonly string[]> = {
  id: ['Uraian', 'Banyaknya', 'Satuan', 'Tarif (Rp)', 'Faktor', 'Biaya (Rp)', 'Nilai tepat (Rp)'],
  en: ['Item', 'Quantity', 'Unit', 'Rate (Rp)', 'Factors', 'Amount (Rp)', 'Exact (Rp)'],
};
const TOTAL: Record<Language, string> = { id: 'JUMLAH', en: 'TOTAL' };
// Columns holding numbers are right-aligned.
const NUMERIC = [false, true, false, true, false, true, true];

function factorText(factor: FeeFactor, language: Language): string {
  const { numerator, denominator } = factor;
  if (denominator === 1) return `×${formatNumber(numerator, language)}`;
  const places = Math.log10(denominator);
  if (Number.isInteger(places)) {
    const digits = String(numerator).padStart(places + 1, '0');
    const text = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return `×${formatExact(text, language)}`;
  }
  return `×${numerator}/${denominator}`;
}

/**
 * The assessment as a plain-text table a person can check by hand (FEE-09): item, quantity, unit, rate, the
 * factors (when any line has them), amount and, when a line was not whole rupiah, its exact value; then the total.
 * Numbers use the language's separators (`1.804.500,375` in Indonesian).
 *
 * @example
 * ```ts
 * console.log(formatFeeTable(unwrap(calculateFee('tdg', { areaM2: 40 })), 'en'));
 * ```
 */
export function formatFeeTable(assessment: FeeAssessment, language: Language = 'id'): string {
  const withFactors = assessment.lines.some((line) => line.factors !== undefined);
  const withExact = assessment.lines.some((line) => line.exactAmount !== undefined);
  const keep = [true, true, true, true, withFactors, true, withExact];
  const rows: string[][] = [
    HEADERS[language].slice(),
    ...assessment.lines.map((line) => [
      line.basis ? `${line.label[language]} (${formatNumber(line.basis.quantity, language)} ${line.basis.unit[language]})` : line.label[language],
      formatNumber(line.quantity, language),
      line.unit[language],
      formatNumber(line.rate, language),
      (line.factors ?? []).map((f) => factorText(f, language)).join(' '),
      formatNumber(line.amount, language),
      line.exactAmount === undefined ? '' : formatExact(line.exactAmount, language),
    ]),
    [TOTAL[language], '', '', '', '', formatNumber(assessment.total, language), ''],
  ].map((row) => row.filter((_, i) => keep[i]));
  const numeric = NUMERIC.filter((_, i) => keep[i]);
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((row) => (row[c] as string).length)));
  return rows
    .map((row) => row.map((cell, c) => (numeric[c] ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number))).join(' | ').trimEnd())
    .join('\n');
}
