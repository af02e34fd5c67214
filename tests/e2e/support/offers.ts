import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { COHORT_COLUMNS } from '../../../domain/offers/cohort-row';

/**
 * Helpers of the offer-round specs: a small cohort CSV in the documented format, a new round through the
 * officer's form, and the family's personal link read from what the default (file) sender really wrote
 * into the outbox folder beside the test warehouse - the product never shows a working link anywhere else.
 */
export interface E2eChild {
  id: string;
  birthYear?: number;
  postalCode?: string;
  lon: number;
  lat: number;
  language: 'fi' | 'sv';
  current?: string;
  guardianLanguage: 'fi' | 'sv' | 'en';
  phone?: string;
  email?: string;
}

export const cohortCsv = (children: E2eChild[], birthYear = 2021) =>
  [
    COHORT_COLUMNS.join(','),
    ...children.map((c) =>
      [
        c.id,
        c.birthYear ?? birthYear,
        c.postalCode ?? '00100',
        c.lon,
        c.lat,
        c.language,
        c.current ?? '',
        '',
        'false',
        'false',
        c.guardianLanguage,
        c.phone ?? '',
        c.email ?? '',
      ].join(','),
    ),
  ].join('\n');

export async function createRound(
  page: Page,
  o: { name: string; kind?: 'preschool' | 'ece'; deadline: string },
): Promise<number> {
  await page.goto('/offers?lang=fi');
  const form = page.getByTestId('create-round');
  if (o.kind === 'ece') await form.getByLabel('Laji').selectOption('ece');
  await form.getByLabel('Nimi').fill(o.name);
  await form.getByLabel('Alkamisvuosi (elokuu)').fill('2027');
  await form.getByLabel('Vastausten määräpäivä').fill(o.deadline);
  await page.getByTestId('create-round-submit').click();
  await expect(page).toHaveURL(/\/offers\/\d+\?lang=fi/);
  return Number(/\/offers\/(\d+)/.exec(page.url())![1]);
}

export async function runStep(page: Page, testId: string) {
  await page.getByTestId(testId).click();
  await expect(page.getByTestId(`${testId}-result`)).toContainText(/Valmis|Klart|Done/, { timeout: 120_000 });
}

const outboxOf = (roundId: number) =>
  path.join(process.env.TILANNEHUONE_TEST_DIR!, 'offers-outbox', `round-${roundId}`);

/** The newest message of a round the sender wrote to `recipient` (a phone number or an address). */
export function sentMessage(roundId: number, recipient: string): string {
  const dir = outboxOf(roundId);
  if (!existsSync(dir)) throw new Error(`no outbox folder ${dir}`);
  const files = readdirSync(dir)
    .sort()
    .reverse()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const hit = files.find((text) => text.includes(`To: ${recipient}\n`));
  if (!hit) throw new Error(`no message to ${recipient} in ${dir}`);
  return hit;
}

/** The path of the personal link in a message (the host is the test server's own). */
export function linkIn(message: string): string {
  const m = /https?:\/\/[^/\s]+(\/offer\/[A-Za-z0-9_-]+(?:\?lang=\w+)?)/.exec(message);
  if (!m) throw new Error(`no personal link in the message: ${message.slice(0, 200)}`);
  return m[1];
}
