import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Delivery, OfferSender, OutgoingMessage } from './sender';

/**
 * The default sender: each message becomes a file in the outbox folder (`round-<id>/<message id>-<channel>`,
 * `.eml` for e-mail, `.txt` for text messages and letters), which the city's own mail or print system
 * picks up. The files are personal data: they are deleted with the round at the end of its retention.
 */
export class FileSender implements OfferSender {
  readonly name = 'file';
  constructor(private readonly dir: string) {}

  roundDir(roundId: number): string {
    return path.join(this.dir, `round-${roundId}`);
  }

  async deliver(m: OutgoingMessage): Promise<Delivery> {
    const dir = this.roundDir(m.roundId);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const ext = m.channel === 'email' ? 'eml' : 'txt';
    const file = path.join(dir, `${String(m.id).padStart(8, '0')}-${m.channel}.${ext}`);
    const head =
      m.channel === 'email'
        ? [
            `To: ${m.recipient}`,
            `Subject: ${m.subject ?? ''}`,
            'Content-Type: text/plain; charset=utf-8',
            `Content-Language: ${m.language}`,
            '',
          ]
        : [`Channel: ${m.channel}`, `To: ${m.recipient ?? '(printed letter)'}`, `Language: ${m.language}`, ''];
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, `${head.join('\n')}\n${m.text}\n`, { mode: 0o600 });
    renameSync(tmp, file);
    return { status: 'delivered' };
  }

  /** Deletes a round's files (the retention purge). */
  purgeRound(roundId: number): void {
    rmSync(this.roundDir(roundId), { recursive: true, force: true });
  }
}
