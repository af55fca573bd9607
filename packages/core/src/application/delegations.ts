import type { Citation } from '../citation.js';
import type { IsoDate } from '../calendar/index.js';
import { fail, ok, type Result } from '../result.js';

/**
 * One signing mandate (*surat mandat penandatanganan*, T11 Pasal 10; *pelimpahan kewenangan*, M18 Pasal 13 ayat (4)):
 * the official `officialId` may sign the listed permit types (`'all'` for every type) from `from` until `until`
 * (inclusive; open-ended when absent), by the decree `source`.
 */
export interface Delegation {
  readonly officialId: string;
  readonly permitTypes: readonly string[] | 'all';
  readonly from: IsoDate;
  readonly until?: IsoDate;
  /** The mandate letter's number, shown on the signed permit. */
  readonly mandate: string;
  readonly source: Citation;
}

/**
 * The mandate under which `officialId` signs a permit of `permitType` on `date`, or the error
 * `application.no-delegated-authority` (APP-07): only an official with delegated authority signs.
 */
export function findDelegation(table: readonly Delegation[], officialId: string, permitType: string, date: IsoDate): Result<Delegation> {
  const found = table.find((d) => d.officialId === officialId
    && (d.permitTypes === 'all' || d.permitTypes.includes(permitType))
    && d.from <= date && (d.until === undefined || date <= d.until));
  return found
    ? ok(found)
    : fail('application.no-delegated-authority', {
      id: `Pejabat ${officialId} tidak memegang mandat penandatanganan izin ${permitType} pada ${date}.`,
      en: `The official ${officialId} holds no signing mandate for ${permitType} permits on ${date}.`,
    }, 'actor.id');
}
