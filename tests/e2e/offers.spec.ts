import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cohortCsv, createRound, linkIn, runStep, sentMessage, type E2eChild } from './support/offers';
import { authFile } from './support/roles';

/**
 * A pre-school offer round end to end in Chromium (issue 12): the placement officer creates a round, a bad
 * import is refused, a cohort is imported, places are proposed (HiGHS) and shown on the map with reasons, a
 * child is moved by hand, offers go to the outbox and out through the file sender; a Swedish-speaking
 * family answers on its personal page in Swedish (asking for another unit), text-message replies come in
 * by CSV and one goes through the review queue, the second round meets the wish, decisions are made and
 * printed (PDF), the placements export in eVaka's format, and a manager sees only aggregates.
 */
test.describe.configure({ mode: 'serial' });

const noSerious = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
};

const stamp = Date.now().toString(36);
const KIDS: E2eChild[] = [
  {
    id: `E1-${stamp}`,
    lon: 24.9245,
    lat: 60.1742,
    language: 'fi',
    current: '091-SYN-00100-1',
    guardianLanguage: 'fi',
    phone: '+358000000101',
  },
  {
    id: `E2-${stamp}`,
    lon: 24.953,
    lat: 60.1716,
    language: 'sv',
    guardianLanguage: 'sv',
    phone: '+358000000102',
    postalCode: '00170',
  },
  {
    id: `E3-${stamp}`,
    lon: 24.923,
    lat: 60.1693,
    language: 'fi',
    guardianLanguage: 'en',
    email: 'guardian3@example.invalid',
  },
  { id: `E4-${stamp}`, lon: 24.9205, lat: 60.1701, language: 'fi', guardianLanguage: 'fi' },
  { id: `E5-${stamp}`, lon: 24.9232, lat: 60.1717, language: 'fi', guardianLanguage: 'fi', phone: '+358000000105' },
];
let roundId = 0;

test.describe('a pre-school round, as the placement officer', () => {
  test.use({ storageState: authFile('placement') });

  test('creates a round, refuses a bad cohort file and imports a good one', async ({ page }) => {
    roundId = await createRound(page, { name: `E2E esiopetus ${stamp}`, deadline: '2027-01-31' });
    const csvInput = page.getByTestId('import-csv').locator('input[type=file]');
    const bad = cohortCsv(KIDS).replace('60.1693', '45.0');
    await csvInput.setInputFiles({ name: 'kohortti.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('import-csv').getByRole('button', { name: 'Tuo', exact: true }).click();
    await expect(page.getByTestId('import-csv-result')).toContainText('kohortti.csv:4:lat: latitude outside Finland');
    await page.reload();
    await expect(page.getByTestId('cohort-count')).toContainText('Kohorttia ei ole vielä tuotu');
    await page
      .getByTestId('import-csv')
      .locator('input[type=file]')
      .setInputFiles({ name: 'kohortti.csv', mimeType: 'text/csv', buffer: Buffer.from(cohortCsv(KIDS)) });
    await page.getByTestId('import-csv').getByRole('button', { name: 'Tuo', exact: true }).click();
    await expect(page.getByTestId('import-csv-result')).toContainText('Valmis');
    await page.reload();
    await expect(page.getByTestId('cohort-count')).toContainText('5 lasta, 5 perhettä');
    await noSerious(page);
  });

  test('proposes places and shows them on the map with their reasons; a child is moved by hand with a reason', async ({
    page,
  }) => {
    await page.goto(`/offers/${roundId}?lang=fi`);
    await runStep(page, 'propose');
    await page.goto(`/offers/${roundId}/proposals?lang=fi`);
    await expect(page.getByTestId('proposals-summary')).toContainText('5 lapsella ehdotus, 0 ilman paikkaa');
    await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive').first()).toBeVisible({
      timeout: 30_000,
    });
    const e1 = page.locator(`tr[data-child="${KIDS[0].id}"]`);
    await expect(e1).toHaveAttribute('data-rule', 'continuity');
    await expect(e1).toContainText('Jatkaa nykyisessä yksikössään');
    await expect(page.locator(`tr[data-child="${KIDS[1].id}"]`)).toContainText('ruotsinkielinen');
    const e4 = page.locator(`tr[data-child="${KIDS[3].id}"]`);
    await e4.locator('summary').click();
    await e4.getByLabel('Syy').selectOption('family_request');
    await e4.getByRole('button', { name: 'Siirrä lapsi' }).click();
    await expect(page.locator(`tr[data-child="${KIDS[3].id}"]`)).toHaveAttribute('data-rule', 'manual');
    await noSerious(page);
  });

  test('sends one message per family through the file sender; the outbox shows them without the link', async ({
    page,
  }) => {
    await page.goto(`/offers/${roundId}?lang=fi`);
    await runStep(page, 'send-offers');
    await page.goto(`/offers/${roundId}/outbox?lang=fi`);
    // Four families have a phone or an address, one gets a letter: five messages, all delivered as files.
    await expect(page.getByTestId('outbox-counts').locator('[data-status="delivered"] strong')).toHaveText('5');
    await expect(page.locator('tr[data-language="sv"]')).toContainText('[personlig länk]');
    await expect(page.locator('tbody')).not.toContainText('/offer/');
    expect(sentMessage(roundId, '+358000000102')).toContain('Förskoleplats');
  });
});

