import { cite, type Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { isRecord } from '../is-record.js';
import { shownValue } from '../choice-input.js';
import { joinPath, notAnObject } from './shared/input.js';
import { chargeLine, finishAssessment, refused, UNITS } from './shared/lines.js';
import { checkKey, checkRate, checkSourcedRow, checkTable } from './shared/tables.js';
import type { FeeAssessment } from './types.js';

/** SIUP classes of M13 Lampiran II angka 5 (a municipality may add its own in the settings). */
export type SiupSize = 'small' | 'medium' | 'large' | (string & {});

/**
 * Who is exempt from SIUP (M13 Lampiran II angka 5 kolom 3): a branch trading under its head office's SIUP; a company
 * holding an equivalent licence from a technical agency; a state- or region-owned enterprise (BUMN/BUMD); a small
 * individual trader (itinerant, street vendor, roadside trader).
 */
export type SiupExemption = 'branch-office' | 'equivalent-licence' | 'state-owned-enterprise' | 'small-individual-trader' | (string & {});

/** Input of the SIUP fee (FEE-02). */
export interface SiupFeeInput {
  readonly size: SiupSize;
  /** When given, the fee is zero and the assessment says why. */
  readonly exemption?: SiupExemption;
}

/** A SIUP class and its fee. */
export interface SiupTariffRow {
  readonly size: string;
  readonly label: LocalizedText;
  readonly fee: number;
  readonly source: Citation;
}

/** A ground for exemption from SIUP. */
export interface SiupExemptionRow {
  readonly exemption: string;
  readonly label: LocalizedText;
  readonly source: Citation;
}

/** Settings of the SIUP fee (FEE-02). */
export interface SiupFeeSettings {
  /** Default: small Rp 50,000; medium Rp 100,000; large Rp 200,000. */
  readonly tariffs: readonly SiupTariffRow[];
  /** Default: the four grounds of {@link SiupExemption}. */
  readonly exemptions: readonly SiupExemptionRow[];
}

const TARIFF = cite('M13', 'Lampiran II angka 5 kolom 5');
const EXEMPT = cite('M13', 'Lampiran II angka 5 kolom 3');

/** The SIUP tariff and exemptions of M13 Lampiran II angka 5. */
export const SIUP_FEE_DEFAULTS: SiupFeeSettings = {
  tariffs: [
    { size: 'small', label: { id: 'SIUP Kecil', en: 'SIUP, small business' }, fee: 50_000, source: TARIFF },
    { size: 'medium', label: { id: 'SIUP Menengah', en: 'SIUP, medium business' }, fee: 100_000, source: TARIFF },
    { size: 'large', label: { id: 'SIUP Besar', en: 'SIUP, large business' }, fee: 200_000, source: TARIFF },
  ],
  exemptions: [
    { exemption: 'branch-office', label: { id: 'Dikecualikan: cabang perusahaan yang menggunakan SIUP perusahaan pusat', en: 'Exempt: a branch trading under its head office’s SIUP' }, source: EXEMPT },
    { exemption: 'equivalent-licence', label: { id: 'Dikecualikan: perusahaan dengan ijin usaha setara dari Dinas Teknis', en: 'Exempt: a company holding an equivalent licence from a technical agency' }, source: EXEMPT },
    { exemption: 'state-owned-enterprise', label: { id: 'Dikecualikan: BUMN/BUMD', en: 'Exempt: a state- or region-owned enterprise (BUMN/BUMD)' }, source: EXEMPT },
    { exemption: 'small-individual-trader', label: { id: 'Dikecualikan: perusahaan kecil perorangan (pedagang keliling, pedagang kaki lima, pedagang pinggir jalan)', en: 'Exempt: a small individual trader (itinerant, street or roadside vendor)' }, source: EXEMPT },
  ],
};

interface CompiledSiup {
  readonly bySize: ReadonlyMap<string, Result<FeeAssessment>>;
  readonly byExemption: ReadonlyMap<string, Result<FeeAssessment>>;
  readonly sizes: string;
  readonly exemptions: string;
}

/** FEE-02: SIUP by class, or zero with the ground of exemption. */
export const siupCalculator: FeeCalculator<SiupFeeSettings, CompiledSiup> = {
  permitType: 'siup',
  defaults: SIUP_FEE_DEFAULTS,
  compile(settings, path) {
    const error = checkTable(settings.tariffs, joinPath(path, 'tariffs'), (row, rowPath) =>
      checkKey(row.size, joinPath(rowPath, 'size')) ?? checkRate(row.fee, joinPath(rowPath, 'fee')) ?? checkSourcedRow(row, rowPath, true), 'size')
      ?? checkTable(settings.exemptions, joinPath(path, 'exemptions'), (row, rowPath) =>
        checkKey(row.exemption, joinPath(rowPath, 'exemption')) ?? checkSourcedRow(row, rowPath, true), 'exemption');
    if (error) return refused(error);
    return ok({
      bySize: new Map(settings.tariffs.map((row) =>
        [row.size, finishAssessment('siup', [chargeLine(row.label, 1, UNITS.permit, row.fee, row.source)])])),
      byExemption: new Map(settings.exemptions.map((row) => [row.exemption, finishAssessment('siup',
        [{ kind: 'exemption', label: row.label, quantity: 1, unit: UNITS.permit, rate: 0, amount: 0, source: row.source }],
        undefined, { reason: row.exemption, label: row.label, source: row.source })])),
      sizes: settings.tariffs.map((row) => row.size).join(', '),
      exemptions: settings.exemptions.map((row) => row.exemption).join(', '),
    });
  },
  calculate(input, compiled) {
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data SIUP', en: 'The SIUP input' }));
    const bySize = compiled.bySize.get(input.size as string);
    if (typeof input.size !== 'string' || !bySize) {
      return fail('fee.size-invalid', {
        id: `Golongan SIUP${shownValue(input.size)} tidak dikenal; pilih salah satu: ${compiled.sizes}.`,
        en: `Unknown SIUP class${shownValue(input.size)}; choose one of: ${compiled.sizes}.`,
      }, 'size');
    }
    if (input.exemption === undefined) return bySize;
    const exempt = compiled.byExemption.get(input.exemption as string);
    if (typeof input.exemption !== 'string' || !exempt) {
      return fail('fee.exemption-invalid', {
        id: `Alasan pengecualian SIUP${shownValue(input.exemption)} tidak dikenal; pilih salah satu: ${compiled.exemptions}.`,
        en: `Unknown SIUP exemption${shownValue(input.exemption)}; choose one of: ${compiled.exemptions}.`,
      }, 'exemption');
    }
    return exempt;
  },
};
