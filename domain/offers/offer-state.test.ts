import { describe, expect, it } from 'vitest';
import { canApply, isAnswerable, nextState, OFFER_EVENTS, OFFER_STATES } from './offer-state';

describe('the life of an offer', () => {
  it('a proposal is sent, answered and decided', () => {
    expect(nextState('proposed', 'send')).toBe('sent');
    expect(nextState('sent', 'accept')).toBe('accepted');
    expect(nextState('accepted', 'decide')).toBe('decided');
  });

  it('a family may change its answer until the decision, also after the deadline passed unanswered', () => {
    expect(nextState('accepted', 'request_transfer')).toBe('transfer_requested');
    expect(nextState('transfer_requested', 'decline')).toBe('declined');
    expect(nextState('sent', 'expire')).toBe('no_reply');
    expect(nextState('no_reply', 'accept')).toBe('accepted');
  });

  it('a transfer request gets a new proposal, which is sent again', () => {
    expect(nextState('transfer_requested', 'propose')).toBe('proposed');
    expect(nextState('proposed', 'send')).toBe('sent');
  });

  it('nothing reopens a decided place, and nothing is answered before it is sent', () => {
    for (const event of OFFER_EVENTS) expect(canApply('decided', event), event).toBe(false);
    expect(nextState('proposed', 'accept')).toBeNull();
    expect(nextState('proposed', 'decide')).toBeNull();
    expect(isAnswerable('proposed')).toBe(false);
    expect(isAnswerable('decided')).toBe(false);
  });

  it('every state can be left by some event except the decision, and every event leads somewhere known', () => {
    for (const state of OFFER_STATES.filter((s) => s !== 'decided'))
      expect(
        OFFER_EVENTS.some((e) => canApply(state, e)),
        state,
      ).toBe(true);
    for (const state of OFFER_STATES)
      for (const event of OFFER_EVENTS) {
        const to = nextState(state, event);
        if (to !== null) expect(OFFER_STATES).toContain(to);
      }
  });
});
