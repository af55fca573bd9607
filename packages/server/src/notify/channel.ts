import type { OutboxMessage } from '../store/types.js';

/** One message to deliver: the outbox message with a single, resolved recipient (phone number or e-mail address). */
export type Delivery = Pick<OutboxMessage, 'id' | 'channel' | 'recipient' | 'message' | 'subjectId'>;

/**
 * A way to deliver notifications. `send` resolves when the message was handed over (logged, accepted by the SMTP
 * server, accepted by the SMS gateway) and rejects otherwise; the dispatcher then retries with back-off.
 */
export interface NotificationChannel {
  /** A short name for logs and errors (`log`, `smtp`, `sms-gateway`). */
  readonly name: string;
  send(delivery: Delivery): Promise<void>;
  /** Releases connections (SMTP pool); optional. */
  close?(): Promise<void>;
}

/** The channel that carries each outbox channel kind. */
export type ChannelSet = Readonly<Record<OutboxMessage['channel'], NotificationChannel>>;

/** The text of a message as sent: Bahasa Indonesia first, English after it. */
export function plainText(delivery: Delivery): string {
  return `${delivery.message.id}\n\n${delivery.message.en}`;
}
