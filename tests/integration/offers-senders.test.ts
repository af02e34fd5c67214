import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { OutgoingMessage } from '../../workflows/offers/senders/sender';
import { SmsGatewaySender } from '../../workflows/offers/senders/sms-gateway-sender';
import { SmtpSender } from '../../workflows/offers/senders/smtp-sender';
import { SuomiFiSender } from '../../workflows/offers/senders/suomifi-sender';

/**
 * The real transports against real local servers: an SMTP server (smtp-server) receives the e-mail
 * nodemailer sends, an HTTP server stands in for an SMS gateway. Synthetic families are never sent to,
 * a refusal is an error (the outbox keeps the message as failed), and Suomi.fi Messages says it is not
 * connected rather than pretending.
 */
const received: { from: string; to: string[]; data: string }[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
const gatewayCalls: { auth: string | undefined; body: unknown }[] = [];
let gatewayStatus = 202;
const gateway = createServer((req: IncomingMessage, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    gatewayCalls.push({ auth: req.headers.authorization, body: JSON.parse(body) });
    res.writeHead(gatewayStatus).end();
  });
});

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith('@refused.example')) return callback(new Error('mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

const message = (o: Partial<OutgoingMessage>): OutgoingMessage => ({
  id: 7,
  roundId: 1,
  channel: 'email',
  recipient: 'guardian@family.example',
  subject: 'Tarjous: Esiopetuspaikka',
  text: 'Hei,\n\nkaupunki tarjoaa lapsellenne paikan. Tiedot ja vastaus: https://th.example.fi/offer/abc',
  language: 'fi',
  synthetic: false,
  ...o,
});

describe('the SMTP sender (nodemailer) against a real SMTP server', () => {
  it("delivers the e-mail in the family's language, with the link", async () => {
    const sender = new SmtpSender({ url: `smtp://127.0.0.1:${smtpPort}`, from: 'varhaiskasvatus@city.example' });
    expect(await sender.deliver(message({}))).toEqual({ status: 'delivered' });
    sender.close();
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(['guardian@family.example']);
    expect(mail.from).toBe('varhaiskasvatus@city.example');
    expect(mail.data).toMatch(/Subject: Tarjous: Esiopetuspaikka/);
    expect(mail.data).toMatch(/Content-Language: fi/);
    expect(mail.data.replace(/=\r?\n/g, '')).toContain('https://th.example.fi/offer/abc');
  });

  it('a refusal by the server is an error, and a synthetic family is held, never sent to', async () => {
    const sender = new SmtpSender({ url: `smtp://127.0.0.1:${smtpPort}`, from: 'varhaiskasvatus@city.example' });
    await expect(sender.deliver(message({ recipient: 'nobody@refused.example' }))).rejects.toThrow(
      /mailbox unavailable/,
    );
    const before = received.length;
    expect(await sender.deliver(message({ synthetic: true }))).toMatchObject({ status: 'held' });
    expect(received).toHaveLength(before);
    sender.close();
  });
});

describe('the HTTP SMS-gateway sender', () => {
  it("posts the text with its reference and the gateway's token", async () => {
    const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
    const sender = new SmsGatewaySender({ url, token: 'gateway-secret' });
    const sms = message({ channel: 'sms', recipient: '+358400000001', subject: null, text: 'Esiopetuspaikka: ...' });
    expect(await sender.deliver(sms)).toEqual({ status: 'delivered' });
    expect(gatewayCalls.at(-1)).toEqual({
      auth: 'Bearer gateway-secret',
      body: { to: '+358400000001', text: 'Esiopetuspaikka: ...', reference: '7' },
    });
    gatewayStatus = 503;
    await expect(sender.deliver(sms)).rejects.toThrow(/answered 503/);
    expect(await sender.deliver({ ...sms, synthetic: true })).toMatchObject({ status: 'held' });
  });
});

describe('Suomi.fi Messages', () => {
  it('is a documented plug that refuses instead of pretending to send', async () => {
    await expect(new SuomiFiSender().deliver(message({ channel: 'letter', recipient: null }))).rejects.toThrow(
      /not connected/,
    );
  });
});
