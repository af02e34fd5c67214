import type { Delivery, OfferSender, OutgoingMessage } from './sender';

/**
 * Suomi.fi Messages (Suomi.fi-viestit), the state's service that delivers to a citizen's Suomi.fi mailbox
 * or, failing that, as a printed letter. Using it needs an agreement with the Digital and Population Data
 * Services Agency, a service id, an organisation certificate and the guardians' personal identity codes -
 * none of which this product holds. This plug keeps the sender's shape so a city can fill it in (the REST
 * interface "electronic message with paper fallback", docs/offers.md); until then it refuses every message,
 * so the outbox shows them as failed rather than pretending they left.
 */
export class SuomiFiSender implements OfferSender {
  readonly name = 'suomi.fi';

  async deliver(_m: OutgoingMessage): Promise<Delivery> {
    throw new Error('Suomi.fi Messages is not connected: letters stay in the outbox (see docs/offers.md)');
  }
}