test.describe('the family page, in Swedish', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a Swedish-speaking family sees its offer on a map with the reason, and asks for another unit', async ({
    page,
  }) => {
    const link = linkIn(sentMessage(roundId, '+358000000102'));
    expect(link).toContain('?lang=sv');
    await page.goto(link);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Erbjudande: Förskoleundervisning');
    await expect(page.getByTestId('family-reason')).toContainText(/svenskspråkiga/);
    await expect(page.getByTestId('family-map')).toBeVisible();
    await noSerious(page);
    await page.getByLabel('Vi önskar en annan enhet').check();
    const options = await page.getByLabel('Önskemål 1').locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    await page.getByLabel('Önskemål 1').selectOption({ index: 1 });
    await page.getByTestId('family-submit').click();
    await expect(page.getByTestId('family-done')).toContainText('Tack! Vi söker en plats');
    await expect(page.getByTestId('family-state')).toHaveText('byte begärt');
  });

  test('a wrong link shows nothing and counts against the address', async ({ page }) => {
    const response = await page.goto('/offer/AAAAAAAAAAAAAAAAAAAAAA?lang=sv');
    expect(response?.status()).toBe(404);
  });
});

test.describe('answers, the second round and decisions, as the placement officer', () => {
  test.use({ storageState: authFile('placement') });

  test('text-message replies come in by CSV; one the keywords cannot settle goes through the review queue', async ({
    page,
  }) => {
    await page.goto(`/offers/${roundId}/replies?lang=fi`);
    const csv = [
      'received_at,phone,text',
      '2026-12-01T09:00:00+02:00,+358000000101,Kyllä kiitos!',
      '2026-12-01T09:05:00+02:00,+358000000105,mietimme vielä',
    ].join('\n');
    await page
      .getByTestId('import-replies')
      .locator('input[type=file]')
      .setInputFiles({ name: 'vastaukset.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-replies').getByRole('button', { name: 'Tuo', exact: true }).click();
    await expect(page.getByTestId('import-replies-result')).toContainText('Valmis');
    await page.reload();
    const queue = page.getByTestId('review-queue');
    await expect(queue).toContainText('mietimme vielä');
    await queue.getByLabel('Mitä vastaus tarkoittaa').selectOption('decline');
    await queue.getByRole('button', { name: 'Ratkaise' }).click();
    await expect(page.getByTestId('review-empty')).toBeVisible();
    await expect(page.getByTestId('all-replies-table')).toContainText('hyväksyy');
  });

  test("the second round meets the Swedish family's wish, and the family accepts it", async ({ page, browser }) => {
    await page.goto(`/offers/${roundId}?lang=fi`);
    await runStep(page, 'propose-second');
    await runStep(page, 'send-offers');
    const message = sentMessage(roundId, '+358000000102');
    expect(message).toContain('Nytt förslag');
    const family = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const fp = await family.newPage();
    await fp.goto(linkIn(message));
    await expect(fp.getByTestId('family-reason')).toContainText('Familjens önskemål nr 1');
    await fp.getByLabel('Vi tar emot platsen').check();
    await fp.getByTestId('family-submit').click();
    await expect(fp.getByTestId('family-state')).toHaveText('godkänd');
    await family.close();
  });

  test('decides, prints a decision in Swedish with the English translation, and exports the placements for eVaka', async ({
    page,
  }) => {
    await page.goto(`/offers/${roundId}?lang=fi`);
    await runStep(page, 'decide');
    await page.goto(`/offers/${roundId}/decisions?lang=fi`);
    await expect(page.locator('tr[data-outcome]')).toHaveCount(3);
    await page.getByTestId(`open-decision-${KIDS[1].id}`).click();
    await expect(page.getByTestId('decision-sv')).toContainText('Beslut om förskoleplats');
    await expect(page.getByTestId('decision-sv')).toContainText('Perusopetuslaki (628/1998) 26 a §');
    await expect(page.getByTestId('decision-en')).toContainText('English courtesy translation');
    await expect(page.getByTestId('decision-en')).toContainText('request a review');
    await noSerious(page);
    const pdf = page.waitForEvent('download');
    await page.getByTestId('decision-pdf').click();
    const file = await (await pdf).path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const csv = await page.request.get(`/api/offers/rounds/${roundId}/placements`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('lapsen_id;esiopetusyksikon_id');
    expect(text).toContain(`${KIDS[0].id};091-SYN-00100-1`);
    expect(text.trim().split('\n')).toHaveLength(3);
  });
});

test.describe('a manager', () => {
  test.use({ storageState: authFile('manager') });

  test("sees the follow-up figures beside Helsinki's, never an individual child", async ({ page }) => {
    await page.goto(`/offers/kpi?round=${roundId}&lang=en`);
    await expect(page.getByTestId('kpi-published')).toContainText('Pilot 2020');
    await expect(page.getByTestId('kpi-published')).toContainText('1,058');
    // Five children: every count of this round is under the threshold.
    await expect(page.getByTestId('kpi-total')).toContainText('<5');
    const html = await page.content();
    for (const k of KIDS) expect(html).not.toContain(k.id);
    expect(html).not.toContain('+358');
    await noSerious(page);
    expect((await page.goto(`/offers/${roundId}?lang=en`))?.status()).toBe(403);
    expect((await page.request.get(`/api/offers/rounds/${roundId}/cohort`)).status()).toBe(403);
  });
});

test.describe('a synthetic Helsinki cohort and an ECE round with its advance survey', () => {
  test.use({ storageState: authFile('placement') });

  test('the synthetic cohort follows the city, is proposed on HiGHS and is labelled synthetic', async ({ page }) => {
    const id = await createRound(page, { name: `E2E synteettinen ${stamp}`, deadline: '2027-01-31' });
    await runStep(page, 'import-synthetic');
    await page.reload();
    await expect(page.getByTestId('offers-synthetic')).toBeVisible();
    await runStep(page, 'propose');
    await page.goto(`/offers/${id}/proposals?lang=sv`);
    await expect(page.getByTestId('offers-synthetic')).toContainText('syntetiska');
    await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive').first()).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByTestId('proposals-summary')).toContainText(/\d{4} barn har ett förslag/);
  });

  test('an ECE round asks families first and proposes what they wished for', async ({ page, browser }) => {
    const id = await createRound(page, { name: `E2E varhaiskasvatus ${stamp}`, kind: 'ece', deadline: '2027-02-28' });
    const kid: E2eChild = {
      id: `V1-${stamp}`,
      lon: 24.9245,
      lat: 60.1742,
      language: 'fi',
      guardianLanguage: 'en',
      email: `ece-${stamp}@example.invalid`,
      birthYear: 2025,
    };
    await page
      .getByTestId('import-csv')
      .locator('input[type=file]')
      .setInputFiles({ name: 'ece.csv', mimeType: 'text/csv', buffer: Buffer.from(cohortCsv([kid])) });
    await page.getByTestId('import-csv').getByRole('button', { name: 'Tuo', exact: true }).click();
    await expect(page.getByTestId('import-csv-result')).toContainText('Valmis');
    await page.reload();
    await runStep(page, 'send-survey');
    const family = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const fp = await family.newPage();
    await fp.goto(linkIn(sentMessage(id, kid.email!)));
    await expect(fp.getByTestId('family-survey')).toBeVisible();
    await fp.getByLabel('Desired start date').fill('2027-08-02');
    await fp.getByLabel('Hours a day').fill('7.5');
    await fp.getByLabel('Wish 1').selectOption({ index: 2 });
    const wished = await fp.getByLabel('Wish 1').inputValue();
    await fp.getByRole('button', { name: 'Send the survey answer' }).click();
    await expect(fp.getByTestId('family-done')).toContainText('Your answer has been saved');
    await runStep(page, 'propose');
    await page.goto(`/offers/${id}/proposals?lang=en`);
    const row = page.locator(`tr[data-child="${kid.id}"]`);
    await expect(row).toHaveAttribute('data-rule', 'wish');
    await page.goto(`/offers/${id}?lang=fi`);
    await runStep(page, 'send-offers');
    await fp.goto(linkIn(sentMessage(id, kid.email!)));
    await fp.getByLabel('We accept the place').check();
    await fp.getByTestId('family-submit').click();
    await expect(fp.getByTestId('family-state')).toHaveText('accepted');
    await family.close();
    await runStep(page, 'decide');
    await page.goto(`/offers/${id}/decisions?lang=fi`);
    await page.getByTestId(`open-decision-${kid.id}`).click();
    await expect(page.getByTestId('decision-fi')).toContainText('Päätös varhaiskasvatuspaikasta');
    await expect(page.getByTestId('decision-fi')).toContainText('Varhaiskasvatuslaki (540/2018)');
    const csv = await (await page.request.get(`/api/offers/rounds/${id}/placements`)).text();
    expect(csv).toContain(`${kid.id};${wished}`);
  });
});
