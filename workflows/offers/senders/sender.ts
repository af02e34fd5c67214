/**
 * How a message leaves the product. Every sender has the same shape; which one delivers a channel is
 * configured (configured-senders.ts). A sender either delivers, holds the message (a real transport never
 * sends to a synthetic child's invented contacts), or throws - the outbox records which. Nothing here
 * pretends to send: the default sender writes files, and says so.
 */
export interface OutgoingMessage {
  id: number;
  roundId: number;
  channel: 'sms' | 'email' | 'letter';
  recipient: string | null;
  subject: string | null;
  /** With the working personal link in it. */
  text: string;
  language: string;
  /** The family's children are synthetic: their contacts are invented. */
  synthetic: boolean;
}

export type Delivery = { status: 'delivered' } | { status: 'held'; reason: string };

export interface OfferSender {
  /** Shown in the outbox: "file", "smtp", "sms-gateway", "suomi.fi". */
  readonly name: string;
  deliver(message: OutgoingMessage): Promise<Delivery>;
}

export const holdSynthetic = (m: OutgoingMessage): Delivery | null =>
  m.synthetic ? { status: 'held', reason: 'synthetic recipient: invented contact details are never sent to' } : null;
