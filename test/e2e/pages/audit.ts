// The end of every journey: the whole audit log, exported by staff, verifies against the checkpoint the service
// publishes, and that checkpoint's signature verifies with the published key (AUD-01, AUD-02).
import { openNote, parseCheckpoint, parseVerifierKey, unwrap, verifyExportedLog } from '@satupintu/core';
import type { DemoStack } from '../../support/stack.js';

/** What was verified: the number of entries, the actions they record, and each entry's action and subject. */
export interface VerifiedLog {
  readonly size: number;
  readonly actions: readonly string[];
  readonly entries: readonly { readonly action: string; readonly subjectId?: string }[];
}

/** Signs `role` in through the demo site's /api and returns its cookie header. */
async function staffCookie(stack: DemoStack, role: string): Promise<{ cookie: string }> {
  const account = stack.accounts.get(role);
  if (!account) throw new Error(`seed-demo printed no ${role}`);
  const response = await fetch(`${stack.url}api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!response.ok) throw new Error(`${role} cannot sign in: ${response.status}`);
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

/** Fetches the signed checkpoint, the verifier key and every entry, and verifies them; throws on any mismatch. */
export async function verifyPublishedAuditLog(stack: DemoStack, role = 'supervisor'): Promise<VerifiedLog> {
  const text = async (path: string, headers: Record<string, string> = {}): Promise<string> => {
    const response = await fetch(`${stack.url}api${path}`, { headers });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.text();
  };
  const verifier = unwrap(await parseVerifierKey((await text('/audit/key')).trim()));
  const note = unwrap(await openNote(await text('/audit/checkpoint'), [verifier]));
  const checkpoint = unwrap(parseCheckpoint(note.text));
  const lines = (await text(`/audit/entries?to=${checkpoint.size}`, await staffCookie(stack, role))).split('\n').filter((line) => line !== '');
  const verdict = await verifyExportedLog(lines, checkpoint);
  if (!verdict.ok) throw new Error(`the audit log does not verify: ${JSON.stringify(verdict)}`);
  const entries = lines.map((line) => {
    const { action, subject } = JSON.parse(line) as { action: string; subject?: { id?: string } };
    return subject?.id === undefined ? { action } : { action, subjectId: subject.id };
  });
  return { size: checkpoint.size, actions: entries.map((entry) => entry.action), entries };
}
