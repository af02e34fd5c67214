import { describe, expect, it } from 'vitest';
import type { ReasonFacts } from '../../domain/offers/rules';
import { LINK_PLACEHOLDER, renderEmail, renderSms, SMS_MAX } from './messages';
import { reasonText } from './reasons';

const facts = (o: Partial<ReasonFacts> = {}): ReasonFacts => ({
  rule: 'nearest',
  language: 'sv',
  distanceKm: 0.8,
  nearestKm: null,
  nearestFull: false,
  wishRank: null,
  freeTransport: false,
  ...o,
});
const LONG_UNIT = 'Synthetic unit 00990-12 / Syntetisk enhet Kallvik-Nordsjö';

describe('the reason a family reads', () => {
  it("names the rule, the language and the distance in the guardian's language", () => {
    expect(reasonText(facts(), 'sv')).toBe('Närmaste svenskspråkiga förskoleenhet med plats, 0,8 km.');
    expect(reasonText(facts(), 'en')).toBe('Nearest Swedish-language pre-school unit with space, 0.8 km.');
    expect(reasonText(facts({ language: 'fi' }), 'fi')).toBe(
      'Lähin suomenkielinen esiopetusyksikkö, jossa on tilaa, 0,8 km.',
    );
    expect(reasonText(facts({ rule: 'continuity', language: 'fi', distanceKm: 1.25 }), 'fi')).toBe(
      'Jatkaa nykyisessä yksikössään (1,3 km kotoa).',
    );
  });

  it('says "full" only when the nearest unit is full, and mentions free transport beyond 5 km', () => {
    const moved = facts({ rule: 'moved_for_capacity', nearestKm: 0.4, distanceKm: 6.2, freeTransport: true });
    expect(reasonText({ ...moved, nearestFull: true }, 'en')).toMatch(
      /^The nearest Swedish-language unit \(0.4 km\) is full; .*free transport\.$/,
    );
    expect(reasonText(moved, 'en')).not.toMatch(/full/);
    expect(reasonText({ ...moved, language: 'fi' }, 'fi')).toMatch(/Lähimmän suomenkielisen yksikön/);
  });

  it('every rule has words in every language', () => {
    for (const rule of [
      'continuity',
      'sibling',
      'nearest',
      'moved_for_capacity',
      'unplaced',
      'wish',
      'kept',
      'manual',
    ] as const)
      for (const lang of ['fi', 'sv', 'en'] as const)
        expect(reasonText(facts({ rule, wishRank: 1, nearestKm: 1 }), lang).length).toBeGreaterThan(10);
  });
});

describe('the offer message', () => {
  const child = {
    label: 'Aino',
    unitName: LONG_UNIT,
    reason: reasonText(
      facts({ rule: 'moved_for_capacity', nearestKm: 0.4, freeTransport: true, language: 'fi' }),
      'fi',
    ),
  };

  it('fits two SMS segments in every language, with the keywords, the deadline and the link', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const sms = renderSms({
        kind: 'reminder',
        reminderNo: 2,
        lang,
        children: [child],
        deadline: '31.1.2027',
        roundKind: 'preschool',
      });
      expect(
        sms.replace(LINK_PLACEHOLDER, `https://tilannehuone.hel.fi/offer/${'x'.repeat(22)}?lang=sv`).length,
      ).toBeLessThanOrEqual(SMS_MAX);
      expect(sms).toContain(LINK_PLACEHOLDER);
      expect(sms).toContain('31.1.2027');
      expect(sms).toMatch({ fi: /KYLLÄ, VAIHTO .* EI/, sv: /JA, BYTE .* NEJ/, en: /YES, CHANGE .* NO/ }[lang]);
    }
  });

  it("one message for a family of two, and an e-mail with each child's unit and reason", () => {
    const twins = [child, { ...child, label: 'Eino' }];
    expect(
      renderSms({ kind: 'offer', lang: 'fi', children: twins, deadline: '31.1.2027', roundKind: 'preschool' }),
    ).toMatch(/Aino: .*; Eino: .*koskee kaikkia/);
    const mail = renderEmail({ kind: 'offer', lang: 'en', children: twins, deadline: '31 Jan 2027', roundKind: 'ece' });
    expect(mail.subject).toBe('Offer: Early childhood education place');
    expect(mail.body.match(/Why: /g)).toHaveLength(2);
  });
});
