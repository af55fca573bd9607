import type { SmsGatewayConfig } from '../integrations-config.js';
import { plainText, type Delivery, type NotificationChannel } from './channel.js';

/**
 * SMS through an HTTP gateway: `POST <url>` with `{ to, text, reference }` as JSON and `Authorization: Bearer
 * <token>`. Any 2xx answer counts as accepted; anything else (or no answer in `timeoutMs`) is a failed attempt.
 */
export function smsGatewayChannel(config: SmsGatewayConfig, timeoutMs = 10_000): NotificationChannel {
  return {
    name: 'sms-gateway',
    async send(delivery: Delivery) {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.token}` },
        body: JSON.stringify({ to: delivery.recipient, text: plainText(delivery), reference: delivery.id }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
