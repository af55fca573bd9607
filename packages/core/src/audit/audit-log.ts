import { deepFreeze } from '../deep-freeze.js';
import { fail, ok, type Result } from '../result.js';
import { checkAuditEntry, type AuditEntry, type AuditEntryInput } from './audit-entry.js';
import { DEFAULT_MAX_ENTRY_BYTES } from './audit-rules.js';
import { canonicalize } from './canonical-json.js';
import { validateCheckpoint, type Checkpoint } from './checkpoint.js';
import { runHashProgram } from './hash-program.js';
import { hashLeafRange, LeafInputBuffer } from './merkle-hashing.js';
import { MerkleLevels } from './merkle-levels.js';
import { platformSha256, type Sha256 } from './sha256.js';

/** Settings of an audit log. */
export interface AuditLogOptions {
  /** The SHA-256 to use; the platform's fastest by default. */
  readonly sha256?: Sha256;
  /** Upper bound on one entry's canonical JSON in bytes; 64 KiB by default. */
  readonly maxEntryBytes?: number;
}

/** An inclusion proof of one entry in the tree of `treeSize` entries (RFC 9162 §2.1.3). */
export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: Uint8Array;
  readonly hashes: readonly Uint8Array[];
}

/**
 * An append-only, tamper-evident audit trail (AUD-01…03): entries are stored as RFC 8785 canonical JSON and are
 * the leaves of an RFC 6962 Merkle tree kept incrementally. There is no way to edit or remove an entry; a
 * correction is a new entry referencing the one it corrects.
 */
export interface AuditLog {
  /** Number of entries. */
  readonly size: number;
  /** Validates and appends an entry; the log assigns its `seq`. */
  append(input: AuditEntryInput): Promise<Result<AuditEntry>>;
  /** The entry at `seq` (a frozen copy of what is stored), if any. */
  entry(seq: number): AuditEntry | undefined;
  /** Every entry's canonical JSON, one string per entry, in order: the form to export and verify. */
  exportLines(): readonly string[];
  /** The Merkle root of the first `size` entries (default: all). */
  root(size?: number): Promise<Result<Uint8Array>>;
  /** The inclusion proof of entry `seq` in the tree of `treeSize` entries (default: all). */
  inclusionProof(seq: number, treeSize?: number): Promise<Result<InclusionProof>>;
  /** The consistency proof from the first `size1` entries to the first `size2` (default: all); size1 ≥ 1. */
  consistencyProof(size1: number, size2?: number): Promise<Result<Uint8Array[]>>;
  /** The checkpoint (origin, size, root) of the first `size` entries (default: all), to format and sign. */
  checkpoint(origin: string, size?: number): Promise<Result<Checkpoint>>;
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);

