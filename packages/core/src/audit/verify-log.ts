import type { SpError } from '../result.js';
import { checkAuditEntry } from './audit-entry.js';
import { bytesEqual, decodeUtf8 } from './bytes.js';
import { canonicalize } from './canonical-json.js';
import { validateCheckpoint, type Checkpoint } from './checkpoint.js';
import { runHashProgram } from './hash-program.js';
import type { LeafData } from './merkle-hashing.js';
import { rootOfLeaves } from './merkle-root.js';
import { platformSha256, type Sha256 } from './sha256.js';

/**
 * The outcome of checking an exported log against a checkpoint. On failure `firstBadIndex` is the first entry that
 * is itself detectably wrong (not canonical JSON of a valid entry, or a `seq` out of place: a dropped, inserted or
 * swapped entry); it is `undefined` when only the root shows the change (an altered value inside a valid entry).
 */
export type LogVerification =
  | { readonly ok: true; readonly size: number; readonly root: Uint8Array }
  | { readonly ok: false; readonly error: SpError; readonly firstBadIndex: number | undefined };

function entryFault(line: LeafData, index: number): boolean {
  const text = typeof line === 'string' ? line : decodeUtf8(line);
  if (text === undefined) return true;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  const entry = checkAuditEntry(value, true);
  if (!entry.ok || !('seq' in entry.value) || entry.value.seq !== index) return true;
  if (entry.value.corrects !== undefined && entry.value.corrects >= index) return true;
  const canonical = canonicalize(value);
  return !canonical.ok || canonical.value !== text;
}

/** The first entry that is wrong on its own, or `undefined`. Only run once the root has already failed. */
function firstFault(lines: readonly LeafData[]): number | undefined {
  for (let i = 0; i < lines.length; i++) if (entryFault(lines[i]!, i)) return i;
  return undefined;
}

const tampered = (code: string, id: string, en: string, firstBadIndex: number | undefined): LogVerification => ({
  ok: false,
  firstBadIndex,
  error: { code, message: { id, en }, ...(firstBadIndex === undefined ? {} : { path: `entries.${firstBadIndex}` }) },
});

/**
 * Verifies an exported log — each entry's canonical JSON as a string or UTF-8 bytes, in order — against a
 * checkpoint (AUD-02): recomputes the RFC 6962 root and compares size and root. Any altered, removed, inserted or
 * reordered entry fails (`audit.log-size-mismatch` or `audit.log-root-mismatch`), with the first detectably bad
 * entry when there is one. Never throws.
 * @example const verdict = await verifyExportedLog(log.exportLines(), checkpoint); // { ok: true, size, root }
 */
export async function verifyExportedLog(lines: readonly LeafData[], checkpoint: Checkpoint, sha: Sha256 = platformSha256()): Promise<LogVerification> {
  const published = validateCheckpoint(checkpoint);
  if (!published.ok) return { ok: false, error: published.error, firstBadIndex: undefined };
  if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string' || line instanceof Uint8Array)) {
    return tampered('audit.log-invalid', 'Log ekspor harus berupa larik teks JSON kanonik per entri.',
      'The exported log must be an array with the canonical JSON of each entry.', undefined);
  }
  const { size, root } = published.value;
  if (lines.length !== size) {
    return tampered('audit.log-size-mismatch',
      `Log berisi ${lines.length} entri, checkpoint menyatakan ${size}: ada entri yang dihapus atau disisipkan.`,
      `The log holds ${lines.length} entries but the checkpoint says ${size}: entries were removed or inserted.`, firstFault(lines));
  }
  const computed = await runHashProgram(rootOfLeaves(lines), sha);
  if (bytesEqual(computed, root)) return { ok: true, size, root: computed };
  return tampered('audit.log-root-mismatch',
    'Akar Merkle log tidak sama dengan checkpoint: ada entri yang diubah, dihapus, disisipkan atau ditukar.',
    'The log\'s Merkle root differs from the checkpoint: an entry was altered, removed, inserted or reordered.', firstFault(lines));
}
