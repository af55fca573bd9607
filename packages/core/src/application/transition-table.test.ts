import { describe, it } from 'node:test';
import { assert } from 'chai';
import { applyEvent } from './apply-event.js';
import type { Application } from './application.js';
import { EVENT_TYPES, type ApplicationEvent } from './events.js';
import { ROLES } from './roles.js';
import { APPLICATION_STATES, FINAL_STATES } from './states.js';
import { imbDraft, testContext, wib } from './test-support.js';
import { TRANSITIONS, lookupTransition, rowsFrom, type RouteFacts } from './transition-table.js';

const FACTS: readonly RouteFacts[] = [
  { feeBearing: true, signatureMode: 'electronic' }, { feeBearing: true, signatureMode: 'wet' },
  { feeBearing: false, signatureMode: 'electronic' }, { feeBearing: false, signatureMode: 'wet' },
];

/** An application in any state with the given facts (the facts decide the route; the rest is irrelevant here). */
function inState(base: Application, state: Application['state'], facts: RouteFacts): Application {
  return { ...base, state, feeBearing: facts.feeBearing, signatureMode: facts.signatureMode };
}

describe('the lifecycle transition table', () => {
  it('APP-01 every state × event × role: a row goes where the table says, anything else is refused with a code', () => {
    const base = imbDraft(testContext());
    let allowed = 0;
    let refused = 0;
    for (const facts of FACTS) {
      for (const state of APPLICATION_STATES) {
        for (const type of EVENT_TYPES) {
          for (const role of ROLES) {
            const rows = TRANSITIONS.filter((r) => r.from === state && r.event === type && r.role === role
              && (r.when?.feeBearing === undefined || r.when.feeBearing === facts.feeBearing)
              && (r.when?.signatureMode === undefined || r.when.signatureMode === facts.signatureMode));
            assert.isAtMost(rows.length, 1, `one row at most for ${state} × ${type} × ${role}`);
            const row = lookupTransition(state, type, role, facts);
            if (rows[0] !== undefined) {
              allowed++;
              assert.equal(row?.to, rows[0].to);
              continue;
            }
            assert.isUndefined(row);
            refused++;
            const event = { type, actor: { id: 'x-1', role }, at: wib('2026-03-02') } as ApplicationEvent;
            const result = applyEvent(inState(base, state, facts), event);
            assert.isFalse(result.ok, `${state} × ${type} × ${role} must be refused`);
            if (!result.ok) {
              const ownedByOthers = rowsFrom(state, facts).some((r) => r.event === type);
              assert.equal(result.error.code, ownedByOthers ? 'application.role-not-allowed' : 'application.event-not-allowed');
              assert.equal(result.error.path, ownedByOthers ? 'actor.role' : 'type');
              assert.isNotEmpty(result.error.message.id);
              assert.isNotEmpty(result.error.message.en);
            }
          }
        }
      }
    }
    assert.isAbove(allowed, 100);
    assert.isAbove(refused, 10_000);
  });

  it('APP-01 the main line follows the eleven steps of M18 Pasal 11 ayat (3) in order', () => {
    const follow = (facts: RouteFacts, events: readonly [string, string][]) => {
      let state: Application['state'] = 'draft';
      const visited: string[] = [state];
      for (const [event, role] of events) {
        const row = lookupTransition(state, event as never, role as never, facts);
        assert.exists(row, `${state} × ${event} × ${role}`);
        state = row?.to ?? state;
        visited.push(state);
      }
      return visited;
    };
    const head: [string, string][] = [['submit', 'applicant'], ['verify', 'admin-officer'], ['validate', 'admin-officer'], ['recommend', 'technical-officer'], ['approve', 'head-of-office']];
    const tail: [string, string][] = [['submit-survey', 'applicant'], ['hand-over', 'admin-officer']];
    // Wet signature with a fee: payment, printing, signing, numbering (Pasal 16 ayat (2): printing before signing).
    assert.deepEqual(follow({ feeBearing: true, signatureMode: 'wet' }, [...head, ['record-payment', 'bank'], ['print', 'admin-officer'], ['sign', 'signing-official'], ['assign-number', 'admin-officer'], ...tail]), [
      'draft', 'awaiting-verification', 'awaiting-validation', 'awaiting-technical-recommendation', 'awaiting-decision', 'awaiting-payment',
      'awaiting-printing', 'awaiting-signature', 'awaiting-numbering', 'awaiting-survey', 'awaiting-handover', 'completed',
    ]);
    // No fee (Pasal 15): no payment step; electronic: signing, numbering, then printing.
    assert.deepEqual(follow({ feeBearing: false, signatureMode: 'electronic' }, [...head, ['sign', 'head-of-office'], ['assign-number', 'admin-officer'], ['print', 'admin-officer'], ...tail]), [
      'draft', 'awaiting-verification', 'awaiting-validation', 'awaiting-technical-recommendation', 'awaiting-decision',
      'awaiting-signature', 'awaiting-numbering', 'awaiting-printing', 'awaiting-survey', 'awaiting-handover', 'completed',
    ]);
  });

  it('APP-01 final states allow nothing but recording the end of a pause', () => {
    for (const facts of FACTS) {
      for (const state of FINAL_STATES) assert.deepEqual(rowsFrom(state, facts).map((r) => r.event), ['end-pause']);
    }
  });

  it('APP-04 each step belongs to one role (signing: the signing official or the head of office)', () => {
    const owners = new Map<string, Set<string>>();
    for (const row of TRANSITIONS) owners.set(row.event, (owners.get(row.event) ?? new Set()).add(row.role));
    assert.deepEqual([...(owners.get('verify') ?? [])], ['admin-officer']);
    assert.deepEqual([...(owners.get('recommend') ?? [])], ['technical-officer']);
    assert.deepEqual([...(owners.get('approve') ?? [])], ['head-of-office']);
    assert.deepEqual([...(owners.get('record-payment') ?? [])], ['bank']);
    assert.deepEqual([...(owners.get('sign') ?? [])].sort(), ['head-of-office', 'signing-official']);
    assert.deepEqual([...(owners.get('return-for-correction') ?? [])].sort(), ['admin-officer', 'technical-officer']);
    for (const row of TRANSITIONS) assert.isNotEmpty(row.source.article, `${row.from} × ${row.event} cites its article`);
  });
});
