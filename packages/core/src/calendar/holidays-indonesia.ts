import { cite, type Citation } from '../citation.js';
import type { LocalizedText } from '../result.js';
import type { IsoDate } from './iso-date.js';

/** A day off: a national holiday or a *cuti bersama* (collective leave) day, with the decree that set it. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly kind: 'holiday' | 'cuti-bersama';
  readonly source: Citation;
}

/** The days off of one year, with the decree(s) they come from (CAL-05). */
export interface HolidayYear {
  readonly year: number;
  readonly decree: Citation;
  readonly holidays: readonly Holiday[];
}

const OCCASIONS = {
  newYear: { id: 'Tahun Baru Masehi', en: "New Year's Day" },
  isra: { id: 'Isra Mikraj Nabi Muhammad SAW', en: 'Ascension of the Prophet Muhammad' },
  imlek: { id: 'Tahun Baru Imlek', en: 'Chinese New Year' },
  election: { id: 'Hari Pemungutan Suara Pemilu', en: 'General election day' },
  regionalElection: { id: 'Hari Pemungutan Suara Pilkada Serentak', en: 'Regional election day' },
  nyepi: { id: 'Hari Suci Nyepi (Tahun Baru Saka)', en: 'Day of Silence (Saka New Year)' },
  goodFriday: { id: 'Wafat Yesus Kristus', en: 'Good Friday' },
  easter: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' },
  idulFitri: { id: 'Idul Fitri', en: 'Eid al-Fitr' },
  labour: { id: 'Hari Buruh Internasional', en: 'International Labour Day' },
  ascension: { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' },
  waisak: { id: 'Hari Raya Waisak', en: 'Vesak Day' },
  pancasila: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' },
  idulAdha: { id: 'Idul Adha', en: 'Eid al-Adha' },
  islamicNewYear: { id: 'Tahun Baru Islam', en: 'Islamic New Year' },
  independence: { id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' },
  maulid: { id: 'Maulid Nabi Muhammad SAW', en: "Prophet Muhammad's Birthday" },
  christmas: { id: 'Kelahiran Yesus Kristus (Natal)', en: 'Christmas Day' },
} as const satisfies Record<string, LocalizedText>;

type Occasion = keyof typeof OCCASIONS;
type Row = readonly [IsoDate, Occasion] | readonly [IsoDate, Occasion, Citation];

function year(yearNumber: number, decree: Citation, holidays: readonly Row[], cutiBersama: readonly Row[]): HolidayYear {
  const toHoliday = (kind: Holiday['kind']) => ([date, occasion, source]: Row): Holiday => {
    const { id, en } = OCCASIONS[occasion];
    const name = kind === 'holiday' ? { id, en } : { id: `Cuti Bersama ${id}`, en: `Collective leave: ${en}` };
    return { date, name, kind, source: source ?? decree };
  };
  const days = [...holidays.map(toHoliday('holiday')), ...cutiBersama.map(toHoliday('cuti-bersama'))];
  return { year: yearNumber, decree, holidays: days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}

const SKB = 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB';

/**
 * National holidays and cuti bersama for 2024–2026, as decreed (CAL-05): data, never computed, because the
 * Islamic dates are set by decree and the decrees are amended mid-year.
 */
export const INDONESIAN_HOLIDAYS: readonly HolidayYear[] = [
  year(2024, cite(`${SKB} Nomor 855 Tahun 2023, Nomor 3 Tahun 2023, Nomor 4 Tahun 2023`, 'Diktum Kesatua dan Kedua'), [
    ['2024-01-01', 'newYear'], ['2024-02-08', 'isra'], ['2024-02-10', 'imlek'],
    ['2024-02-14', 'election', cite('Keputusan Presiden Nomor 10 Tahun 2024', 'Diktum Kesatu')],
    ['2024-03-11', 'nyepi'], ['2024-03-29', 'goodFriday'], ['2024-03-31', 'easter'], ['2024-04-10', 'idulFitri'],
    ['2024-04-11', 'idulFitri'], ['2024-05-01', 'labour'], ['2024-05-09', 'ascension'], ['2024-05-23', 'waisak'],
    ['2024-06-01', 'pancasila'], ['2024-06-17', 'idulAdha'], ['2024-07-07', 'islamicNewYear'],
    ['2024-08-17', 'independence'], ['2024-09-16', 'maulid'],
    ['2024-11-27', 'regionalElection', cite('Keputusan Presiden Nomor 33 Tahun 2024', 'Diktum Kesatu')],
    ['2024-12-25', 'christmas'],
  ], [
    ['2024-02-09', 'imlek'], ['2024-03-12', 'nyepi'], ['2024-04-08', 'idulFitri'], ['2024-04-09', 'idulFitri'],
    ['2024-04-12', 'idulFitri'], ['2024-04-15', 'idulFitri'], ['2024-05-10', 'ascension'], ['2024-05-24', 'waisak'],
    ['2024-06-18', 'idulAdha'], ['2024-12-26', 'christmas'],
  ]),
  year(2025, cite(`${SKB} Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024`, 'Diktum Kesatu dan Kedua'), [
    ['2025-01-01', 'newYear'], ['2025-01-27', 'isra'], ['2025-01-29', 'imlek'], ['2025-03-29', 'nyepi'],
    ['2025-03-31', 'idulFitri'], ['2025-04-01', 'idulFitri'], ['2025-04-18', 'goodFriday'], ['2025-04-20', 'easter'],
    ['2025-05-01', 'labour'], ['2025-05-12', 'waisak'], ['2025-05-29', 'ascension'], ['2025-06-01', 'pancasila'],
    ['2025-06-06', 'idulAdha'], ['2025-06-27', 'islamicNewYear'], ['2025-08-17', 'independence'],
    ['2025-09-05', 'maulid'], ['2025-12-25', 'christmas'],
  ], [
    ['2025-01-28', 'imlek'], ['2025-03-28', 'nyepi'], ['2025-04-02', 'idulFitri'], ['2025-04-03', 'idulFitri'],
    ['2025-04-04', 'idulFitri'], ['2025-04-07', 'idulFitri'], ['2025-05-13', 'waisak'], ['2025-05-30', 'ascension'],
    ['2025-06-09', 'idulAdha'],
    ['2025-08-18', 'independence', cite(`${SKB} Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025`, 'Diktum Kesatu (perubahan)')],
    ['2025-12-26', 'christmas'],
  ]),
  year(2026, cite(`${SKB} Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025`, 'Diktum Kesatu dan Kedua'), [
    ['2026-01-01', 'newYear'], ['2026-01-16', 'isra'], ['2026-02-17', 'imlek'], ['2026-03-19', 'nyepi'],
    ['2026-03-21', 'idulFitri'], ['2026-03-22', 'idulFitri'], ['2026-04-03', 'goodFriday'], ['2026-04-05', 'easter'],
    ['2026-05-01', 'labour'], ['2026-05-14', 'ascension'], ['2026-05-27', 'idulAdha'], ['2026-05-31', 'waisak'],
    ['2026-06-01', 'pancasila'], ['2026-06-16', 'islamicNewYear'], ['2026-08-17', 'independence'],
    ['2026-08-25', 'maulid'], ['2026-12-25', 'christmas'],
  ], [
    ['2026-02-16', 'imlek'], ['2026-03-18', 'nyepi'], ['2026-03-20', 'idulFitri'], ['2026-03-23', 'idulFitri'],
    ['2026-03-24', 'idulFitri'], ['2026-05-15', 'ascension'], ['2026-05-28', 'idulAdha'], ['2026-12-24', 'christmas'],
  ]),
];
