import { describe, it } from 'node:test';
import { assert } from 'chai';
import { RISK_LEVEL_IDS } from '../supervision/levels.js';
import { administrativeActionEffects, administrativeActionKind, type AdministrativeEffect } from './administrative-actions.js';
import { failure, value } from './test-support.js';

const brief = (effects: readonly AdministrativeEffect[]) => effects.map((e) => `${e.instrument}:${e.action}`).join(' + ');

describe('administrative actions (B98 Pasal 38–45)', () => {
  it('ADM-01 on the business request an unverified certificate or licence is cancelled; a verified one is revoked', () => {
    for (const instrument of ['standard-certificate', 'licence'] as const) {
      const cancel = value(administrativeActionKind({ ground: 'business-request', instrument, verified: false }));
      assert.equal(cancel.kind, 'cancellation');
      assert.include(cancel.source.article, 'Pasal 40 ayat (1)');
      const revoke = value(administrativeActionKind({ ground: 'business-request', instrument, verified: true }));
      assert.equal(revoke.kind, 'revocation');
      assert.include(revoke.source.article, 'Pasal 39 ayat (1) huruf b');
    }
  });

  it('ADM-01 the NIB is only ever revoked, and a final court decision always leads to revocation', () => {
    for (const verified of [true, false]) {
      assert.equal(value(administrativeActionKind({ ground: 'business-request', instrument: 'nib', verified })).kind, 'revocation');
      for (const instrument of ['nib', 'standard-certificate', 'licence'] as const) {
        const result = value(administrativeActionKind({ ground: 'court-decision', instrument, verified }));
        assert.equal(result.kind, 'revocation');
        assert.include(result.source.article, 'Pasal 45 ayat (1)');
      }
    }
  });

  it('ADM-01 unknown grounds, instruments or a missing verification status are refused', () => {
    failure(administrativeActionKind({ ground: 'complaint' as never, instrument: 'nib', verified: true }), 'adm.ground-invalid', 'ground');
    failure(administrativeActionKind({ ground: 'court-decision', instrument: 'permit' as never, verified: true }), 'adm.instrument-invalid', 'instrument');
    failure(administrativeActionKind({ ground: 'court-decision', instrument: 'nib', verified: 'yes' as never }), 'adm.verified-invalid', 'verified');
    failure(administrativeActionKind(null as never), 'adm.input-invalid');
  });

  it('ADM-02 cancelling a medium-high or high activity: the certificate or licence is cancelled, the NIB revoked if it was the only activity, updated otherwise', () => {
    const cases: [string, number, string, string][] = [
      ['medium-high', 1, 'standard-certificate:cancelled + nib:revoked', 'Pasal 40 ayat (4) huruf a'],
      ['medium-high', 2, 'standard-certificate:cancelled + nib:updated', 'Pasal 40 ayat (4) huruf b'],
      ['high', 1, 'licence:cancelled + nib:revoked', 'Pasal 40 ayat (5) huruf a'],
      ['high', 7, 'licence:cancelled + nib:updated', 'Pasal 40 ayat (5) huruf b'],
    ];
    for (const [risk, activityCount, expected, article] of cases) {
      const result = value(administrativeActionEffects({ kind: 'cancellation', risk: risk as never, activityCount }));
      assert.equal(brief(result.effects), expected, `${risk} ×${activityCount}`);
      assert.equal(result.source.article, article);
    }
  });

  it('ADM-02 B98 does not regulate cancelling a low or medium-low activity: an error that names what is regulated', () => {
    for (const risk of ['low', 'medium-low'] as const) {
      for (const activityCount of [1, 3]) {
        const result = administrativeActionEffects({ kind: 'cancellation', risk, activityCount });
        failure(result, 'adm.effects-not-regulated', 'risk');
        if (!result.ok) assert.include(result.error.message.en, 'medium-high, high');
      }
    }
  });

  it('ADM-02 revoking one of several activities: low → NIB update; medium → certificate revoked + NIB update; high → licence revoked + NIB update', () => {
    const expected: Record<string, string> = {
      low: 'nib:updated',
      'medium-low': 'standard-certificate:revoked + nib:updated',
      'medium-high': 'standard-certificate:revoked + nib:updated',
      high: 'licence:revoked + nib:updated',
    };
    for (const risk of RISK_LEVEL_IDS) {
      for (const activityCount of [2, 3, 40]) {
        const result = value(administrativeActionEffects({ kind: 'revocation', risk, activityCount }));
        assert.equal(brief(result.effects), expected[risk], risk);
        assert.include(result.source.article, 'Pasal 43 ayat (3)');
      }
    }
  });

  it('ADM-02 ADM-04 revoking the only activity: the NIB follows within 6 months unless a new licence comes (Pasal 43 ayat (7)–(8))', () => {
    assert.equal(brief(value(administrativeActionEffects({ kind: 'revocation', risk: 'low', activityCount: 1 })).effects),
      'nib:revoked + access-right:cancelled-unless-new-application');
    const high = value(administrativeActionEffects({ kind: 'revocation', risk: 'high', activityCount: 1 }));
    assert.equal(brief(high.effects), 'licence:revoked + nib:revoked-unless-new-licence');
    assert.equal(high.effects[1]?.withinMonths, 6);
    assert.include(high.source.article, 'Pasal 43 ayat (8)');
  });

  it('ADM-02 the activity count must be a whole number of at least one', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '2', Number.MAX_SAFE_INTEGER + 2]) {
      failure(administrativeActionEffects({ kind: 'revocation', risk: 'low', activityCount: bad as number }), 'adm.activity-count-invalid', 'activityCount');
    }
    failure(administrativeActionEffects({ kind: 'suspension' as never, risk: 'low', activityCount: 1 }), 'adm.kind-invalid', 'kind');
    failure(administrativeActionEffects({ kind: 'revocation', risk: 'extreme' as never, activityCount: 1 }), 'adm.risk-invalid', 'risk');
  });
});
