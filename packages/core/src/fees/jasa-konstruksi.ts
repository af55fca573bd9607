import { cite, type Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';
import type { FeeCalculator } from './calculator.js';
import { formatRupiah } from './shared/format.js';
import { isRecord } from '../is-record.js';
import { shownValue } from '../choice-input.js';
import { issue } from '../issues.js';
import { joinPath, notAnObject } from './shared/input.js';
import { chargeLine, finishAssessment, refused, UNITS } from './shared/lines.js';
import { checkCitation, checkKey, checkRate, checkSourcedRow, checkTable, invalidSetting, missingSetting } from './shared/tables.js';
import type { FeeAssessment, FeeLine } from './types.js';

/** Input of the construction-services licence fee (FEE-07): the fields (bidang) licensed, each charged once. */
export interface JasaKonstruksiFeeInput {
  readonly fields: readonly string[];
}

/** The fee the city sets for one field of construction services. */
export interface JasaKonstruksiFieldFee {
  readonly field: string;
  readonly label: LocalizedText;
  readonly fee: number;
  readonly source: Citation;
}

/** Settings of the construction-services licence fee (FEE-07). */
export interface JasaKonstruksiFeeSettings {
  /** REQUIRED (empty by default): the fee per field; each must lie within minimumFee … maximumFee. */
  readonly fieldFees: readonly JasaKonstruksiFieldFee[];
  /** Default Rp 100,000. */
  readonly minimumFee: number;
  /** Default Rp 2,000,000. */
  readonly maximumFee: number;
  readonly rangeSource: Citation;
}

/** The range of M13 Lampiran II angka 10; the fee per field must be set by the city. */
export const JASA_KONSTRUKSI_FEE_DEFAULTS: JasaKonstruksiFeeSettings = {
  fieldFees: [],
  minimumFee: 100_000,
  maximumFee: 2_000_000,
  rangeSource: cite('M13', 'Lampiran II angka 10 kolom 5'),
};

interface CompiledJasaKonstruksi {
  readonly lines: ReadonlyMap<string, FeeLine>;
  readonly known: string;
}

/** FEE-07: construction services, a fee per field set by the city within Rp 100,000 … 2,000,000. */
export const jasaKonstruksiCalculator: FeeCalculator<JasaKonstruksiFeeSettings, CompiledJasaKonstruksi> = {
  permitType: 'jasa-konstruksi',
  defaults: JASA_KONSTRUKSI_FEE_DEFAULTS,
  compile(settings, path) {
    const { minimumFee: min, maximumFee: max } = settings;
    const rangeError = checkRate(min, joinPath(path, 'minimumFee')) ?? checkRate(max, joinPath(path, 'maximumFee'))
      ?? (min > max ? invalidSetting(joinPath(path, 'maximumFee'), 'tidak boleh di bawah minimumFee.', 'must not be below minimumFee.') : undefined)
      ?? checkCitation(settings.rangeSource, joinPath(path, 'rangeSource'));
    if (rangeError) return refused(rangeError);
    const isEmptyList = Array.isArray(settings.fieldFees) && settings.fieldFees.length === 0;
    const error = isEmptyList ? undefined : checkTable(settings.fieldFees, joinPath(path, 'fieldFees'), (row, rowPath) => {
      const feePath = joinPath(rowPath, 'fee');
      return checkKey(row.field, joinPath(rowPath, 'field')) ?? checkRate(row.fee, feePath) ?? checkSourcedRow(row, rowPath, true)
        ?? ((row.fee as number) < min || (row.fee as number) > max
          ? invalidSetting(feePath, `harus antara ${formatRupiah(min, 'id')} dan ${formatRupiah(max, 'id')}.`,
            `must lie between ${formatRupiah(min, 'en')} and ${formatRupiah(max, 'en')}.`)
          : undefined);
    }, 'field');
    if (error) return refused(error);
    return ok({
      lines: new Map(settings.fieldFees.map((row) => [row.field, chargeLine(row.label, 1, UNITS.permit, row.fee, row.source)])),
      known: settings.fieldFees.map((row) => row.field).join(', '),
    });
  },
  calculate(input, { lines, known }): Result<FeeAssessment> {
    if (lines.size === 0) {
      return refused(missingSetting('settings.jasa-konstruksi.fieldFees', { id: 'tarif per bidang jasa konstruksi', en: 'construction-services fee per field' }));
    }
    if (!isRecord(input)) return refused(notAnObject('', { id: 'Data jasa konstruksi', en: 'The construction-services input' }));
    const fields = input.fields;
    if (!Array.isArray(fields) || fields.length === 0) {
      return refused(issue('fee.field-invalid', 'fields', 'Pilih paling sedikit satu bidang jasa konstruksi.', 'Choose at least one construction-services field.'));
    }
    const chosen: FeeLine[] = [];
    const seen = new Set<unknown>();
    for (let i = 0; i < fields.length; i++) {
      const field: unknown = fields[i];
      const line = lines.get(field as string);
      if (typeof field !== 'string' || !line) {
        return fail('fee.field-invalid', { id: `Bidang${shownValue(field)} tidak dikenal; pilih dari: ${known}.`, en: `Unknown field${shownValue(field)}; choose from: ${known}.` }, `fields.${i}`);
      }
      if (seen.has(field)) return fail('fee.field-invalid', { id: 'Bidang disebut dua kali.', en: 'The field is listed twice.' }, `fields.${i}`);
      seen.add(field);
      chosen.push(line);
    }
    return finishAssessment('jasa-konstruksi', chosen);
  },
};