class MerkleAuditLog implements AuditLog {
  private readonly lines: string[] = [];
  private readonly entries: AuditEntry[] = [];
  private readonly tree = new MerkleLevels();
  private readonly encoder = new TextEncoder();
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly sha: Sha256, private readonly maxEntryBytes: number) {}

  get size(): number {
    return this.lines.length;
  }

  async append(input: AuditEntryInput): Promise<Result<AuditEntry>> {
    const checked = checkAuditEntry(input, false);
    if (!checked.ok) return checked;
    const seq = this.lines.length;
    const corrects = checked.value.corrects;
    if (corrects !== undefined) {
      const target = this.entries[corrects];
      if (!target || corrects >= seq) {
        return fail('audit.correction-target-missing', {
          id: `Koreksi merujuk entri ${corrects} yang belum ada (AUD-03).`,
          en: `The correction refers to entry ${corrects}, which does not exist yet (AUD-03).`,
        }, 'corrects');
      }
      if (target.subject.type !== checked.value.subject.type || target.subject.id !== checked.value.subject.id) {
        return fail('audit.correction-subject-mismatch', {
          id: 'Koreksi harus mengenai subjek yang sama dengan entri yang dikoreksi (AUD-03).',
          en: 'A correction must concern the same subject as the entry it corrects (AUD-03).',
        }, 'subject');
      }
    }
    const entry = { seq, ...checked.value } as AuditEntry;
    const canonical = canonicalize(entry);
    if (!canonical.ok) return canonical;
    if (this.encoder.encode(canonical.value).length > this.maxEntryBytes) {
      return fail('audit.entry-too-large', {
        id: `Entri melebihi ${this.maxEntryBytes} bita.`,
        en: `The entry exceeds ${this.maxEntryBytes} bytes.`,
      });
    }
    // Seq and storage are settled synchronously, so concurrent appends keep their order; hashing follows in turn.
    const stored = deepFreeze(JSON.parse(canonical.value) as AuditEntry);
    this.lines.push(canonical.value);
    this.entries.push(stored);
    this.pending = this.pending.then(() => runHashProgram((function* (tree: MerkleLevels, line: string) {
      yield* tree.append(yield* hashLeafRange([line], 0, 1, new LeafInputBuffer()));
    })(this.tree, canonical.value), this.sha));
    await this.pending;
    return ok(stored);
  }

  entry(seq: number): AuditEntry | undefined {
    return isWhole(seq) ? this.entries[seq] : undefined;
  }

  exportLines(): readonly string[] {
    return [...this.lines];
  }

  private sizeOrFail(size: unknown, path: string, min: number): Result<number> {
    const resolved = size === undefined ? this.lines.length : size;
    if (isWhole(resolved) && resolved >= min && resolved <= this.lines.length) return ok(resolved);
    return fail('audit.size-invalid', {
      id: `Ukuran pohon harus bilangan bulat ${min} sampai ${this.lines.length}.`,
      en: `The tree size must be a whole number from ${min} to ${this.lines.length}.`,
    }, path);
  }

  async root(size?: number): Promise<Result<Uint8Array>> {
    const checked = this.sizeOrFail(size, 'size', 0);
    if (!checked.ok) return checked;
    await this.pending;
    if (checked.value === 0) return ok(await this.sha.digest(new Uint8Array(0)));
    return ok(await runHashProgram(this.tree.root(checked.value), this.sha));
  }

  async inclusionProof(seq: number, treeSize?: number): Promise<Result<InclusionProof>> {
    const size = this.sizeOrFail(treeSize, 'treeSize', 1);
    if (!size.ok) return size;
    if (!isWhole(seq) || seq < 0 || seq >= size.value) {
      return fail('audit.index-out-of-range', {
        id: `Nomor urut harus bilangan bulat 0 sampai ${size.value - 1}.`,
        en: `The sequence number must be a whole number from 0 to ${size.value - 1}.`,
      }, 'seq');
    }
    await this.pending;
    const hashes = await runHashProgram(this.tree.inclusionPath(seq, size.value), this.sha);
    return ok({ leafIndex: seq, treeSize: size.value, leafHash: this.tree.leafHash(seq)!, hashes });
  }

  async consistencyProof(size1: number, size2?: number): Promise<Result<Uint8Array[]>> {
    const second = this.sizeOrFail(size2, 'size2', 1);
    if (!second.ok) return second;
    if (!isWhole(size1) || size1 < 1 || size1 > second.value) {
      return fail('audit.size-invalid', {
        id: `Ukuran awal harus bilangan bulat 1 sampai ${second.value}; bukti dari pohon kosong ditolak.`,
        en: `The first size must be a whole number from 1 to ${second.value}; a proof from the empty tree is refused.`,
      }, 'size1');
    }
    await this.pending;
    return ok(await runHashProgram(this.tree.consistencyPath(size1, second.value), this.sha));
  }

  async checkpoint(origin: string, size?: number): Promise<Result<Checkpoint>> {
    const root = await this.root(size);
    if (!root.ok) return root;
    return validateCheckpoint({ origin, size: size ?? this.lines.length, root: root.value, extensions: [] });
  }
}

/**
 * A new, empty audit log.
 * @example
 * const log = createAuditLog();
 * await log.append({ at: '2026-03-25T09:00:00+07:00', actor: { id: 'u-17', role: 'petugas-administrasi' },
 *   action: 'application.verified', subject: { type: 'application', id: 'APP-2026-0001' }, before: null, after: { status: 'verified' } });
 * const checkpoint = unwrap(await log.checkpoint('ptsp.mojokertokota.go.id/audit'));
 */
export function createAuditLog(options: AuditLogOptions = {}): AuditLog {
  return new MerkleAuditLog(options.sha256 ?? platformSha256(), options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES);
}
