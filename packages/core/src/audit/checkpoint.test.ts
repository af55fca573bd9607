import { describe, it } from 'node:test';
import { assert } from 'chai';
import { fromBase64, fromHex, toBase64 } from './bytes.js';
import { formatCheckpoint, parseCheckpoint } from './checkpoint.js';
import { formatVerifierKey, generateNoteKeyPair, parseSignerKey, parseVerifierKey } from './ed25519-note-keys.js';
import { openNote, parseNote, signNote } from './signed-note.js';
import { value } from './test-support.js';

// The signed-note example of golang.org/x/mod/sumdb/note (note.go doc comment and note_test.go): Ed25519 is
// deterministic, so signing this text with this key must give exactly this note.
const GO_SIGNER_KEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VERIFIER_KEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;
const ROOT_8 = fromHex('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328')!;

describe('Checkpoints and signed notes (AUD-02: a published, signed root)', () => {
  it('AUD-02 formats and parses the C2SP tlog-checkpoint text: origin, size, base64 root, extension lines', () => {
    const text = value(formatCheckpoint({ origin: 'ptsp.mojokertokota.go.id/audit', size: 8, root: ROOT_8, extensions: ['Timestamp: 1711335600'] }));
    assert.equal(text, 'ptsp.mojokertokota.go.id/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\nTimestamp: 1711335600\n');
    const parsed = value(parseCheckpoint(text));
    assert.deepEqual([parsed.origin, parsed.size, toBase64(parsed.root), parsed.extensions],
      ['ptsp.mojokertokota.go.id/audit', 8, 'XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=', ['Timestamp: 1711335600']]);
  });

  it('AUD-02 refuses malformed checkpoints with audit.checkpoint-invalid and the field', () => {
    const cases: [unknown, string | undefined][] = [
      ['origin\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n', 'size'],
      ['origin\n-1\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n', 'size'],
      ['origin\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg\n', 'root'],
      ['origin\n8\nAAAA\n', 'root'],
      ['origin\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=', undefined],
      ['has space\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n', 'origin'],
      ['\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n', 'origin'],
      ['origin\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n', 'extensions'],
      [42, undefined],
    ];
    for (const [text, path] of cases) {
      const result = parseCheckpoint(text);
      assert.isFalse(result.ok, String(text));
      if (!result.ok) {
        assert.equal(result.error.code, 'audit.checkpoint-invalid');
        assert.equal(result.error.path || undefined, path, String(text));
      }
    }
    assert.isFalse(formatCheckpoint({ origin: 'a+b', size: 1, root: ROOT_8, extensions: [] }).ok);
    assert.isFalse(formatCheckpoint({ origin: 'o', size: 1.5, root: ROOT_8, extensions: [] }).ok);
  });

  it('AUD-02 signs exactly as Go\'s sumdb/note does (the PeterNeumann vector) and opens that note with the verifier key', async () => {
    const signer = value(await parseSignerKey(GO_SIGNER_KEY));
    assert.equal(signer.keyHash, 0xc74f20a3);
    assert.equal(value(await signNote(GO_TEXT, [signer])), GO_NOTE);
    const verifier = value(await parseVerifierKey(GO_VERIFIER_KEY));
    const opened = value(await openNote(GO_NOTE, [verifier]));
    assert.equal(opened.text, GO_TEXT);
    assert.deepEqual(opened.signatures.map((signature) => signature.name), ['PeterNeumann']);
    const tampered = await openNote(GO_NOTE.replace('cryptography', 'cryptographY'), [verifier]);
    assert.isFalse(tampered.ok);
    if (!tampered.ok) assert.equal(tampered.error.code, 'audit.note-unverified');
    const material = fromBase64(GO_VERIFIER_KEY.split('+')[2]!)!;
    assert.equal(formatVerifierKey('PeterNeumann', verifier.keyHash, material.subarray(1)), GO_VERIFIER_KEY);
  });

  it('AUD-02 refuses mangled keys and notes', async () => {
    for (const bad of ['PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'PeterNeumann+c74f20a3+AhpjZBJw', 'PeterNeumann', '']) {
      assert.isFalse((await parseVerifierKey(bad)).ok, bad);
    }
    assert.isFalse((await parseSignerKey('PRIVATE+KEY+PeterNeumann+00000000+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz')).ok);
    assert.isFalse(parseNote('no signatures\n').ok);
    assert.isFalse(parseNote(`${GO_TEXT}\n\u2014 PeterNeumann !!!\n`).ok);
    const unknownOnly = await openNote(GO_NOTE, []);
    assert.isFalse(unknownOnly.ok);
  });

  it('AUD-02 a generated Ed25519 key signs a checkpoint that opens and parses back; an edited size or root does not verify', async () => {
    const pair = value(await generateNoteKeyPair('ptsp.mojokertokota.go.id', globalThis.crypto.subtle));
    assert.match(pair.verifierKey, /^ptsp\.mojokertokota\.go\.id\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    const body = value(formatCheckpoint({ origin: 'ptsp.mojokertokota.go.id/audit', size: 8, root: ROOT_8, extensions: [] }));
    const note = value(await signNote(body, [pair.signer]));
    const verifier = value(await parseVerifierKey(pair.verifierKey));
    const opened = value(await openNote(note, [verifier]));
    assert.equal(value(parseCheckpoint(opened.text)).size, 8);
    assert.isFalse((await openNote(note.replace('\n8\n', '\n9\n'), [verifier])).ok);
    assert.isFalse((await openNote(note.replace('Xcna', 'Xcnb'), [verifier])).ok);
  });
});
