import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { ConfigError, loadConfig, resolveConfig } from './config.js';
import { resolveSecret } from './secret.js';

function refusal(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    assert.instanceOf(error, ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-config-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('defaults: 127.0.0.1:8080, ./data, the embedded store, WIB, office code PTSP', () => {
    const config = loadConfig({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, './data');
    assert.isUndefined(config.databaseUrl);
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.municipality.timeZone, 'Asia/Jakarta');
    assert.equal(config.municipality.officeCode, 'PTSP');
    assert.equal(config.rateLimits.login, 10);
    assert.equal(config.rateLimits.quotes, 300);
    assert.equal(config.clockOffsetDays, 0);
  });

  it('CAL-05 a year newer than this release is added from its decree by configuration; a bad table is refused with its setting', () => {
    const year2027 = {
      year: 2027, decree: { regulation: 'SKB 2027 (example)', article: 'Diktum Kesatu' },
      holidays: [{ date: '2027-01-01', name: { id: 'Tahun Baru Masehi', en: "New Year's Day" }, kind: 'holiday', source: { regulation: 'SKB 2027 (example)', article: 'Lampiran' } }],
    };
    const calendar = loadConfig({ SATUPINTU_CALENDAR: JSON.stringify({ holidays: [year2027] }) }).municipality.context.calendar;
    assert.isFalse(calendar.isWorkingDay('2027-01-01'));
    assert.isTrue(calendar.isWorkingDay('2027-01-04'));
    assert.equal(calendar.addWorkingDays('2026-12-30', 2), '2027-01-04');
    const refused = refusal(() => loadConfig({ SATUPINTU_CALENDAR: JSON.stringify({ holidays: [{ ...year2027, holidays: [{ date: '2027-02-30' }] }] }) }));
    assert.include(refused.message, 'SATUPINTU_CALENDAR');
  });

  it('a clock offset for rehearsals is whole days from 0 to 3650; anything else is refused with its variable', () => {
    assert.equal(loadConfig({ SATUPINTU_CLOCK_OFFSET_DAYS: '14' }).clockOffsetDays, 14);
    for (const bad of ['-1', '1.5', 'besok', '3651']) {
      assert.include(refusal(() => loadConfig({ SATUPINTU_CLOCK_OFFSET_DAYS: bad })).message, 'SATUPINTU_CLOCK_OFFSET_DAYS');
    }
  });

  it('reads the environment: port, origins, database URL, municipality, fee settings and bank account', () => {
    const config = loadConfig({
      PORT: '9000', HOST: '0.0.0.0', SATUPINTU_ALLOWED_ORIGINS: 'https://kota.example.go.id, http://localhost:5173',
      SATUPINTU_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/satupintu', SATUPINTU_OFFICE_CODE: 'MJK', SATUPINTU_TIME_ZONE: 'WITA',
      SATUPINTU_FEE_SETTINGS: '{"imb":{"basePricePerM2":10000}}',
      SATUPINTU_BANK_NAME: 'Bank Jatim', SATUPINTU_BANK_ACCOUNT_NUMBER: '0011223344', SATUPINTU_BANK_ACCOUNT_NAME: 'RKUD Kota Mojokerto',
    });
    assert.equal(config.port, 9000);
    assert.deepEqual(config.allowedOrigins, ['https://kota.example.go.id', 'http://localhost:5173']);
    assert.equal(config.databaseUrl, 'postgres://postgres@127.0.0.1:5432/satupintu');
    assert.equal(config.municipality.officeCode, 'MJK');
    assert.equal(config.municipality.timeZone, 'Asia/Makassar');
    assert.equal(config.municipality.fees.imb.basePricePerM2, 10_000);
    assert.equal(config.municipality.context.skrd.receivingAccount?.bank, 'Bank Jatim');
  });

  it('the JSON file of SATUPINTU_CONFIG is read, and the environment wins over it', () => {
    const file = join(dir, 'satupintu.json');
    writeFileSync(file, JSON.stringify({ port: 7000, municipality: { officeCode: 'SBY', lifecycle: { deemedApproval: true } } }));
    const config = loadConfig({ SATUPINTU_CONFIG: file, SATUPINTU_OFFICE_CODE: 'MJK' });
    assert.equal(config.port, 7000);
    assert.equal(config.municipality.officeCode, 'MJK');
    assert.isTrue(config.municipality.context.settings.deemedApproval);
  });

  it('every invalid setting is refused naming its variable', () => {
    assert.equal(refusal(() => loadConfig({ PORT: 'eighty' })).variable, 'PORT');
    assert.equal(refusal(() => loadConfig({ PORT: '70000' })).variable, 'PORT');
    assert.equal(refusal(() => loadConfig({ SATUPINTU_ALLOWED_ORIGINS: 'https://kota.example.go.id/path' })).variable, 'SATUPINTU_ALLOWED_ORIGINS');
    assert.equal(refusal(() => loadConfig({ SATUPINTU_DATABASE_URL: 'mysql://x' })).variable, 'SATUPINTU_DATABASE_URL');
    assert.equal(refusal(() => loadConfig({ SATUPINTU_SECRET: 'short' })).variable, 'SATUPINTU_SECRET');
    assert.match(refusal(() => loadConfig({ SATUPINTU_TIME_ZONE: 'Europe/Paris' })).variable, /^SATUPINTU_TIME_ZONE/);
    assert.match(refusal(() => loadConfig({ SATUPINTU_OFFICE_CODE: 'mojokerto' })).variable, /^SATUPINTU_OFFICE_CODE/);
    assert.match(refusal(() => loadConfig({ SATUPINTU_FEE_SETTINGS: '{"imb":{"basePricePerM2":-1}}' })).variable, /^SATUPINTU_FEE_SETTINGS/);
    assert.equal(refusal(() => loadConfig({ SATUPINTU_FEE_SETTINGS: '{not json' })).variable, 'SATUPINTU_FEE_SETTINGS');
    assert.equal(refusal(() => loadConfig({ SATUPINTU_BANK_NAME: 'Bank Jatim' })).variable, 'SATUPINTU_BANK_NAME');
    assert.equal(refusal(() => loadConfig({ SATUPINTU_CONFIG: join(dir, 'missing.json') })).variable, 'SATUPINTU_CONFIG');
    assert.equal(refusal(() => resolveConfig({ logLevel: 'loud' })).variable, 'SATUPINTU_LOG_LEVEL');
  });

  it('without SATUPINTU_SECRET a secret is generated once and kept in the data directory', () => {
    const first = resolveSecret(undefined, join(dir, 'data'));
    assert.isTrue(first.generated);
    assert.isAtLeast(first.secret.length, 32);
    const again = resolveSecret(undefined, join(dir, 'data'));
    assert.isFalse(again.generated);
    assert.equal(again.secret, first.secret);
    assert.equal(resolveSecret('x'.repeat(40), join(dir, 'data')).secret, 'x'.repeat(40));
  });

  it('the command line exits with code 1 and names the variable on an invalid configuration', () => {
    const cli = join(dirname(fileURLToPath(import.meta.url)), 'cli.ts');
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', timeout: 30_000 });
    assert.equal(result.status, 1);
    assert.include(result.stderr, 'PORT');
    assert.notInclude(result.stderr, '    at ');
  });
});
