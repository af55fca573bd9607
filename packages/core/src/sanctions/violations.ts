import { cite, type Citation } from '../citation.js';
import { fail, ok, type LocalizedText, type Result } from '../result.js';

/** The three classes of violation of B98 Pasal 47 ayat (3) (SAN-01 … SAN-03). */
export type SanctionViolationClass = 'light' | 'medium' | 'heavy';

/** The violation classes in order of gravity. */
export const SANCTION_VIOLATION_CLASSES: readonly SanctionViolationClass[] = ['light', 'medium', 'heavy'];

/**
 * A kind of violation a sanction case can be about. `arisesFromEscalation` marks the kinds that exist only as a
 * rung of the escalation (a light violation not corrected in time *is* a medium one, Pasal 49 ayat (1) huruf a): a
 * case cannot be opened for them, because that would skip the rungs below.
 */
export interface SanctionViolationKind {
  readonly id: string;
  readonly class: SanctionViolationClass;
  readonly name: LocalizedText;
  readonly arisesFromEscalation: boolean;
  readonly source: Citation;
}

function kind(id: string, violationClass: SanctionViolationClass, article: string, idText: string, en: string, arisesFromEscalation = false): SanctionViolationKind {
  return { id, class: violationClass, name: { id: idText, en }, arisesFromEscalation, source: cite('B98', article) };
}

/**
 * The violations of B98 Pasal 48–50 with their class (SAN-01 … SAN-03). A municipality may pass its own table to
 * {@link createSanctionRules}.
 */
export const SANCTION_VIOLATION_KINDS: readonly SanctionViolationKind[] = [
  kind('obligation-not-met', 'light', 'Pasal 48 ayat (1) huruf a', 'Tidak melaksanakan salah satu kewajiban (Pasal 6)', 'An obligation of Pasal 6 not met'),
  kind('responsibility-not-met', 'light', 'Pasal 48 ayat (1) huruf b', 'Tidak memenuhi salah satu tanggung jawab (Pasal 7)', 'A responsibility of Pasal 7 not met'),
  kind('minimum-investment-not-met', 'light', 'Pasal 48 ayat (1) huruf c', 'Tidak memenuhi kriteria minimum realisasi penanaman modal', 'Minimum investment realisation not met'),
  kind('lkpm-missing-two-periods', 'light', 'Pasal 48 ayat (1) huruf d', 'Tidak menyampaikan LKPM selama 2 periode berturut-turut', 'No LKPM for 2 consecutive periods'),
  kind('lkpm-nil-four-periods', 'light', 'Pasal 48 ayat (1) huruf e', 'LKPM dengan realisasi nihil selama 4 periode berturut-turut', 'LKPM with nil realisation for 4 consecutive periods'),
  kind('operation-not-started', 'light', 'Pasal 48 ayat (1) huruf f', 'Tidak mulai berproduksi/beroperasi sesuai perkiraan di Sistem OSS', 'Operation not started by the date planned in OSS'),
  kind('partnership-not-met', 'light', 'Pasal 48 ayat (1) huruf g', 'Tidak menjalankan kewajiban kemitraan', 'Partnership obligation not met'),
  kind('pollution-not-endangering', 'light', 'Pasal 48 ayat (1) huruf h', 'Pencemaran lingkungan yang tidak membahayakan keselamatan', 'Pollution not endangering safety'),
  kind('light-not-corrected', 'medium', 'Pasal 49 ayat (1) huruf a', 'Tidak memperbaiki pelanggaran ringan dalam waktu yang ditetapkan', 'A light violation not corrected in time', true),
  kind('pollution-endangering-public', 'medium', 'Pasal 49 ayat (1) huruf b', 'Pencemaran lingkungan yang membahayakan keselamatan masyarakat', 'Pollution endangering public safety'),
  kind('breach-of-law', 'medium', 'Pasal 49 ayat (1) huruf c', 'Pelanggaran ketentuan peraturan perundang-undangan', 'Breach of law'),
  kind('medium-not-corrected', 'heavy', 'Pasal 50 ayat (1) huruf a', 'Tidak memperbaiki pelanggaran sedang dalam waktu yang ditetapkan', 'A medium violation not corrected in time', true),
  kind('activity-not-matching-licence', 'heavy', 'Pasal 50 ayat (1) huruf b', 'Kegiatan usaha tidak sesuai dengan Perizinan Berusaha', 'Activity not matching the business licence'),
  kind('proven-danger', 'heavy', 'Pasal 50 ayat (1) huruf c', 'Terbukti membahayakan kesehatan, keselamatan, lingkungan atau perekonomian', 'Proven danger to health, safety, environment or the economy'),
  kind('breach-of-licensing-law', 'heavy', 'Pasal 50 ayat (1) huruf d', 'Pelanggaran ketentuan perundang-undangan terkait Perizinan Berusaha', 'Breach of the law on business licensing'),
];

/**
 * The violation kind `id` of `table`, if a case can be opened for it. Unknown ids fail with
 * `sanction.violation-unknown`; kinds that only arise by escalation with `sanction.violation-from-escalation`.
 */
export function findViolationKind(id: unknown, table: readonly SanctionViolationKind[] = SANCTION_VIOLATION_KINDS, path = 'violation'): Result<SanctionViolationKind> {
  const found = table.find((k) => k.id === id);
  if (!found) {
    const list = table.filter((k) => !k.arisesFromEscalation).map((k) => k.id).join(', ');
    return fail('sanction.violation-unknown', {
      id: `Jenis pelanggaran tidak dikenal; pilihan: ${list}.`,
      en: `Unknown violation kind; choose one of: ${list}.`,
    }, path);
  }
  if (found.arisesFromEscalation) {
    return fail('sanction.violation-from-escalation', {
      id: `"${found.id}" hanya timbul dari eskalasi kasus yang ada (${found.source.article}); lanjutkan kasus itu, jangan membuka kasus baru.`,
      en: `"${found.id}" only arises by escalating an existing case (${found.source.article}); continue that case instead of opening a new one.`,
    }, path);
  }
  return ok(found);
}
