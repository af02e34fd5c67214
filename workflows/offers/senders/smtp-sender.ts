import { createRequire } from 'node:module';
import path from 'node:path';
import { holdSynthetic, type Delivery, type OfferSender, type OutgoingMessage } from './sender';

/**
 * E-mail through the city's SMTP server (nodemailer): `TILANNEHUONE_SMTP_URL` (smtp://user:pass@host:587,
 * smtps:// for TLS from the start) and `TILANNEHUONE_SMTP_FROM`. A refusal by the server throws, and the
 * outbox keeps the message as failed with the server's reason. Synthetic recipients are held.
 */
export interface SmtpSettings {
  url: string;
  from: string;
}

/** The part of nodemailer this sender uses (its types and the installed version need not agree on more). */
interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
  close(): void;
}

// Loaded from node_modules at run time (like the worker pools' piscina): a bundler never rewrites it.
const runtimeRequire = createRequire(path.join(process.cwd(), 'package.json'));

export class SmtpSender implements OfferSender {
  readonly name = 'smtp';
  private readonly transport: MailTransport;

  constructor(private readonly settings: SmtpSettings) {
    const nodemailer = runtimeRequire('nodemailer') as typeof import('nodemailer');
    this.transport = nodemailer.createTransport(settings.url) as unknown as MailTransport;
  }

  async deliver(m: OutgoingMessage): Promise<Delivery> {
    const held = holdSynthetic(m);
    if (held) return held;
    if (m.channel !== 'email' || !m.recipient) throw new Error('the SMTP sender sends e-mail only');
    await this.transport.sendMail({
      from: this.settings.from,
      to: m.recipient,
      subject: m.subject ?? '',
      text: m.text,
      headers: { 'Content-Language': m.language, 'X-Tilannehuone-Message': String(m.id) },
    });
    return { status: 'delivered' };
  }

  close(): void {
    this.transport.close();
  }
}
