import { ANSWER_KEYWORDS } from '../../domain/offers/reply-keywords';
import type { Lang } from '../index';

/**
 * The offer message a family gets, in the guardian's language: a text message short enough for two SMS
 * segments (Finnish and Swedish letters are in the GSM alphabet), and an e-mail or printed letter with each
 * child's unit and reason. The personal link stands as {{LINK}} until a sender delivers the message: the
 * stored copy never holds a working link.
 */
export type MessageLang = Lang;
export const LINK_PLACEHOLDER = '{{LINK}}';
export const SMS_MAX = 306;

export interface MessageChild {
  /** The child's first name, or "born 2021" when the source gives no name. */
  label: string;
  unitName: string;
  reason: string;
}

export interface MessageInput {
  kind: 'survey' | 'offer' | 'reminder' | 'second_offer';
  lang: MessageLang;
  children: readonly MessageChild[];
  /** The deadline as the family reads it (formatted by the caller). */
  deadline: string;
  roundKind: 'preschool' | 'ece';
  reminderNo?: number;
}

const T = {
  fi: {
    what: { preschool: 'Esiopetuspaikka', ece: 'Varhaiskasvatuspaikka' },
    offer1: (u: string) => `lapsellenne tarjotaan paikkaa: ${u}.`,
    offerN: 'lapsillenne tarjotaan paikat:',
    reminder: 'Muistutus',
    second: 'Uusi ehdotus',
    answer: (k: Record<string, string>, d: string, many: boolean) =>
      `Vastaa ${k.accept}, ${k.transfer} (toinen yksikkö) tai ${k.decline} ${d} mennessä${many ? ' (koskee kaikkia)' : ''}.`,
    more: 'Tiedot ja vastaus',
    subject: { survey: 'Kysely', offer: 'Tarjous', reminder: 'Muistutus: tarjous', second_offer: 'Uusi ehdotus' },
    survey: (d: string) =>
      `kaupunki tarjoaa lapsellenne paikkaa ilman hakemusta. Kertokaa ${d} mennessä, milloin ja kuinka monta tuntia päivässä tarvitsette paikkaa ja mitkä yksiköt toivoisitte`,
    greeting: 'Hei,',
    intro: (many: boolean) =>
      many
        ? 'kaupunki tarjoaa lapsillenne paikat ilman hakemusta:'
        : 'kaupunki tarjoaa lapsellenne paikan ilman hakemusta:',
    unit: 'Yksikkö',
    why: 'Peruste',
    how: 'Voitte vastata henkilökohtaisella sivullanne tai tekstiviestillä.',
    sign: 'Varhaiskasvatus ja esiopetus',
  },
  sv: {
    what: { preschool: 'Förskoleplats', ece: 'Plats i småbarnspedagogik' },
    offer1: (u: string) => `ert barn erbjuds en plats: ${u}.`,
    offerN: 'era barn erbjuds platser:',
    reminder: 'Påminnelse',
    second: 'Nytt förslag',
    answer: (k: Record<string, string>, d: string, many: boolean) =>
      `Svara ${k.accept}, ${k.transfer} (annan enhet) eller ${k.decline} senast ${d}${many ? ' (gäller alla)' : ''}.`,
    more: 'Information och svar',
    subject: { survey: 'Enkät', offer: 'Erbjudande', reminder: 'Påminnelse: erbjudande', second_offer: 'Nytt förslag' },
    survey: (d: string) =>
      `staden erbjuder ert barn en plats utan ansökan. Berätta senast ${d} när och hur många timmar per dag ni behöver platsen och vilka enheter ni önskar`,
    greeting: 'Hej,',
    intro: (many: boolean) =>
      many ? 'staden erbjuder era barn platser utan ansökan:' : 'staden erbjuder ert barn en plats utan ansökan:',
    unit: 'Enhet',
    why: 'Grund',
    how: 'Ni kan svara på er personliga sida eller med ett textmeddelande.',
    sign: 'Småbarnspedagogik och förskoleundervisning',
  },
  en: {
    what: { preschool: 'Pre-school place', ece: 'Early childhood education place' },
    offer1: (u: string) => `your child is offered a place: ${u}.`,
    offerN: 'your children are offered places:',
    reminder: 'Reminder',
    second: 'New proposal',
    answer: (k: Record<string, string>, d: string, many: boolean) =>
      `Reply ${k.accept}, ${k.transfer} (another unit) or ${k.decline} by ${d}${many ? ' (for all of them)' : ''}.`,
    more: 'Details and answer',
    subject: { survey: 'Survey', offer: 'Offer', reminder: 'Reminder: offer', second_offer: 'New proposal' },
    survey: (d: string) =>
      `the city will offer your child a place without an application. Tell us by ${d} when and for how many hours a day you need it and which units you would like`,
    greeting: 'Hello,',
    intro: (many: boolean) =>
      many
        ? 'the city offers your children places without an application:'
        : 'the city offers your child a place without an application:',
    unit: 'Unit',
    why: 'Why',
    how: 'You can answer on your personal page or by text message.',
    sign: 'Early childhood education and pre-school',
  },
} as const;

