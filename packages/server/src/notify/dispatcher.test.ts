import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { SMTPServer } from 'smtp-server';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/types.js';
import type { ChannelSet, NotificationChannel } from './channel.js';
import { createDispatcher, retryDelayMs } from './dispatcher.js';
import { logChannel, NOTIFICATIONS_LOG } from './log-channel.js';
import { smsGatewayChannel } from './sms-gateway-channel.js';
import { smtpChannel } from './smtp-channel.js';

const TEXT = { id: 'Permohonan diterima. Nomor tanda terima: MJK-1.', en: 'Application received. Receipt number: MJK-1.' };

/** Listens on 127.0.0.1:0 and resolves to the port. */
function listen(server: Server | SMTPServer): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = (server as Server).address?.() ?? (server as SMTPServer).server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
}

describe('notifications: channels and the outbox dispatcher', () => {
  let dir: string;
  let store: Store;
  let clock = '2026-03-02T02:00:00.000Z';
  const now = () => clock;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-notify-'));
    store = await openStore({ dataDir: join(dir, 'db') });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the log channel writes one JSON line per message to notifications.log (mode 0600) and marks it sent', async () => {
    const log = logChannel(dir, now);
    const queued = await store.outbox.enqueue({ channel: 'sms', recipient: '+6281234567890', message: TEXT, subjectId: 'APP-1', at: now() });
    const report = await createDispatcher({ store, channels: { sms: log, email: log }, now }).drain();
    assert.deepEqual(report, { sent: 1, retried: 0, failed: 0 });
    const lines = readFileSync(join(dir, NOTIFICATIONS_LOG), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines, [{ at: clock, id: queued.id, channel: 'sms', to: '+6281234567890', message: TEXT, subjectId: 'APP-1' }]);
    assert.equal(statSync(join(dir, NOTIFICATIONS_LOG)).mode & 0o777, 0o600);
    assert.equal((await store.outbox.get(queued.id))?.status, 'sent');
  });

  it('office notices addressed to a role go to every active account with that role', async () => {
    for (const [i, status] of (['active', 'active', 'blocked'] as const).entries()) {
      await store.accounts.create({
        id: `kadis-${i}`, kind: 'person', name: 'Kepala', email: `kadis${i}@kota.go.id`, phone: '+628111', roles: ['head-of-office'],
        passwordHash: 'x', status, identity: {}, createdAt: now(),
      });
    }
    const sent: string[] = [];
    const capture: NotificationChannel = { name: 'capture', send: async (d) => { sent.push(d.recipient); } };
    await store.outbox.enqueue({ channel: 'email', recipient: 'head-of-office', message: TEXT, at: now() });
    await createDispatcher({ store, channels: { sms: capture, email: capture }, now }).drain();
    assert.deepEqual(sent.sort(), ['kadis0@kota.go.id', 'kadis1@kota.go.id']);
  });

  it('a failing channel is retried with doubling back-off, then the message is marked failed', async () => {
    let calls = 0;
    const broken: NotificationChannel = { name: 'broken', send: async () => { calls += 1; throw new Error('gateway down'); } };
    const channels: ChannelSet = { sms: broken, email: broken };
    const dispatcher = createDispatcher({ store, channels, now, maxAttempts: 3, retryBaseMs: 60_000 });
    const queued = await store.outbox.enqueue({ channel: 'sms', recipient: '+6281200000000', message: TEXT, at: now() });
    assert.deepEqual(await dispatcher.drain(), { sent: 0, retried: 1, failed: 0 });
    let stored = await store.outbox.get(queued.id);
    assert.equal(stored?.nextAttemptAt, '2026-03-02T02:01:00.000Z', 'first retry after the base delay');
    assert.equal(stored?.lastError, 'broken: gateway down');
    assert.deepEqual(await dispatcher.drain(), { sent: 0, retried: 0, failed: 0 }, 'not before its time');
    clock = '2026-03-02T02:01:00.000Z';
    assert.deepEqual(await dispatcher.drain(), { sent: 0, retried: 1, failed: 0 });
    assert.equal((await store.outbox.get(queued.id))?.nextAttemptAt, '2026-03-02T02:03:00.000Z', 'then twice as long');
    clock = '2026-03-02T02:03:00.000Z';
    assert.deepEqual(await dispatcher.drain(), { sent: 0, retried: 0, failed: 1 });
    stored = await store.outbox.get(queued.id);
    assert.equal(stored?.status, 'failed');
    assert.equal(stored?.attempts, 3);
    assert.equal(calls, 3);
    clock = '2026-03-03T02:03:00.000Z';
    assert.deepEqual(await dispatcher.drain(), { sent: 0, retried: 0, failed: 0 }, 'a failed message is not tried again');
    assert.equal(retryDelayMs(40, 1000), 86_400_000, 'capped at a day');
  });

  it('the SMS gateway adapter POSTs JSON with the bearer token; a non-2xx answer is a failed attempt', async () => {
    const received: { auth?: string; type?: string; body: unknown }[] = [];
    let answer = 202;
    const gateway = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push({ auth: request.headers.authorization, type: request.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        response.writeHead(answer).end('{}');
      });
    });
    const port = await listen(gateway);
    try {
      const sms = smsGatewayChannel({ url: `http://127.0.0.1:${port}/send`, token: 'gw-token-123' });
      await sms.send({ id: 'm-1', channel: 'sms', recipient: '+6281234567890', message: TEXT });
      assert.deepEqual(received[0], {
        auth: 'Bearer gw-token-123', type: 'application/json',
        body: { to: '+6281234567890', text: `${TEXT.id}\n\n${TEXT.en}`, reference: 'm-1' },
      });
      answer = 503;
      let error: unknown;
      await sms.send({ id: 'm-2', channel: 'sms', recipient: '+6281234567890', message: TEXT }).catch((e: unknown) => { error = e; });
      assert.match(String(error), /SMS gateway answered 503/);
    } finally {
      gateway.close();
    }
  });

  it('the SMTP adapter delivers to an SMTP server (smtp-server on 127.0.0.1:0) with authentication', async () => {
    const mails: { from?: string; to: string[]; data: string; user?: string }[] = [];
    const smtp = new SMTPServer({
      secure: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true, logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'mailer' && auth.password === 'mail-secret') callback(null, { user: auth.username });
        else callback(new Error('bad credentials'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom === false ? undefined : session.envelope.mailFrom.address,
            to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8'), user: String(session.user),
          });
          callback();
        });
      },
    });
    const port = await listen(smtp);
    const channel = smtpChannel({ host: '127.0.0.1', port, secure: false, user: 'mailer', password: 'mail-secret', from: 'DPMPTSP <noreply@kota.go.id>' });
    try {
      await channel.send({ id: 'm-3', channel: 'email', recipient: 'siti@example.id', message: TEXT });
      assert.lengthOf(mails, 1);
      assert.equal(mails[0]?.from, 'noreply@kota.go.id');
      assert.deepEqual(mails[0]?.to, ['siti@example.id']);
      assert.equal(mails[0]?.user, 'mailer');
      assert.include(mails[0]?.data, 'Subject: Permohonan diterima.');
      assert.include(mails[0]?.data, 'Application received.');
      const wrong = smtpChannel({ host: '127.0.0.1', port, secure: false, user: 'mailer', password: 'wrong', from: 'noreply@kota.go.id' });
      let error: unknown;
      await wrong.send({ id: 'm-4', channel: 'email', recipient: 'siti@example.id', message: TEXT }).catch((e: unknown) => { error = e; });
      assert.isDefined(error, 'a refused login is a failed attempt');
      await wrong.close?.();
    } finally {
      await channel.close?.();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
