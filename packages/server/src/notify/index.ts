export type { ChannelSet, Delivery, NotificationChannel } from './channel.js';
export { channelsFromConfig } from './channels.js';
export { createDispatcher, retryDelayMs, type Dispatcher, type DispatcherOptions, type DrainReport } from './dispatcher.js';
export { logChannel, NOTIFICATIONS_LOG } from './log-channel.js';
export { smsGatewayChannel } from './sms-gateway-channel.js';
export { smtpChannel } from './smtp-channel.js';
