import type { ServerConfig } from '../config.js';
import type { ChannelSet } from './channel.js';
import { logChannel } from './log-channel.js';
import { smsGatewayChannel } from './sms-gateway-channel.js';
import { smtpChannel } from './smtp-channel.js';

/** The channels the configuration asks for: SMTP and the SMS gateway when set, the log file otherwise. */
export function channelsFromConfig(config: ServerConfig, now: () => string): ChannelSet {
  const log = logChannel(config.dataDir, now);
  const { smtp, smsGateway } = config.notifications;
  return {
    email: smtp === undefined ? log : smtpChannel(smtp),
    sms: smsGateway === undefined ? log : smsGatewayChannel(smsGateway),
  };
}