function prefix(m: MessageInput): string {
  const t = T[m.lang];
  const head = t.what[m.roundKind];
  if (m.kind === 'reminder')
    return `${t.reminder}${m.reminderNo && m.reminderNo > 1 ? ` ${m.reminderNo}` : ''}: ${head}`;
  if (m.kind === 'second_offer') return `${t.second}: ${head}`;
  return head;
}

/** The text message: the unit(s), the reason when it fits, the keywords, the deadline and the link. */
export function renderSms(m: MessageInput): string {
  const t = T[m.lang];
  if (m.kind === 'survey') return `${prefix(m)}: ${t.survey(m.deadline)}: ${LINK_PLACEHOLDER}`;
  const k = ANSWER_KEYWORDS[m.lang];
  const many = m.children.length > 1;
  const places = many
    ? `${t.offerN} ${m.children.map((c) => `${c.label}: ${c.unitName}`).join('; ')}.`
    : t.offer1(m.children[0].unitName);
  const tail = `${t.answer(k, m.deadline, many)} ${t.more}: ${LINK_PLACEHOLDER}`;
  const withReason = `${prefix(m)}: ${places} ${many ? '' : `${m.children[0].reason} `}${tail}`;
  // The link is about 60 characters once filled in; drop the reason if the message would need a third part.
  return withReason.replace(LINK_PLACEHOLDER, 'x'.repeat(60)).length <= SMS_MAX
    ? withReason
    : `${prefix(m)}: ${places} ${tail}`;
}

/** The e-mail (and printed letter): subject and a plain-text body with each child's unit and reason. */
export function renderEmail(m: MessageInput): { subject: string; body: string } {
  const t = T[m.lang];
  if (m.kind === 'survey')
    return {
      subject: `${t.subject.survey}: ${t.what[m.roundKind]}`,
      body: [t.greeting, '', `${t.survey(m.deadline)}:`, LINK_PLACEHOLDER, '', t.sign].join('\n'),
    };
  const k = ANSWER_KEYWORDS[m.lang];
  const many = m.children.length > 1;
  const lines = [
    t.greeting,
    '',
    t.intro(many),
    '',
    ...m.children.flatMap((c) => [
      `${many ? `${c.label}: ` : ''}${t.unit}: ${c.unitName}`,
      `${t.why}: ${c.reason}`,
      '',
    ]),
    t.answer(k, m.deadline, many),
    t.how,
    `${t.more}: ${LINK_PLACEHOLDER}`,
    '',
    t.sign,
  ];
  return { subject: `${t.subject[m.kind]}: ${t.what[m.roundKind]}`, body: lines.join('\n') };
}

/** The stored copy and the outbox show the link as a mark, never as a working address. */
export const redactedLink: Record<MessageLang, string> = {
  fi: '[henkilökohtainen linkki]',
  sv: '[personlig länk]',
  en: '[personal link]',
};

export const childLabel = (lang: MessageLang, name: string | null, birthYear: number): string =>
  name ?? { fi: `lapsi (s. ${birthYear})`, sv: `barnet (f. ${birthYear})`, en: `child (born ${birthYear})` }[lang];
