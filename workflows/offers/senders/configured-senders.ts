import path from 'node:path';
import { readEnv } from '../../../core/config/env';
import { warehousePath } from '../../../core/config/paths';
import { badRequest } from '../../../core/errors';
import { FileSender } from './file-sender';
import type { OfferSender, OutgoingMessage } from './sender';
import { SmsGatewaySender } from './sms-gateway-sender';
import { SmtpSender } from './smtp-sender';
import { SuomiFiSender } from './suomifi-sender';

/** The outbox folder of the file sender: TILANNEHUONE_OFFERS_OUTBOX, or offers-outbox beside the warehouse. */
export function outboxDir(env: NodeJS.ProcessEnv = process.env): string {
  const own = readEnv(env).TILANNEHUONE_OFFERS_OUTBOX;
  return own ? path.resolve(own) : path.join(path.dirname(warehousePath(env)), 'offers-outbox');
}

export interface Senders {
  forChannel(channel: OutgoingMessage['channel']): OfferSender;
  file: FileSender;
  close(): void;
}

/** One sender per channel, as configured (docs/offers.md "Senders"); files unless told otherwise. */
export function configuredSenders(env: NodeJS.ProcessEnv = process.env): Senders {
  const e = readEnv(env);
  const file = new FileSender(outboxDir(env));
  let smtp: SmtpSender | undefined;
  if (e.TILANNEHUONE_OFFERS_EMAIL === 'smtp') {
    if (!e.TILANNEHUONE_SMTP_URL || !e.TILANNEHUONE_SMTP_FROM)
      throw badRequest('TILANNEHUONE_OFFERS_EMAIL=smtp needs TILANNEHUONE_SMTP_URL and TILANNEHUONE_SMTP_FROM');
    smtp = new SmtpSender({ url: e.TILANNEHUONE_SMTP_URL, from: e.TILANNEHUONE_SMTP_FROM });
  }
  let sms: SmsGatewaySender | undefined;
  if (e.TILANNEHUONE_OFFERS_SMS === 'http') {
    if (!e.TILANNEHUONE_SMS_GATEWAY_URL)
      throw badRequest('TILANNEHUONE_OFFERS_SMS=http needs TILANNEHUONE_SMS_GATEWAY_URL');
    sms = new SmsGatewaySender({ url: e.TILANNEHUONE_SMS_GATEWAY_URL, token: e.TILANNEHUONE_SMS_GATEWAY_TOKEN });
  }
  const letters = e.TILANNEHUONE_OFFERS_LETTERS === 'suomifi' ? new SuomiFiSender() : file;
  return {
    file,
    forChannel: (channel) => (channel === 'email' ? (smtp ?? file) : channel === 'sms' ? (sms ?? file) : letters),
    close: () => smtp?.close(),
  };
}
