/**
 * The life of one child's offer, and the only changes it may go through. Every change is a row with its
 * time and actor (store/offers-events.ts); a change this table does not allow is refused, so a late SMS
 * can never reopen a decided place.
 *
 *   proposed --send--> sent --answer--> accepted | transfer_requested | declined
 *   sent --deadline--> no_reply --late answer--> accepted | transfer_requested | declined
 *   transfer_requested --second round--> proposed (a new proposal that respects the wishes)
 *   accepted | declined | no_reply | transfer_requested --decide--> decided
 */
export const OFFER_STATES = [
  'proposed',
  'sent',
  'accepted',
  'transfer_requested',
  'declined',
  'no_reply',
  'decided',
] as const;
export type OfferState = (typeof OFFER_STATES)[number];

export const OFFER_EVENTS = ['propose', 'send', 'accept', 'request_transfer', 'decline', 'expire', 'decide'] as const;
export type OfferEvent = (typeof OFFER_EVENTS)[number];

const ANSWERABLE: readonly OfferState[] = ['sent', 'no_reply', 'accepted', 'transfer_requested', 'declined'];

const TRANSITIONS: Record<OfferEvent, { from: readonly OfferState[]; to: OfferState }> = {
  // A planner may re-propose (move, pin, re-run) until the offer is sent; a transfer gets a new proposal.
  propose: { from: ['proposed', 'transfer_requested'], to: 'proposed' },
  send: { from: ['proposed'], to: 'sent' },
  // A family may change its answer until the decision is made.
  accept: { from: ANSWERABLE, to: 'accepted' },
  request_transfer: { from: ANSWERABLE, to: 'transfer_requested' },
  decline: { from: ANSWERABLE, to: 'declined' },
  expire: { from: ['sent'], to: 'no_reply' },
  decide: { from: ['accepted', 'declined', 'no_reply', 'transfer_requested'], to: 'decided' },
};

export function canApply(state: OfferState, event: OfferEvent): boolean {
  return TRANSITIONS[event].from.includes(state);
}

/** The state after `event`, or null when the event is not allowed in `state`. */
export function nextState(state: OfferState, event: OfferEvent): OfferState | null {
  return canApply(state, event) ? TRANSITIONS[event].to : null;
}

/** Whether the family's answer is still open (their link shows the answer form). */
export const isAnswerable = (state: OfferState): boolean => ANSWERABLE.includes(state);
