import { mkdirSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Delivery, NotificationChannel } from './channel.js';

/** The file the log channel writes to, inside the data directory. */
export const NOTIFICATIONS_LOG = 'notifications.log';

/**
 * The default channel, for a demo or an office without a gateway yet: each message becomes one JSON line
 * `{ at, id, channel, to, message, subjectId? }` appended to `notifications.log` in the data directory (created with
 * mode 0600: the lines hold personal data). Nothing leaves the machine.
 */
export function logChannel(dataDir: string, now: () => string): NotificationChannel {
  const file = join(dataDir, NOTIFICATIONS_LOG);
  return {
    name: 'log',
    async send(delivery: Delivery) {
      mkdirSync(dirname(file), { recursive: true });
      const line = {
        at: now(), id: delivery.id, channel: delivery.channel, to: delivery.recipient, message: delivery.message,
        ...(delivery.subjectId === undefined ? {} : { subjectId: delivery.subjectId }),
      };
      await appendFile(file, `${JSON.stringify(line)}\n`, { encoding: 'utf8', mode: 0o600 });
    },
  };
}
