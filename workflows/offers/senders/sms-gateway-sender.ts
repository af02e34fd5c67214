import { holdSynthetic, type Delivery, type OfferSender, type OutgoingMessage } from './sender';

/**
 * Text messages through an HTTP SMS gateway: `POST TILANNEHUONE_SMS_GATEWAY_URL` with JSON
 * `{ "to": "+358...", "text": "...", "reference": "<message id>" }` and `Authorization: Bearer
 * TILANNEHUONE_SMS_GATEWAY_TOKEN`. Any 2xx answer is delivery; anything else throws with the status. The
 * gateway sends replies back to `POST /api/offers/{offer id}/reply` (see docs/offers.md). Most Finnish
 * gateways (Telia, Elisa, LINK Mobility) take a JSON body of this kind; adapt the body here if not.
 */
export interface SmsGatewaySettings {
  url: string;
  token?: string;
  timeoutMs?: number;
}

export class SmsGatewaySender implements OfferSender {
  readonly name = 'sms-gateway';
  constructor(private readonly settings: SmsGatewaySettings) {}

  async deliver(m: OutgoingMessage): Promise<Delivery> {
    const held = holdSynthetic(m);
    if (held) return held;
    if (m.channel !== 'sms' || !m.recipient) throw new Error('the SMS gateway sends text messages only');
    const response = await fetch(this.settings.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(this.settings.token ? { Authorization: `Bearer ${this.settings.token}` } : {}),
      },
      body: JSON.stringify({ to: m.recipient, text: m.text, reference: String(m.id) }),
      signal: AbortSignal.timeout(this.settings.timeoutMs ?? 15_000),
    });
    if (!response.ok) throw new Error(`the SMS gateway answered ${response.status}`);
    return { status: 'delivered' };
  }
}
