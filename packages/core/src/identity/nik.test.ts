import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../calendar/iso-date.js';
import { parseNik } from './nik.js';
import { PROVINCE_CODES } from './provinces.js';

function refusal(input: unknown, options: Parameters<typeof parseNik>[1] = {}): { code: string; path?: string } {
  const result = parseNik(input, options);
  assert.isFalse(result.ok, `expected ${String(input)} to be refused`);
  return result.ok ? { code: '' } : result.error;
}

describe('parseNik', () => {
  it('IDN-01 reads PPRRSSDDMMYYXXXX: 3578015208900003 is a woman born 12 Aug 1990, registered in 35.78.01', () => {
    const result = parseNik('3578015208900003', { asOf: '2026-03-25' });
    assert.isTrue(result.ok);
    if (!result.ok) return;
    assert.deepEqual(result.value, {
      nik: '3578015208900003',
      provinceCode: '35',
      provinceName: 'Jawa Timur',
      regencyCode: '3578',
      districtCode: '357801',
      birthDate: '1990-08-12',
      birthDateBasis: 'as-of',
      sex: 'F',
      serial: '0003',
    });
  });

  it('IDN-01 day + 40 marks women: 41 is the 1st and 71 the 31st; 01–31 are men; 32–40, 72+ and 00 are no day', () => {
    const sexAndDate = (nik: string): [string, string] => {
      const result = parseNik(nik, { asOf: '2026-03-25' });
      assert.isTrue(result.ok, nik);
      return result.ok ? [result.value.sex, result.value.birthDate] : ['', ''];
    };
    assert.deepEqual(sexAndDate('3171014101900001'), ['F', '1990-01-01']);
    assert.deepEqual(sexAndDate('3171017112900001'), ['F', '1990-12-31']);
    assert.deepEqual(sexAndDate('3171010101900001'), ['M', '1990-01-01']);
    assert.deepEqual(sexAndDate('3171013112900001'), ['M', '1990-12-31']);
    for (const day of ['00', '32', '40', '72', '99']) {
      assert.equal(refusal(`317101${day}01900001`, { asOf: '2026-03-25' }).code, 'nik.birth-date', day);
    }
  });

  it('IDN-01 refuses impossible dates: 31 April, month 13, month 00, 30 February', () => {
    for (const ddmmyy of ['310490', '011390', '010090', '300290', '700290']) {
      assert.equal(refusal(`317101${ddmmyy}0001`, { asOf: '2026-03-25' }).code, 'nik.birth-date', ddmmyy);
    }
  });

  it('IDN-01 accepts 29 February only in leap years (1996 yes, 1997 no; 00 can only be 2000)', () => {
    const leap = parseNik('3171016902960001', { asOf: '2026-03-25' });
    assert.isTrue(leap.ok && leap.value.birthDate === '1996-02-29' && leap.value.sex === 'F');
    assert.equal(refusal('3171012902970001', { asOf: '2026-03-25' }).code, 'nik.birth-date');
    const y2000 = parseNik('3171012902000001', { asOf: '2026-03-25' });
    assert.isTrue(y2000.ok && y2000.value.birthDate === '2000-02-29');
    // Before 29 Feb 2000 the only real reading (2000) lies in the future, and 1900 was no leap year.
    assert.equal(refusal('3171012902000001', { asOf: '1999-12-31' }).code, 'nik.future-birth-date');
  });

  it('IDN-01 picks the latest century not after asOf: YY 25 is 2025 from 1 Aug 2025 on, 1925 before', () => {
    const birth = (asOf: string): string => {
      const result = parseNik('3171010107250001', { asOf });
      return result.ok ? result.value.birthDate : result.error.code;
    };
    assert.equal(birth('2025-06-30'), '1925-07-01');
    assert.equal(birth('2025-07-01'), '2025-07-01');
    assert.equal(birth('2026-03-25'), '2025-07-01');
    assert.equal(refusal('3171010107250001', { asOf: '1925-06-30' }).code, 'nik.future-birth-date');
  });

  it('IDN-01 without asOf reads the year against the documented pivot 2029-12-31 and says so', () => {
    const read = (nik: string, centuryPivot?: string): [string, string] => {
      const result = parseNik(nik, centuryPivot === undefined ? {} : { centuryPivot });
      return result.ok ? [result.value.birthDate, result.value.birthDateBasis] : [result.error.code, ''];
    };
    assert.deepEqual(read('3171010101290001'), ['2029-01-01', 'pivot']);
    assert.deepEqual(read('3171013112290001'), ['2029-12-31', 'pivot']);
    assert.deepEqual(read('3171010101300001'), ['1930-01-01', 'pivot']);
    assert.deepEqual(read('3171010101150001', '2010-12-31'), ['1915-01-01', 'pivot']);
  });

  it('IDN-01 checks the province against the Kemendagri table, including the 2022 Papua provinces', () => {
    const provinceName = (nik: string): string => {
      const result = parseNik(nik, { asOf: '2026-03-25' });
      return result.ok ? result.value.provinceName : result.error.code;
    };
    assert.equal(provinceName('9101011708450001'), 'Papua');
    assert.equal(provinceName('9201011708450001'), 'Papua Barat');
    assert.equal(provinceName('9301011708450001'), 'Papua Selatan');
    assert.equal(provinceName('9401011708450001'), 'Papua Tengah');
    assert.equal(provinceName('9501011708450001'), 'Papua Pegunungan');
    assert.equal(provinceName('9601011708450001'), 'Papua Barat Daya');
    assert.equal(provinceName('1101011708450001'), 'Aceh');
    assert.equal(PROVINCE_CODES.length, 38);
    // 20, 54 (the former Timor Timur), 97 and 00 are no Kemendagri province.
    for (const code of ['00', '10', '20', '54', '97', '99']) {
      const error = refusal(`${code}01011708450001`);
      assert.equal(error.code, 'nik.province', code);
      assert.equal(error.path, 'nik');
    }
  });

  it('IDN-01 lets a municipality replace the province table', () => {
    const provinces = [{ code: '99', name: 'Uji', source: { regulation: 'test', article: '1' } }];
    const custom = parseNik('9901011708450001', { provinces });
    assert.isTrue(custom.ok && custom.value.provinceName === 'Uji');
    assert.equal(refusal('3501011708450001', { provinces }).code, 'nik.province');
  });

  it('IDN-01 refuses regency 00, district 00 and serial 0000 with distinct codes', () => {
    assert.equal(refusal('3500011708450001').code, 'nik.regency');
    assert.equal(refusal('3578001708450001').code, 'nik.district');
    assert.equal(refusal('3578011708450000').code, 'nik.serial');
  });

  it('IDN-01 strips the spaces, dots and dashes people type and refuses letters and wrong lengths', () => {
    for (const typed of ['3578 0152 0890 0003', '35.78.01.520890.0003', '3578-01-520890-0003', '  3578015208900003\t']) {
      const result = parseNik(typed, { asOf: '2026-03-25' });
      assert.isTrue(result.ok && result.value.nik === '3578015208900003', typed);
    }
    assert.equal(refusal('357801520890000').code, 'nik.length');
    assert.equal(refusal('35780152089000031').code, 'nik.length');
    assert.equal(refusal('3578O15208900003').code, 'nik.characters');
    assert.equal(refusal('3578/01/520890/0003').code, 'nik.characters');
    assert.equal(refusal('').code, 'nik.required');
    assert.equal(refusal(' . - ').code, 'nik.required');
    assert.equal(refusal(3578015208900003).code, 'nik.type');
  });

  it('IDN-01 refuses an invalid asOf with date.invalid at path asOf', () => {
    const error = refusal('3578015208900003', { asOf: '2026-02-30' });
    assert.deepEqual([error.code, error.path], ['date.invalid', 'asOf']);
  });

  it('IDN-01 property: every NIK built from valid parts parses back to those parts', () => {
    const asOfMin = toEpochDay('2000-01-01');
    const asOfMax = toEpochDay('2090-12-31');
    const parts = fc.record({
      province: fc.constantFrom(...PROVINCE_CODES),
      regency: fc.integer({ min: 1, max: 99 }),
      district: fc.integer({ min: 1, max: 99 }),
      asOfDay: fc.integer({ min: asOfMin, max: asOfMax }),
      // 36,500 days is just under 100 years, so exactly one century fits before asOf.
      ageInDays: fc.integer({ min: 0, max: 36_500 }),
      female: fc.boolean(),
      serial: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(fc.property(parts, (p) => {
      const asOf = fromEpochDay(p.asOfDay);
      const birthDate = fromEpochDay(p.asOfDay - p.ageInDays);
      const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
      const two = (n: number): string => String(n).padStart(2, '0');
      const nik = `${p.province.code}${two(p.regency)}${two(p.district)}${two(day + (p.female ? 40 : 0))}${two(month)}${two(year % 100)}${String(p.serial).padStart(4, '0')}`;
      const result = parseNik(nik, { asOf });
      assert.isTrue(result.ok, nik);
      if (!result.ok) return;
      assert.deepEqual(result.value, {
        nik,
        provinceCode: p.province.code,
        provinceName: p.province.name,
        regencyCode: `${p.province.code}${two(p.regency)}`,
        districtCode: `${p.province.code}${two(p.regency)}${two(p.district)}`,
        birthDate,
        birthDateBasis: 'as-of',
        sex: p.female ? 'F' : 'M',
        serial: String(p.serial).padStart(4, '0'),
      });
    }), { numRuns: 1000 });
  });
});
