import type { DecisionOutcome } from '../../domain/offers/decision';
import type { RoundKind } from '../../domain/offers/round';

/**
 * The words of a decision document in Finnish, Swedish and English (the courtesy translation). The facts
 * - outcome, unit, year, legal basis - come from domain/offers/decision.ts; the appeal instructions are
 * the city's own (the round's settings).
 */
type DocLang = 'fi' | 'sv' | 'en';

export interface DecisionWords {
  title: string;
  decisionHeading: string;
  body: string;
  reasonHeading: string;
  child: string;
  born: string;
  unit: string;
  legalHeading: string;
  appealHeading: string;
  decisionMaker: string;
  date: string;
  number: string;
  synthetic: string;
}

export interface DecisionInput {
  kind: RoundKind;
  outcome: DecisionOutcome;
  child: string;
  unit: string | null;
  startYear: number;
}

const PLACE = {
  fi: { preschool: 'esiopetuspaikka', ece: 'varhaiskasvatuspaikka' },
  sv: { preschool: 'förskoleplats', ece: 'plats i småbarnspedagogik' },
  en: { preschool: 'pre-school place', ece: 'early childhood education place' },
} as const;

function body(lang: DocLang, d: DecisionInput): string {
  const place = PLACE[lang][d.kind];
  const y = d.startYear;
  if (lang === 'fi') {
    if (d.outcome === 'placed')
      return `Lapselle ${d.child} myönnetään ${place} yksiköstä ${d.unit} toimintavuodeksi ${y}–${y + 1} elokuusta ${y} alkaen.`;
    if (d.outcome === 'declined')
      return d.kind === 'preschool'
        ? `Huoltajat eivät ottaneet vastaan tarjottua paikkaa, joten lapselle ${d.child} ei osoiteta kunnallista esiopetuspaikkaa. Esiopetukseen osallistuminen on velvoittavaa: huoltajien on huolehdittava, että lapsi osallistuu esiopetukseen tai muuhun sen tavoitteet saavuttavaan toimintaan.`
        : `Huoltajat eivät ottaneet vastaan tarjottua paikkaa, joten lapselle ${d.child} ei myönnetä varhaiskasvatuspaikkaa tällä kierroksella.`;
    return `Huoltajat toivoivat toista yksikköä, eikä toivotuissa yksiköissä ollut tilaa. Lapsen ${d.child} ${place} ratkaistaan hakemuksen perusteella.`;
  }
  if (lang === 'sv') {
    if (d.outcome === 'placed')
      return `Barnet ${d.child} beviljas en ${place} i enheten ${d.unit} för verksamhetsåret ${y}–${y + 1} från och med augusti ${y}.`;
    if (d.outcome === 'declined')
      return d.kind === 'preschool'
        ? `Vårdnadshavarna tog inte emot den erbjudna platsen, och barnet ${d.child} anvisas därför ingen kommunal förskoleplats. Förskoleundervisningen är obligatorisk: vårdnadshavarna ska se till att barnet deltar i förskoleundervisning eller annan verksamhet som uppfyller dess mål.`
        : `Vårdnadshavarna tog inte emot den erbjudna platsen, och barnet ${d.child} beviljas därför ingen plats i småbarnspedagogik i denna runda.`;
    return `Vårdnadshavarna önskade en annan enhet och det fanns ingen plats i de önskade enheterna. Barnets ${d.child} ${place} avgörs på basis av en ansökan.`;
  }
  if (d.outcome === 'placed')
    return `${d.child} is granted a ${place} in the unit ${d.unit} for the year ${y}–${y + 1}, from August ${y}.`;
  if (d.outcome === 'declined')
    return d.kind === 'preschool'
      ? `The guardians did not accept the place offered, so ${d.child} is not assigned a municipal pre-school place. Pre-school is compulsory: the guardians must see to it that the child takes part in pre-school or in other activities that meet its aims.`
      : `The guardians did not accept the place offered, so ${d.child} is not granted an ECE place in this round.`;
  return `The guardians asked for another unit and the units they wished for had no space. The ${place} of ${d.child} is decided on an application.`;
}

const WORDS: Record<DocLang, Omit<DecisionWords, 'title' | 'body'> & { title: Record<RoundKind, string> }> = {
  fi: {
    title: { preschool: 'Päätös esiopetuspaikasta', ece: 'Päätös varhaiskasvatuspaikasta' },
    decisionHeading: 'Päätös',
    reasonHeading: 'Perustelut',
    child: 'Lapsi',
    born: 'Syntynyt',
    unit: 'Yksikkö',
    legalHeading: 'Sovelletut säännökset',
    appealHeading: 'Oikaisuvaatimusohje',
    decisionMaker: 'Päättäjä',
    date: 'Päätöspäivä',
    number: 'Päätösnumero',
    synthetic: 'HAVAINNOLLISTAVA (SYNTEETTINEN) PÄÄTÖS – EI OIKEA LAPSI',
  },
  sv: {
    title: { preschool: 'Beslut om förskoleplats', ece: 'Beslut om plats i småbarnspedagogik' },
    decisionHeading: 'Beslut',
    reasonHeading: 'Motivering',
    child: 'Barn',
    born: 'Född',
    unit: 'Enhet',
    legalHeading: 'Tillämpade bestämmelser',
    appealHeading: 'Anvisning om begäran om omprövning',
    decisionMaker: 'Beslutsfattare',
    date: 'Beslutsdatum',
    number: 'Beslutsnummer',
    synthetic: 'ILLUSTRATIVT (SYNTETISKT) BESLUT – INTE ETT VERKLIGT BARN',
  },
  en: {
    title: { preschool: 'Decision on a pre-school place', ece: 'Decision on an early childhood education place' },
    decisionHeading: 'Decision',
    reasonHeading: 'Grounds',
    child: 'Child',
    born: 'Born',
    unit: 'Unit',
    legalHeading: 'Provisions applied',
    appealHeading: 'How to request a review',
    decisionMaker: 'Decided by',
    date: 'Date of decision',
    number: 'Decision number',
    synthetic: 'ILLUSTRATIVE (SYNTHETIC) DECISION – NOT A REAL CHILD',
  },
};

export function decisionWords(lang: DocLang, d: DecisionInput): DecisionWords {
  const w = WORDS[lang];
  return { ...w, title: w.title[d.kind], body: body(lang, d) };
}
