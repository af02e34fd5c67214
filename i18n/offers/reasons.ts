import { formatNumber } from '../../core/format/number';
import type { ReasonFacts } from '../../domain/offers/rules';
import { localeOf, type Lang } from '../index';

/**
 * The reason of a proposal in the guardian's language, from its facts (domain/offers/rules.ts). Plain
 * sentences a family reads on a phone: never a word about special needs or anything else sensitive.
 */
const km = (v: number, lang: Lang) => `${formatNumber(v, localeOf(lang), 1, 1)} km`;

/** The language adjective in the forms the sentences need (Finnish cases; Swedish definite/indefinite). */
const ADJ = {
  fi: {
    nom: { fi: 'suomenkielinen', sv: 'ruotsinkielinen' },
    gen: { fi: 'suomenkielisen', sv: 'ruotsinkielisen' },
    ine: { fi: 'suomenkielisessä', sv: 'ruotsinkielisessä' },
  },
  sv: { def: { fi: 'finskspråkiga', sv: 'svenskspråkiga' }, indef: { fi: 'finskspråkig', sv: 'svenskspråkig' } },
  en: { fi: 'Finnish-language', sv: 'Swedish-language' },
} as const;

function main(f: ReasonFacts, lang: Lang): string {
  const d = f.distanceKm === null ? '' : km(f.distanceKm, lang);
  const l = f.language;
  const nearest = f.nearestKm === null ? '' : km(f.nearestKm, lang);
  switch (lang) {
    case 'fi':
      switch (f.rule) {
        case 'continuity':
          return `Jatkaa nykyisessä yksikössään (${d} kotoa).`;
        case 'sibling':
          return `Sisarus on samassa yksikössä (${d} kotoa).`;
        case 'nearest':
          return `Lähin ${ADJ.fi.nom[l]} esiopetusyksikkö, jossa on tilaa, ${d}.`;
        case 'moved_for_capacity':
          return f.nearestFull
            ? `Lähin ${ADJ.fi.nom[l]} yksikkö (${nearest}) on täynnä; lähin vapaa paikka ${d}.`
            : `Lähimmän ${ADJ.fi.gen[l]} yksikön (${nearest}) paikat menevät siellä jatkaville tai lähempänä asuville; tämä yksikkö ${d}.`;
        case 'wish':
          return `Perheen toive n:o ${f.wishRank} (${d}).`;
        case 'kept':
          return `Toivotuissa yksiköissä ei ollut tilaa; tarjottu paikka säilyy (${d}).`;
        case 'manual':
          return `Sijoittajan valinta (${d} kotoa).`;
        case 'unplaced':
          return `Sopivassa ${ADJ.fi.ine[l]} yksikössä ei ole vapaata paikkaa; otamme yhteyttä.`;
      }
      break;
    case 'sv':
      switch (f.rule) {
        case 'continuity':
          return `Fortsätter i sin nuvarande enhet (${d} hemifrån).`;
        case 'sibling':
          return `Ett syskon går i samma enhet (${d} hemifrån).`;
        case 'nearest':
          return `Närmaste ${ADJ.sv.def[l]} förskoleenhet med plats, ${d}.`;
        case 'moved_for_capacity':
          return f.nearestFull
            ? `Den närmaste ${ADJ.sv.def[l]} enheten (${nearest}) är full; närmaste lediga plats ${d}.`
            : `Platserna i den närmaste ${ADJ.sv.def[l]} enheten (${nearest}) går till barn som fortsätter där eller bor närmare; denna enhet ${d}.`;
        case 'wish':
          return `Familjens önskemål nr ${f.wishRank} (${d}).`;
        case 'kept':
          return `De önskade enheterna hade ingen plats; den erbjudna platsen kvarstår (${d}).`;
        case 'manual':
          return `Vald av placeringsteamet (${d} hemifrån).`;
        case 'unplaced':
          return `Ingen lämplig ${ADJ.sv.indef[l]} enhet har en ledig plats; vi kontaktar er.`;
      }
      break;
    case 'en':
      switch (f.rule) {
        case 'continuity':
          return `Continues in the current unit (${d} from home).`;
        case 'sibling':
          return `A sibling attends the same unit (${d} from home).`;
        case 'nearest':
          return `Nearest ${ADJ.en[l]} pre-school unit with space, ${d}.`;
        case 'moved_for_capacity':
          return f.nearestFull
            ? `The nearest ${ADJ.en[l]} unit (${nearest}) is full; nearest free place ${d}.`
            : `Places at the nearest ${ADJ.en[l]} unit (${nearest}) go to children continuing there or living closer; this unit is ${d} away.`;
        case 'wish':
          return `The family's wish no. ${f.wishRank} (${d}).`;
        case 'kept':
          return `The wished units had no space; the offered place is kept (${d}).`;
        case 'manual':
          return `Chosen by the placement team (${d} from home).`;
        case 'unplaced':
          return `No suitable ${ADJ.en[l]} unit has a free place; we will contact you.`;
      }
  }
  return '';
}

const TRANSPORT: Record<Lang, string> = {
  fi: ' Matka on yli 5 km: kunta järjestää maksuttoman kuljetuksen.',
  sv: ' Avståndet är över 5 km: kommunen ordnar fri skjuts.',
  en: ' Over 5 km: the municipality arranges free transport.',
};

export function reasonText(facts: ReasonFacts, lang: Lang): string {
  return main(facts, lang) + (facts.freeTransport ? TRANSPORT[lang] : '');
}
