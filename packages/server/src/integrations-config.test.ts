import { describe, it } from 'node:test';
import { assert } from 'chai';
import { ConfigError, loadConfig } from './config.js';

describe('integration settings (scheduler, notifications, identity checks)', () => {
  it('defaults: scheduler every 60 s, 5 attempts from 30 s, no SMTP, no SMS gateway, format-only identity checks', () => {
    const config = loadConfig({});
    assert.deepEqual(config.scheduler, { intervalSeconds: 60, maxAttempts: 5, retryBaseSeconds: 30 });
    assert.deepEqual(config.notifications, {});
    assert.deepEqual(config.identityChecks, { timeoutSeconds: 5 });
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      SATUPINTU_SCHEDULER_INTERVAL_SECONDS: '0', SATUPINTU_NOTIFY_MAX_ATTEMPTS: '8', SATUPINTU_NOTIFY_RETRY_SECONDS: '10',
      SATUPINTU_SMTP_HOST: 'smtp.kota.go.id', SATUPINTU_SMTP_SECURE: 'true', SATUPINTU_SMTP_USER: 'u', SATUPINTU_SMTP_PASSWORD: 'p', SATUPINTU_SMTP_FROM: 'noreply@kota.go.id',
      SATUPINTU_SMS_GATEWAY_URL: 'https://sms.example.id/send', SATUPINTU_SMS_GATEWAY_TOKEN: 't',
      SATUPINTU_SIAK_URL: 'https://siak.example.id/match', SATUPINTU_KSWP_URL: 'https://kswp.example.id/status',
      SATUPINTU_REGISTRY_USER: 'pemda', SATUPINTU_REGISTRY_PASSWORD: 'rahasia', SATUPINTU_REGISTRY_TIMEOUT_SECONDS: '3',
    });
    assert.deepEqual(config.scheduler, { intervalSeconds: 0, maxAttempts: 8, retryBaseSeconds: 10 });
    assert.deepEqual(config.notifications, {
      smtp: { host: 'smtp.kota.go.id', port: 465, secure: true, user: 'u', password: 'p', from: 'noreply@kota.go.id' },
      smsGateway: { url: 'https://sms.example.id/send', token: 't' },
    });
    assert.deepEqual(config.identityChecks, {
      populationUrl: 'https://siak.example.id/match', taxStatusUrl: 'https://kswp.example.id/status', user: 'pemda', password: 'rahasia', timeoutSeconds: 3,
    });
  });

  it('names the variable at fault', () => {
    const fails = (env: Record<string, string>, variable: string) => {
      assert.throws(() => loadConfig(env), ConfigError, variable);
    };
    fails({ SATUPINTU_SCHEDULER_INTERVAL_SECONDS: 'often' }, 'SATUPINTU_SCHEDULER_INTERVAL_SECONDS');
    fails({ SATUPINTU_SMTP_HOST: 'smtp.kota.go.id' }, 'SATUPINTU_SMTP_FROM');
    fails({ SATUPINTU_SMS_GATEWAY_URL: 'https://sms.example.id' }, 'SATUPINTU_SMS_GATEWAY_TOKEN');
    fails({ SATUPINTU_SIAK_URL: 'ftp://siak' }, 'SATUPINTU_SIAK_URL');
    fails({ SATUPINTU_SMTP_HOST: 'h', SATUPINTU_SMTP_FROM: 'f', SATUPINTU_SMTP_PORT: '70000' }, 'SATUPINTU_SMTP_PORT');
  });
});
