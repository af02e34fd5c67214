import 'server-only';
import { findOffer } from '../../store/offers-offers';
import { offersPool } from './offers-pool';

/** An offer by the id the outside world knows it by (routes, the gateway, the officer's links). */
export const findOfferByPublicId = async (publicId: string) => findOffer(await offersPool(), { publicId });
