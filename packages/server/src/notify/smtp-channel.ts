import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../integrations-config.js';
import { plainText, type Delivery, type NotificationChannel } from './channel.js';

/** E-mail through an SMTP server (nodemailer; STARTTLS when offered, TLS from the start with `secure`). */
export function smtpChannel(config: SmtpConfig, options: { readonly rejectUnauthorized?: boolean } = {}): NotificationChannel {
  const transport = createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user === undefined ? {} : { auth: { user: config.user, pass: config.password ?? '' } }),
    connectionTimeout: 10_000,
    socketTimeout: 20_000,
    tls: { rejectUnauthorized: options.rejectUnauthorized ?? true },
  });
  return {
    name: 'smtp',
    async send(delivery: Delivery) {
      const subject = delivery.message.id.length > 78 ? `${delivery.message.id.slice(0, 75)}…` : delivery.message.id;
      await transport.sendMail({
        from: config.from, to: delivery.recipient, subject, text: plainText(delivery),
        headers: { 'X-Satupintu-Message': delivery.id },
      });
    },
    async close() {
      transport.close();
    },
  };
}
