import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, kindOfWord, parseReply, type ReplyKind } from './reply-keywords';

const kind = (text: string) => parseReply(text).kind;

describe("reading a family's text-message answer", () => {
  it('takes yes in Finnish, Swedish and English, however it is written', () => {
    for (const t of ['kyllä', 'KYLLA', 'Kyllä kiitos!', 'ja', 'Ja tack', 'yes', 'YES please', 'joo', 'ok'])
      expect(kind(t), t).toBe('accept');
  });

  it('takes a request for another unit, with the units the family names', () => {
    expect(parseReply('VAIHTO 091-SYN-00100-2')).toEqual({ kind: 'transfer', wishes: ['091-SYN-00100-2'] });
    expect(kind('byte')).toBe('transfer');
    expect(kind('change please')).toBe('transfer');
  });

  it('takes no, including "ei kiitos" and "nej tack"', () => {
    for (const t of ['ei', 'EI.', 'ei kiitos', 'Nej tack', 'no thanks', 'en halua']) expect(kind(t), t).toBe('decline');
  });

  it('forgives a one-letter typo in a longer keyword', () => {
    expect(kind('kylä')).toBe('accept');
    expect(kind('hyväksyn')).toBe('accept');
    expect(kind('hyväkysn')).toBe('accept');
    expect(kind('vaihot')).toBe('transfer');
    expect(kind('declne')).toBe('decline');
  });

  it('sends a reply that says two things, or nothing it knows, to the review queue', () => {
    for (const t of ['kyllä ei', 'yes no', '', '???', 'Voiko paikkaa vaihtaa myöhemmin, mietimme vielä asiaa', 'jaa'])
      expect(kind(t), t).toBe('unknown');
  });
});

const KEYWORDS: Record<ReplyKind, string[]> = {
  accept: ['kyllä', 'joo', 'ja', 'yes', 'hyväksyn', 'accept', 'vastaanotan'],
  transfer: ['vaihto', 'byte', 'change', 'transfer', 'toinen'],
  decline: ['ei', 'nej', 'no', 'decline', 'kieltäydyn'],
};
const keyword = fc.constantFrom(
  ...(Object.entries(KEYWORDS) as [ReplyKind, string[]][]).flatMap(([k, words]) => words.map((w) => [k, w] as const)),
);
const mixCase = (word: string, flips: boolean[]) =>
  [...word].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

describe('reply parsing properties', () => {
  it('case, surrounding punctuation and courtesy words never change the answer', () => {
    fc.assert(
      fc.property(
        keyword,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', '.', '!', '!!', ' :)'.trim(), ','),
        fc.subarray(['kiitos', 'tack', 'thanks', 'please'], { maxLength: 2 }),
        ([k, word], flips, punct, courtesy) => {
          const text = `  ${mixCase(word, flips)}${punct} ${courtesy.join(' ')}  `;
          expect(parseReply(text).kind).toBe(k);
        },
      ),
    );
  });

  it('accents do not matter: a folded keyword reads the same', () => {
    fc.assert(
      fc.property(keyword, ([k, word]) => {
        expect(parseReply(foldText(word).toUpperCase()).kind).toBe(k);
      }),
    );
  });

  it('a one-letter deletion inside a keyword of five letters or more is still understood', () => {
    const long = Object.entries(KEYWORDS).flatMap(([k, words]) =>
      words.filter((w) => foldText(w).length >= 5).map((w) => [k as ReplyKind, foldText(w)] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), ([k, word], at) => {
        const i = 1 + (at % (word.length - 2));
        expect(kindOfWord(word.slice(0, i) + word.slice(i + 1))).toBe(k);
      }),
    );
  });

  it('two different answers together are never taken as either', () => {
    fc.assert(
      fc.property(keyword, keyword, ([k1, w1], [k2, w2]) => {
        fc.pre(k1 !== k2);
        expect(parseReply(`${w1} ${w2}`).kind).toBe('unknown');
      }),
    );
  });

  it('any text at all gives one of the four results and never throws; wishes only come with a transfer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = parseReply(text);
        expect(['accept', 'transfer', 'decline', 'unknown']).toContain(r.kind);
        if (r.kind !== 'transfer') expect(r.wishes).toEqual([]);
        expect(parseReply(text)).toEqual(r);
      }),
    );
  });
});
