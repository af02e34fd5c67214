import type { Lang } from '../index';
import { offersEn } from './en';
import { offersFi, type OffersDictionary } from './fi';
import { offersSv } from './sv';

export type { OffersDictionary } from './fi';

const dictionaries: Record<Lang, OffersDictionary> = { fi: offersFi, sv: offersSv, en: offersEn };

export const offersDictionary = (lang: Lang): OffersDictionary => dictionaries[lang];
