export { canonicalize, canonicalBytes, MAX_JSON_DEPTH, type JsonValue } from './canonical-json.js';
export { nodeCryptoSha256, platformSha256, syncSha256, webCryptoSha256, type Sha256 } from './sha256.js';
export { consistencyProof, inclusionProof, leafHash, merkleRoot, verifyConsistency, verifyInclusion } from './merkle.js';
export { bytesEqual, fromBase64, fromHex, toBase64, toHex } from './bytes.js';
export { formatCheckpoint, parseCheckpoint, validateCheckpoint, type Checkpoint } from './checkpoint.js';
export { openNote, parseNote, signNote, type Note, type NoteSignature, type NoteSigner, type NoteVerifier } from './signed-note.js';
export {
  ed25519NoteSigner, ed25519NoteVerifier, formatVerifierKey, generateNoteKeyPair, noteKeyHash, parseSignerKey, parseVerifierKey,
  ED25519_KEY_TYPE, type NoteKeyOptions, type NoteKeyPair,
} from './ed25519-note-keys.js';
export { AUDIT_RULES, DEFAULT_MAX_ENTRY_BYTES, type AuditRule } from './audit-rules.js';
export { checkAuditEntry, type AuditActor, type AuditBackfill, type AuditEntry, type AuditEntryInput, type AuditSubject } from './audit-entry.js';
export { createAuditLog, type AuditLog, type AuditLogOptions, type InclusionProof } from './audit-log.js';
export { verifyExportedLog, type LogVerification } from './verify-log.js';
export type { LeafData } from './merkle-hashing.js';
