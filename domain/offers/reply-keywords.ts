/**
 * The keyword in a family's text-message answer. Families write as they write: "Kyllä kiitos", "KYLLA",
 * "ja tack!", "yes", "Vaihto 091-SYN-00100-2", "ei." - so case, accents, punctuation and courtesy words
 * do not matter and a one-letter typo in a longer keyword is forgiven. A reply that names two different
 * answers, or none, is `unknown` and goes to the review queue: the product never guesses.
 */
export type ReplyKind = 'accept' | 'transfer' | 'decline';

export interface ParsedReply {
  kind: ReplyKind | 'unknown';
  /** Unit ids written after a transfer keyword ("VAIHTO 091-SYN-00100-2"), best first. */
  wishes: string[];
}

const KEYWORDS: Record<ReplyKind, readonly string[]> = {
  accept: [
    'kylla',
    'joo',
    'juu',
    'ok',
    'okei',
    'hyvaksyn',
    'hyvaksy',
    'vastaanotan',
    'otan',
    'ja',
    'jo',
    'japp',
    'accepterar',
    'godkanner',
    'tar',
    'yes',
    'yep',
    'accept',
    'accepted',
    'agree',
  ],
  transfer: [
    'vaihto',
    'vaihtaa',
    'vaihdan',
    'muu',
    'muualle',
    'toinen',
    'siirto',
    'byte',
    'byta',
    'byter',
    'annan',
    'andra',
    'other',
    'change',
    'transfer',
    'switch',
    'another',
  ],
  decline: ['ei', 'en', 'kieltaydyn', 'nej', 'no', 'nope', 'decline', 'declined', 'refuse'],
};

/** Words that only carry courtesy or fill: they neither help nor hurt. */
const FILLERS = new Set([
  'kiitos',
  'kiitti',
  'tack',
  'thanks',
  'thank',
  'you',
  'please',
  'kiva',
  'hei',
  'hej',
  'hi',
  'hello',
  'emot',
  'mielella',
  'garna',
  'gladly',
  'sure',
  'paikka',
  'paikan',
  'platsen',
  'place',
  'the',
  'i',
  'we',
  'me',
  'jag',
  'vi',
  'mina',
  'halua',
  'haluamme',
  'vill',
  'want',
  'ota',
  'take',
]);

/** Lower case without accents: "KYLLÄ" and "kylla" are the same word. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      // A swap of two neighbouring letters counts as one typo ("hyväkysn").
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The answer a single word gives: exact, or one typo away from a keyword of five letters or more. */
export function kindOfWord(word: string): ReplyKind | null {
  for (const kind of Object.keys(KEYWORDS) as ReplyKind[]) if (KEYWORDS[kind].includes(word)) return kind;
  // Short words are too close to each other ("ja", "jo", "en", "ei") to forgive a typo in them.
  if (word.length < 4) return null;
  const near = (Object.keys(KEYWORDS) as ReplyKind[]).filter((kind) =>
    KEYWORDS[kind].some((k) => k.length >= 5 && editDistanceAtMostOne(word, k)),
  );
  return near.length === 1 ? near[0] : null;
}

const UNIT_ID = /^[a-z0-9][a-z0-9_.:-]*\d[a-z0-9_.:-]*$/i;

export function parseReply(text: string): ParsedReply {
  const raw = text
    .normalize('NFC')
    .trim()
    .split(/[\s,;!?()"']+/)
    .filter(Boolean);
  const kinds = new Set<ReplyKind>();
  const wishes: string[] = [];
  let unknownWords = 0;
  for (const token of raw) {
    const bare = token.replace(/^[.:-]+|[.:-]+$/g, '');
    if (bare === '') continue;
    const word = foldText(bare);
    const kind = kindOfWord(word);
    if (kind) kinds.add(kind);
    else if (UNIT_ID.test(bare) && kinds.has('transfer')) wishes.push(bare);
    else if (!FILLERS.has(word)) unknownWords += 1;
  }
  // "En" alone is Finnish for "I do not"; "ei kiitos" declines; a yes and a no together are a question.
  if (kinds.size !== 1 || unknownWords > 2) return { kind: 'unknown', wishes: [] };
  const [kind] = kinds;
  return { kind, wishes: kind === 'transfer' ? wishes.slice(0, 3) : [] };
}

/** The keywords a message tells the family to use, in their language. */
export const ANSWER_KEYWORDS: Record<'fi' | 'sv' | 'en', Record<ReplyKind, string>> = {
  fi: { accept: 'KYLLÄ', transfer: 'VAIHTO', decline: 'EI' },
  sv: { accept: 'JA', transfer: 'BYTE', decline: 'NEJ' },
  en: { accept: 'YES', transfer: 'CHANGE', decline: 'NO' },
};
